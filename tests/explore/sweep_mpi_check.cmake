# The 2-rank MPI sweep against one process: `ridgeline-cli sweep SPEC` run
# alone and under `mpirun -n 2` must write the same bytes (every file of the
# output folder) and print the same bytes. Run by CTest with
#   -DCLI=<ridgeline-cli> -DMPIEXEC=<mpirun> -DSPEC=<sweep file> -DWORK=<scratch folder>
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})

execute_process(COMMAND ${CLI} sweep ${SPEC} --out ${WORK}/one --format csv
  OUTPUT_FILE ${WORK}/one.txt ERROR_VARIABLE one_err RESULT_VARIABLE one_rc)
if(NOT one_rc EQUAL 0)
  message(FATAL_ERROR "single-process sweep failed (${one_rc}): ${one_err}")
endif()

# CI runs as root on 2 cores: allow both.
execute_process(COMMAND ${MPIEXEC} --allow-run-as-root --oversubscribe -n 2
  ${CLI} sweep ${SPEC} --out ${WORK}/mpi --format csv
  OUTPUT_FILE ${WORK}/mpi.txt ERROR_VARIABLE mpi_err RESULT_VARIABLE mpi_rc)
if(NOT mpi_rc EQUAL 0)
  message(FATAL_ERROR "mpirun -n 2 sweep failed (${mpi_rc}): ${mpi_err}")
endif()
# The ranks really split the points (not two whole runs racing on one folder).
if(NOT mpi_err MATCHES "over 2 MPI ranks")
  message(FATAL_ERROR "the mpirun run did not split the sweep over 2 ranks: ${mpi_err}")
endif()

foreach(f points.csv points.jsonl front.csv sensitivity.csv sweep.json)
  execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${WORK}/one/${f} ${WORK}/mpi/${f}
    RESULT_VARIABLE differ)
  if(NOT differ EQUAL 0)
    message(FATAL_ERROR "${f} differs between one process and mpirun -n 2 (${WORK})")
  endif()
endforeach()
execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${WORK}/one.txt ${WORK}/mpi.txt
  RESULT_VARIABLE differ)
if(NOT differ EQUAL 0)
  message(FATAL_ERROR "the printout differs between one process and mpirun -n 2 (${WORK})")
endif()
file(STRINGS ${WORK}/one/points.csv lines)
list(LENGTH lines count)
if(count LESS 41)
  message(FATAL_ERROR "expected 40 points and a header in points.csv, got ${count} lines")
endif()
message(STATUS "one process and mpirun -n 2 wrote the same ${count} lines and files")
