// libridgeline_mpi.so: the MPI calls behind mpi_transport.h.
#include "app/cli/mpi/mpi_transport.h"

#include <mpi.h>

#include <algorithm>

namespace {

constexpr std::uint64_t kChunk = 1u << 30;  // MPI counts are ints
constexpr int kLengthTag = 1, kDataTag = 2;

int allOk(int ok) {
    int all = 0;
    if (MPI_Allreduce(&ok, &all, 1, MPI_INT, MPI_MIN, MPI_COMM_WORLD) != MPI_SUCCESS) return 0;
    return all;
}

int send(int to, const char* data, std::uint64_t size) {
    if (MPI_Send(&size, 1, MPI_UINT64_T, to, kLengthTag, MPI_COMM_WORLD) != MPI_SUCCESS) return 1;
    for (std::uint64_t at = 0; at < size; at += kChunk) {
        const int n = static_cast<int>(std::min(kChunk, size - at));
        if (MPI_Send(data + at, n, MPI_BYTE, to, kDataTag, MPI_COMM_WORLD) != MPI_SUCCESS) return 1;
    }
    return 0;
}

int receive(int from, char* (*reserve)(void*, std::uint64_t), void* context) {
    std::uint64_t size = 0;
    if (MPI_Recv(&size, 1, MPI_UINT64_T, from, kLengthTag, MPI_COMM_WORLD, MPI_STATUS_IGNORE) !=
        MPI_SUCCESS)
        return 1;
    char* data = reserve(context, size);
    for (std::uint64_t at = 0; at < size; at += kChunk) {
        const int n = static_cast<int>(std::min(kChunk, size - at));
        if (MPI_Recv(data + at, n, MPI_BYTE, from, kDataTag, MPI_COMM_WORLD, MPI_STATUS_IGNORE) !=
            MPI_SUCCESS)
            return 1;
    }
    return 0;
}

void finalize() { MPI_Finalize(); }

}  // namespace

extern "C" __attribute__((visibility("default"))) int ridgeline_mpi_init(RidgelineMpi* out) {
    if (MPI_Init(nullptr, nullptr) != MPI_SUCCESS) return 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &out->rank);
    MPI_Comm_size(MPI_COMM_WORLD, &out->size);
    out->allOk = allOk;
    out->send = send;
    out->receive = receive;
    out->finalize = finalize;
    return 0;
}
