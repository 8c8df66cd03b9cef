#pragma once
// Measured kernel timings: the data every learned predictor is fitted on.
// Rows come from CSV files in one of four formats, detected from the header:
//   generic    Ridgeline's own format (docs/learned.md, "Dataset format")
//   neusight   NeuSight's linear/bmm/conv2d tables (latency_ms)
//   vidur-ops  VIDUR's per-layer op table (one row -> up to ten operators)
//   vidur-collectives  VIDUR's NCCL table (all_reduce, send_recv)
// Bad rows are reported with file and line and skipped, never used.
#include <string>
#include <vector>

#include "core/workload/operator.h"

namespace rl {

struct Sample {
    Operator op;           // shape and data types (op.name holds the source op label)
    std::string device;    // device name as written in the file
    std::string hardware;  // name of the hardware spec it maps to ("" before mapping)
    double timeS = 0;      // measured time of one instance, seconds
    double timeStdS = 0;   // spread of the repeats if known, else 0
    int repeats = 0;       // repeats behind the statistic if known, else 0
    int line = 0;          // line in the source file (for messages), 0 if none
    // Timed on the GPU between CUDA events (VIDUR): the host's launch is not in
    // timeS, so small kernels are compared with the roofline's GPU-side time.
    bool gpuTimed = false;
    // Collectives only. Members per node as the file gives them (VIDUR's
    // devices_per_node; 0 if not given): DeviceLibrary::map places the group on
    // the spec's tiers from it. `dimension`: the generic "dimension" column as
    // written (a tier index or a tier name; "" if absent), resolved against the
    // spec by DeviceLibrary::map into op.collective.dimension.
    int ranksPerNode = 0;
    std::string dimension;
};

struct ImportIssue {
    std::string file;
    int line = 0;  // 1-based line in the file (the header is line 1)
    std::string message;
    bool rowKept = false;      // a warning about a row that was imported anyway
    std::string text() const;  // "file:line: message"
};

struct Dataset {
    std::vector<Sample> samples;
    std::vector<std::string> devices() const;   // distinct hardware names, sorted
    std::vector<std::string> opLabels() const;  // distinct op labels, sorted
    Dataset filtered(const std::vector<std::string>& hardware, bool keep) const;
    // Only rows whose op label is in `labels` (all rows if empty).
    Dataset withOps(const std::vector<std::string>& labels) const;
    // At most `perDevice` rows of each hardware, chosen deterministically from `seed`
    // (order of the kept rows preserved).
    Dataset subsample(std::size_t perDevice, unsigned seed) const;
};

enum class CsvFormat { generic, neusight, vidur_ops, vidur_collectives, vidur_attention, unknown };
std::string toString(CsvFormat f);

struct ImportResult {
    Dataset data;
    std::vector<ImportIssue> issues;
    CsvFormat format = CsvFormat::unknown;
    int rowsRead = 0;  // data rows seen (valid or not)
};

// Reads one CSV file. Never throws for bad content: a file that cannot be read
// or has an unknown header yields one issue and no samples.
ImportResult importCsv(const std::string& path);
// Same, from text already in memory (`file` is used in messages).
ImportResult importCsvText(const std::string& text, const std::string& file);

// The generic format: header and serialisation (round-trips through importCsv).
std::string genericCsvHeader();
std::string toGenericCsvRow(const Sample& s);
// Writes atomically; returns an error message or "" on success.
std::string writeGenericCsv(const std::string& path, const Dataset& data);

// The label used for per-operator breakdowns: op.name if set, else the kind.
std::string opLabel(const Sample& s);

// A sample of one GEMM (or batched matmul) / one convolution, every data type `t`;
// the caller fills device and timing.
Sample gemmSample(const std::string& label, long long batch, long long m, long long n, long long k,
                  DType t, bool bias, bool bmm);
Sample convSample(const std::string& label, long long b, long long cin, long long cout, long long h,
                  long long w, int kernel, int stride, int pad, int groups, DType t);

}  // namespace rl
