#pragma once
// The one seam between ridgeline-cli and MPI. The MPI calls live in a plugin,
// libridgeline_mpi.so (built when RIDGELINE_WITH_MPI is on, beside the
// executable), that ridgeline-cli loads with dlopen only when mpirun started
// it: a plain run never loads libmpi and starts as fast as before. A C
// interface, so the CLI needs no MPI headers.
#include <cstdint>

extern "C" {

struct RidgelineMpi {
    int rank;
    int size;
    // 1 when every rank passes ok = 1 (MPI_Allreduce of the minimum): ranks
    // agree before they wait on each other, so one failing rank cannot hang
    // the others.
    int (*allOk)(int ok);
    // A byte message of any length to rank `to` (chunked below 2 GiB); 0 on success.
    int (*send)(int to, const char* data, std::uint64_t size);
    // The next message from rank `from`: its length is passed to `reserve`,
    // which returns where to put it. 0 on success.
    int (*receive)(int from, char* (*reserve)(void* context, std::uint64_t size), void* context);
    void (*finalize)(void);
};

// The plugin's one entry point: MPI_Init, rank and size. 0 on success.
typedef int (*RidgelineMpiInit)(RidgelineMpi* out);
#define RIDGELINE_MPI_INIT "ridgeline_mpi_init"
#define RIDGELINE_MPI_PLUGIN "libridgeline_mpi.so"
}
