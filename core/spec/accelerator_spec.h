#pragma once
// The three specs of a spatial-accelerator study, kept apart as Timeloop does:
// the architecture (a storage hierarchy from DRAM down to the MAC array, with
// an Accelergy-style energy table), the problem (the 7-D convolution nest that
// also expresses GEMM, depthwise and batched matmul) and the mapping (per level
// temporal factors and loop order, spatial factors over X/Y, bypass choices).
// Standalone files: "ridgeline.accelerator", "ridgeline.problem",
// "ridgeline.mapping" (version 1); a hardware file's "accelerator" key holds
// the body of an accelerator document. Formats: docs/dataflow.md.
// Units inside: joules per action, hertz; counts are plain integers in words.
#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/spec/diagnostics.h"
#include "core/spec/json_reader.h"

namespace rl {

// The three tensors ("data spaces") of a problem.
enum class DataSpace : int { weights = 0, inputs = 1, outputs = 2 };
inline constexpr int kDataSpaceCount = 3;
std::string_view toString(DataSpace d);
std::optional<DataSpace> parseDataSpace(std::string_view s);

// Problem dimensions. K is output channels (Timeloop's M), C input channels,
// P/Q output width/height, R/S filter width/height, N batch.
enum class Dim : int { N = 0, K = 1, C = 2, P = 3, Q = 4, R = 5, S = 6 };
inline constexpr int kDimCount = 7;
inline constexpr std::array<Dim, kDimCount> kAllDims = {Dim::N, Dim::K, Dim::C, Dim::P,
                                                        Dim::Q, Dim::R, Dim::S};
char dimLetter(Dim d);
std::optional<Dim> parseDim(char c);  // also accepts 'M' as K

using DimArray = std::array<std::int64_t, kDimCount>;
inline constexpr DimArray kOnes = {1, 1, 1, 1, 1, 1, 1};

// Energy of one action at a storage level, in joules per block access
// (read, write/fill, update); leak in joules per cycle per instance.
struct ActionEnergy {
    double read = 0.0;
    double write = 0.0;   // fill from the parent level
    double update = 0.0;  // partial-sum write from below; defaults to `write`
    double leak = 0.0;
};

struct StorageLevel {
    std::string name;
    std::string kind = "sram";       // "dram", "sram", "regfile"
    std::int64_t capacityWords = 0;  // per instance; 0 = unbounded (DRAM)
    int wordBits = 16;
    int blockSize = 1;            // words per access
    double readBandwidth = 0.0;   // words per cycle per instance; 0 = unlimited
    double writeBandwidth = 0.0;  // words per cycle per instance; 0 = unlimited
    int instances = 1;            // total instances of this level
    int meshX = 1;                // instances along X; meshY = instances / meshX
    std::array<bool, kDataSpaceCount> holds = {true, true, true};  // others bypass
    ActionEnergy energy;
    int meshY() const { return meshX > 0 ? instances / meshX : instances; }
};

struct ArithmeticUnits {
    std::string name = "MAC";
    int instances = 1;
    int meshX = 1;
    int wordBits = 16;
    double energyPerMac = 0.0;  // J
    double leak = 0.0;          // J per cycle per instance
    int meshY() const { return meshX > 0 ? instances / meshX : instances; }
};

// Mapspace constraints on one level (Timeloop's architecture constraints),
// obeyed by the mapper: exact factors (0 = free; 1 forbids the dimension), the
// dimensions each spatial axis of the fanout below may spread, a relative loop
// order and tensors the level must keep or bypass. Format: docs/dataflow.md.
struct LevelConstraint {
    std::string target;                                  // level name
    DimArray temporal{};                                 // 0: free, else the exact factor
    DimArray spatial{};                                  // 0: free, else the exact X x Y factor
    std::array<bool, kDimCount> spatialX{};              // allowed across X (when given)
    std::array<bool, kDimCount> spatialY{};              // allowed across Y (when given)
    bool spatialXGiven = false, spatialYGiven = false;   // false: any dimension
    std::vector<Dim> order;                              // outer first; empty: any order
    std::array<bool, kDataSpaceCount> keep{}, bypass{};  // forced choices
};

struct MapspaceConstraints {
    std::string name;  // "Eyeriss row-stationary"
    std::vector<LevelConstraint> levels;
    bool empty() const { return levels.empty(); }
};

// How partial overlaps of input windows are counted. `shared`: a word needed
// by several children of a fanout is read once (a NoC that multicasts by
// address, as Eyeriss' does) and a window sliding along a loop reloads only
// its new part wherever that loop sits. `timeloop`: Timeloop's counting, in
// which only children with identical tiles share a read (each PE gets its own
// copy of overlapping input words) and the sliding-window saving applies only
// when the sliding loop is the innermost loop above the level.
enum class WindowOverlap : int { shared = 0, timeloop = 1 };

struct AcceleratorArch {
    std::string name;
    std::string source;      // where the energy tables come from
    std::string technology;  // "40 nm", "65 nm"
    double clockHz = 1e9;
    std::vector<StorageLevel> levels;  // outermost (DRAM) first
    ArithmeticUnits mac;
    WindowOverlap windowOverlap = WindowOverlap::shared;  // "window_overlap"
    MapspaceConstraints constraints;                      // "constraints"
    // Index of a level by name, -1 if none.
    int levelIndex(std::string_view name) const;
};

// The 7-D problem. "conv" covers GEMM (P = M, K = N, C = K) and batched
// matmul when `weightsPerBatch` (weights indexed by N as well). "depthwise":
// outputs and weights indexed by C, K must be 1.
struct DataflowProblem {
    std::string name;
    std::string kind = "conv";  // "conv", "depthwise"
    DimArray bounds = kOnes;
    int strideP = 1, strideQ = 1;      // stride along width (P) and height (Q)
    int dilationR = 1, dilationS = 1;  // filter dilation along width (R) and height (S)
    bool weightsPerBatch = false;      // batched matmul: both operands vary with N
    int wordBits = 16;                 // informational; capacities are in words
    std::int64_t macs() const;
    std::int64_t bound(Dim d) const { return bounds[static_cast<int>(d)]; }
};

// One storage level's share of the mapping.
struct LevelMapping {
    std::string target;                           // level name (resolved against the arch)
    DimArray temporal = kOnes;                    // temporal loop factors
    std::array<Dim, kDimCount> order = kAllDims;  // outer loop first
    DimArray spatialX = kOnes;                    // spread over the fanout below this level
    DimArray spatialY = kOnes;
    std::array<bool, kDataSpaceCount> keep = {true, true, true};  // false: bypass
    bool keepGiven = false;                                       // false: take the arch's `holds`
};

struct Mapping {
    std::string name;
    std::vector<LevelMapping> levels;  // any order in the file; resolved by target name
};

// Parsers: `node` is the whole standalone document (its "format"/"version"
// keys are accepted) or the "accelerator" object of a hardware file; `path`
// is the JSON pointer of `node`. All problems go into `diag`; nullptr/nullopt
// on any error. Never throw.
std::shared_ptr<const AcceleratorArch> parseAcceleratorArch(const Json& node,
                                                            const std::string& path,
                                                            Diagnostics& diag);
std::optional<DataflowProblem> parseProblem(const Json& node, const std::string& path,
                                            Diagnostics& diag);
std::optional<Mapping> parseMapping(const Json& node, const std::string& path, Diagnostics& diag);

// Standalone documents (with "format" and "version"); round-trip through the parsers.
Json toJson(const AcceleratorArch& arch);
Json toJson(const DataflowProblem& problem);
Json toJson(const Mapping& mapping);
// The accelerator object as embedded in a hardware file (no "format"/"version").
Json acceleratorBodyToJson(const AcceleratorArch& arch);

}  // namespace rl
