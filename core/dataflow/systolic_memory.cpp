#include "core/dataflow/systolic_memory.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <memory>
#include <stdexcept>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace rl::dataflow {
namespace {

std::int64_t ceilDiv(std::int64_t a, std::int64_t b) { return (a + b - 1) / b; }

// The layer's three operand matrices as SCALE-Sim addresses them (its
// operand_matrix: ifmap pixels x window, filter window x filters, ofmap
// pixels x filters), each operand from address 0 (the buffers are separate).
struct Operands {
    std::int64_t H, W, C, fH, fW, sH, sW, P, Q, pixels, window, filters;
    explicit Operands(const SystolicLayer& l)
        : H(l.ifmapH),
          W(l.ifmapW),
          C(l.channels),
          fH(l.filterH),
          fW(l.filterW),
          sH(l.strideH),
          sW(l.strideW),
          P(l.ofmapH()),
          Q(l.ofmapW()),
          pixels(l.batch * P * Q),
          window(fH * fW * C),
          filters(l.filters) {}
    // Per output pixel and per window position, the parts of an ifmap address,
    // so the replay's inner loop needs no division (built only for a replay).
    struct Part {
        std::int64_t row, col, base;
    };
    std::shared_ptr<std::vector<Part>> pixel, tap;
    void tabulate() {
        pixel = std::make_shared<std::vector<Part>>(static_cast<std::size_t>(pixels));
        for (std::int64_t p = 0; p < pixels; ++p) {
            const std::int64_t b = p / (P * Q), pq = p % (P * Q);
            const std::int64_t row = (pq / Q) * sH, col = (pq % Q) * sW;
            (*pixel)[static_cast<std::size_t>(p)] = {row, col,
                                                     b * H * W * C + row * W * C + col * C};
        }
        tap = std::make_shared<std::vector<Part>>(static_cast<std::size_t>(window));
        for (std::int64_t j = 0; j < window; ++j) {
            const std::int64_t cRow = j / (fW * C), k = j % (fW * C), cCol = k / C, ch = k % C;
            (*tap)[static_cast<std::size_t>(j)] = {cRow, cCol, cRow * W * C + cCol * C + ch};
        }
    }
    std::int64_t ifmap(std::int64_t p, std::int64_t j) const {
        const Part& a = (*pixel)[static_cast<std::size_t>(p)];
        const Part& b = (*tap)[static_cast<std::size_t>(j)];
        if (a.row + b.row >= H || a.col + b.col >= W) return -1;  // SCALE-Sim's padding
        return a.base + b.base;
    }
    std::int64_t filter(std::int64_t j, std::int64_t f) const { return f * window + j; }
    std::int64_t ofmap(std::int64_t p, std::int64_t f) const { return p * filters + f; }
    std::int64_t ifmapWords() const { return H * W * C * (pixels / (P * Q)); }
};

// One operand's demand matrix of a fold before the systolic skew: `rows` x
// `cols` entries, skewed (column c delayed by c cycles) or not.
struct FoldDemand {
    std::int64_t rows = 0, cols = 0;
    bool skewed = true;
    std::function<std::int64_t(std::int64_t fr, std::int64_t fc, std::int64_t r, std::int64_t c)>
        at;
};

struct Plan {
    std::int64_t R, C, Sr, Sc, T, rowFolds, colFolds, cyclesPerFold;
    FoldDemand ifmap, filter, ofmap;
    // Prefetch order of the two read operands: M x N matrices, read along
    // anti-diagonals (SCALE-Sim's fix for the skewed demand) or row by row.
    struct Fetch {
        std::int64_t M = 0, N = 0;
        bool diagonal = true;
        std::function<std::int64_t(std::int64_t row, std::int64_t col)> at;
    } ifmapFetch, filterFetch;
};

Plan makePlan(const SystolicArray& a, const Operands& o) {
    Plan p{};
    const std::int64_t R = a.rows, C = a.cols;
    p.R = R, p.C = C;
    const auto df = a.dataflow;
    if (df == SystolicDataflow::os) p.Sr = o.pixels, p.Sc = o.filters, p.T = o.window;
    if (df == SystolicDataflow::ws) p.Sr = o.window, p.Sc = o.filters, p.T = o.pixels;
    if (df == SystolicDataflow::is) p.Sr = o.window, p.Sc = o.pixels, p.T = o.filters;
    p.rowFolds = ceilDiv(p.Sr, R);
    p.colFolds = ceilDiv(p.Sc, C);
    const std::int64_t Sr = p.Sr, Sc = p.Sc, T = p.T;
    p.cyclesPerFold = (df == SystolicDataflow::os ? R : 2 * R) + C + T - 2;
    auto rowOk = [=](std::int64_t fr, std::int64_t r) { return fr * R + r < Sr; };
    auto colOk = [=](std::int64_t fc, std::int64_t c) { return fc * C + c < Sc; };
    const Operands op = o;
    switch (df) {
        case SystolicDataflow::os:
            p.ifmap = {T + C - 1, R, true, [=](auto fr, auto, auto r, auto c) {
                           return r < T && rowOk(fr, c) ? op.ifmap(fr * R + c, r) : -1;
                       }};
            p.filter = {T + R - 1, C, true, [=](auto, auto fc, auto r, auto c) {
                            return r < T && colOk(fc, c) ? op.filter(r, fc * C + c) : -1;
                        }};
            p.ofmap = {
                T - 1 + R, C, true, [=](auto fr, auto fc, auto r, auto c) -> std::int64_t {
                    if (r < T - 1) return -1;
                    const auto row = R - 1 - (r - (T - 1));  // drained bottom row first
                    return rowOk(fr, row) && colOk(fc, c) ? op.ofmap(fr * R + row, fc * C + c) : -1;
                }};
            p.ifmapFetch = {p.rowFolds * T, R, true, [=](auto row, auto c) {
                                const auto fr = row / T, t = row % T;
                                return rowOk(fr, c) ? op.ifmap(fr * R + c, t) : -1;
                            }};
            p.filterFetch = {p.colFolds * T, C, true, [=](auto row, auto c) {
                                 const auto fc = row / T, t = row % T;
                                 return colOk(fc, c) ? op.filter(t, fc * C + c) : -1;
                             }};
            break;
        case SystolicDataflow::ws:
            p.ifmap = {R + T + C - 1, R, true, [=](auto fr, auto, auto r, auto c) {
                           return r >= R && r - R < T && rowOk(fr, c) ? op.ifmap(r - R, fr * R + c)
                                                                      : -1;
                       }};
            p.filter = {
                2 * R + C + T - 2, C, false, [=](auto fr, auto fc, auto r, auto c) -> std::int64_t {
                    if (r >= R) return -1;
                    const auto row = R - 1 - r;  // top weight pushed in last
                    return rowOk(fr, row) && colOk(fc, c) ? op.filter(fr * R + row, fc * C + c)
                                                          : -1;
                }};
            p.ofmap = {2 * R - 1 + T, C, true, [=](auto, auto fc, auto r, auto c) {
                           return r >= 2 * R - 1 && colOk(fc, c)
                                      ? op.ofmap(r - (2 * R - 1), fc * C + c)
                                      : -1;
                       }};
            p.ifmapFetch = {p.rowFolds * T, R, true, [=](auto row, auto c) {
                                const auto fr = row / T, t = row % T;
                                return rowOk(fr, c) ? op.ifmap(t, fr * R + c) : -1;
                            }};
            p.filterFetch = {p.colFolds * Sr, C, false, [=](auto row, auto c) {
                                 const auto fc = row / Sr, r = row % Sr;
                                 return colOk(fc, c) ? op.filter(r, fc * C + c) : -1;
                             }};
            break;
        case SystolicDataflow::is:
            p.ifmap = {
                2 * R + C + T - 2, C, false, [=](auto fr, auto fc, auto r, auto c) -> std::int64_t {
                    if (r >= R) return -1;
                    const auto row = R - 1 - r;
                    return rowOk(fr, row) && colOk(fc, c) ? op.ifmap(fc * C + c, fr * R + row) : -1;
                }};
            p.filter = {
                R + T + C - 1, R, true, [=](auto fr, auto, auto r, auto c) {
                    return r >= R && r - R < T && rowOk(fr, c) ? op.filter(fr * R + c, r - R) : -1;
                }};
            p.ofmap = {2 * R - 1 + T, C, true, [=](auto, auto fc, auto r, auto c) {
                           return r >= 2 * R - 1 && colOk(fc, c)
                                      ? op.ofmap(fc * C + c, r - (2 * R - 1))
                                      : -1;
                       }};
            p.ifmapFetch = {p.colFolds * Sr, C, false, [=](auto row, auto c) {
                                const auto fc = row / Sr, r = row % Sr;
                                return colOk(fc, c) ? op.ifmap(fc * C + c, r) : -1;
                            }};
            p.filterFetch = {p.rowFolds * T, R, true, [=](auto row, auto c) {
                                 const auto fr = row / T, t = row % T;
                                 return rowOk(fr, c) ? op.filter(fr * R + c, t) : -1;
                             }};
            break;
    }
    return p;
}

// Calls f(address) for every entry of a fetch matrix in prefetch order.
template <class F>
void forEachFetched(const Plan::Fetch& m, F&& f) {
    if (!m.diagonal) {
        for (std::int64_t r = 0; r < m.M; ++r)
            for (std::int64_t c = 0; c < m.N; ++c) f(m.at(r, c));
        return;
    }
    for (std::int64_t d = 0; d < m.M + m.N - 1; ++d) {
        const std::int64_t hi = std::min(d, m.M - 1), lo = std::max<std::int64_t>(0, d - m.N + 1);
        for (std::int64_t r = hi; r >= lo; --r) f(m.at(r, d - r));
    }
}

// The demand row `cycle` of a fold, one address (or -1) per array column.
void demandRow(const FoldDemand& d, std::int64_t fr, std::int64_t fc, std::int64_t cycle,
               std::vector<std::int64_t>& out) {
    out.assign(static_cast<std::size_t>(d.cols), -1);
    for (std::int64_t c = 0; c < d.cols; ++c) {
        const std::int64_t r = d.skewed ? cycle - c : cycle;
        if (r >= 0 && r < d.rows) out[static_cast<std::size_t>(c)] = d.at(fr, fc, r, c);
    }
}

// USER-mode read buffer: the fetch order is cut into lines of 1% of the SRAM
// (valid words only); the working half holds ceil(half / line) lines, the
// prefetch half the rest; a miss slides the window by the prefetch half and
// fetches a block of ceil(half / bw) DRAM rows of `bw` words.
class UserReadBuffer {
  public:
    UserReadBuffer(const Plan::Fetch& fetch, std::int64_t words, std::int64_t addressSpace,
                   std::int64_t bw)
        : bw_(bw), lineWords_((words + 99) / 100) {
        const std::int64_t active = (words + 1) / 2;  // ceil(words x 0.5)
        const std::int64_t prefetch = words - active;
        // CSR index: address -> the lines that hold it, ascending.
        count_.assign(static_cast<std::size_t>(addressSpace), 0);
        std::vector<std::int64_t> lineOfEntry;
        std::int64_t entries = 0, inLine = 0, line = 0;
        forEachFetched(fetch, [&](std::int64_t addr) {
            ++entries;
            if (addr < 0) return;
            lineOfEntry.push_back(line);
            ++count_[static_cast<std::size_t>(addr)];
            if (++inLine == lineWords_) inLine = 0, ++line;
        });
        numLines_ = line + 1;  // the last, possibly empty, line counts (as in SCALE-Sim)
        fetchRows_ = ceilDiv(entries, bw_);
        activeLines_ = std::min(ceilDiv(active, lineWords_), numLines_);
        prefetchLines_ = std::min(ceilDiv(prefetch, lineWords_), numLines_ - activeLines_);
        blockRows_ = ceilDiv(prefetch, bw_);
        firstRows_ = std::min(ceilDiv(active, bw_), fetchRows_);
        buildIndex(fetch, lineOfEntry);
    }
    // The initial fill, finishing the cycle before `start`.
    void fill(std::int64_t start) {
        words_ += firstRows_ * bw_;
        blocks_ = 1;
        firstCycle_ = start - firstRows_;
        last_ = start - 1;
        winStart_ = 0;
        winEnd_ = activeLines_;
    }

    // SCALE-Sim's service_reads for one demand row: the cycle it is served.
    std::int64_t serve(const std::vector<std::int64_t>& row, std::int64_t cycle, int ports) {
        if (!filled_) fill(cycle), filled_ = true;
        std::int64_t offset = 1;  // hit latency
        lines_.clear();
        for (std::int64_t addr : row) {
            if (addr < 0) continue;
            std::int64_t line = lookup(addr);
            int guard = 0;
            while (line < 0) {
                slide();
                const std::int64_t late = last_ - (cycle + offset);
                offset += late;                // early blocks pull the row earlier, as in SCALE-Sim
                if (late > 0) offset += late;  // and a late one stalls twice its lateness
                line = lookup(addr);
                if (++guard > numLines_ + 2)
                    throw std::logic_error("systolic memory: an address never enters the buffer");
            }
            if (ports > 0 && std::find(lines_.begin(), lines_.end(), line) == lines_.end())
                lines_.push_back(line);
        }
        if (ports > 0) offset += ceilDiv(static_cast<std::int64_t>(lines_.size()), ports) - 1;
        return cycle + offset;
    }
    SystolicMemoryInterface stats() const { return {words_, blocks_, firstCycle_, last_}; }
    std::int64_t firstRows() const { return firstRows_; }

  private:
    void buildIndex(const Plan::Fetch& fetch, const std::vector<std::int64_t>& lineOfEntry) {
        start_.assign(count_.size() + 1, 0);
        for (std::size_t i = 0; i < count_.size(); ++i) start_[i + 1] = start_[i] + count_[i];
        lines_of_.assign(lineOfEntry.size(), 0);
        std::vector<std::int64_t> pos(start_.begin(), start_.end() - 1);
        std::size_t k = 0;
        forEachFetched(fetch, [&](std::int64_t addr) {
            if (addr < 0) return;
            lines_of_[static_cast<std::size_t>(pos[static_cast<std::size_t>(addr)]++)] =
                lineOfEntry[k++];
        });
    }
    // The first line of the working window (in window order) holding addr.
    std::int64_t lookup(std::int64_t addr) const {
        const auto b = lines_of_.begin() + start_[static_cast<std::size_t>(addr)];
        const auto e = lines_of_.begin() + start_[static_cast<std::size_t>(addr) + 1];
        if (b == e) return -1;
        if (winStart_ < winEnd_) {
            auto it = std::lower_bound(b, e, winStart_);
            return it != e && *it < winEnd_ ? *it : -1;
        }
        auto it = std::lower_bound(b, e, winStart_);
        if (it != e) return *it;
        return *b < winEnd_ ? *b : -1;
    }
    void slide() {
        winStart_ = (winStart_ + prefetchLines_) % numLines_;
        winEnd_ = (winStart_ + activeLines_) % numLines_;
        words_ += blockRows_ * bw_;
        ++blocks_;
        last_ += blockRows_ + 1;  // requests one per cycle after the last, one cycle latency
    }

    std::vector<std::int64_t> count_;
    std::int64_t bw_;
    std::int64_t lineWords_;  // words per buffer line: 1% of the SRAM, as SCALE-Sim's hashed buffer
    std::int64_t numLines_ = 1, fetchRows_ = 0, activeLines_ = 1, prefetchLines_ = 0;
    std::int64_t blockRows_ = 0, firstRows_ = 0;
    std::vector<std::int64_t> start_, lines_of_, lines_;
    std::int64_t winStart_ = 0, winEnd_ = 0, last_ = -1, firstCycle_ = 0;
    std::int64_t words_ = 0, blocks_ = 0;
    bool filled_ = false;
};

// CALC-mode read buffer (SCALE-Sim's read_buffer_estimate_bw): never stalls;
// it groups first-touched words into sets of 1% of the buffer and, each time
// the working half's 50 sets are used up, fetches the next half at whatever
// rate fits the time the last half took.
class CalcReadBuffer {
  public:
    CalcReadBuffer(std::int64_t words, std::int64_t bw)
        : items_(std::max<std::int64_t>(1, words / 100)), bw_(bw) {}
    void touch(std::int64_t cycle, std::int64_t addr) {
        if (!seen_) seen_ = true, firstCycle_ = cycle;
        auto it = set_.find(addr);
        if (it != set_.end() && it->second >= readStart_ &&
            it->second < std::min(currentSet_, readEnd_ + 1))
            return;                                                 // hit in the working sets
        if (it != set_.end() && it->second == currentSet_) return;  // already in the open set
        set_[addr] = currentSet_;
        sizes_.resize(static_cast<std::size_t>(currentSet_ + 1), 0);
        if (++sizes_[static_cast<std::size_t>(currentSet_)] < items_) return;
        ++currentSet_;
        if (currentSet_ != readEnd_ + 1) return;
        if (!activeDone_) {
            bandwidth_ = bw_;
            lastEnd_ = firstCycle_ - 2;
            lastStart_ = lastEnd_ - ceilDiv(kPrefetchSets * items_, bandwidth_) + 1;
            prefetch(0, kActiveSets - 1);
            pfStart_ = readEnd_ + 1;
            pfEnd_ = pfStart_ + kPrefetchSets - 1;
            activeDone_ = true;
        } else {
            bandwidth_ = ceilDiv(kPrefetchSets * items_, lastEnd_ - lastStart_ + 1);
            prefetch(pfStart_, pfEnd_);
            pfStart_ += kPrefetchSets;
            pfEnd_ += kPrefetchSets;
        }
        readStart_ += kPrefetchSets;
        readEnd_ += kPrefetchSets;
        lastStart_ = lastEnd_ + 1;
        lastEnd_ = cycle;
    }
    void finish() {
        const bool open = currentSet_ < static_cast<std::int64_t>(sizes_.size()) &&
                          sizes_[static_cast<std::size_t>(currentSet_)] > 0;
        if (!open) --currentSet_;
        if (!activeDone_) {
            bandwidth_ = bw_;
            lastEnd_ = -2;
            lastStart_ = lastEnd_ - ceilDiv((currentSet_ + 1) * items_, bandwidth_) + 1;
            prefetch(0, currentSet_);
        } else if (currentSet_ >= pfStart_) {
            const std::int64_t sets = currentSet_ - pfStart_ + 1;
            bandwidth_ = ceilDiv(sets * items_, lastEnd_ - lastStart_ + 1);
            prefetch(pfStart_, currentSet_);
        }
    }
    SystolicMemoryInterface stats() const { return {words_, blocks_, first_, stop_}; }
    double peak() const { return peak_; }

  private:
    static constexpr std::int64_t kActiveSets = 50, kPrefetchSets = 50;
    void prefetch(std::int64_t from, std::int64_t to) {
        for (std::int64_t s = std::max<std::int64_t>(0, from); s <= to; ++s)
            if (s < static_cast<std::int64_t>(sizes_.size()))
                words_ += sizes_[static_cast<std::size_t>(s)];
        const std::int64_t rows = lastEnd_ - lastStart_ + 1;
        if (rows <= 0) return;
        if (blocks_ == 0) first_ = lastStart_ + 1;
        stop_ = lastStart_ + rows;  // the last request, answered a cycle later
        ++blocks_;
        peak_ = std::max(peak_, static_cast<double>(bandwidth_));
    }
    std::int64_t items_, bw_, bandwidth_ = 1;
    std::unordered_map<std::int64_t, std::int64_t> set_;  // address -> latest set holding it
    std::vector<std::int64_t> sizes_;
    std::int64_t currentSet_ = 0, readStart_ = 0, readEnd_ = kActiveSets - 1;
    std::int64_t pfStart_ = -1, pfEnd_ = -1, lastStart_ = -2, lastEnd_ = -1, firstCycle_ = 0;
    std::int64_t words_ = 0, blocks_ = 0, first_ = 0, stop_ = 0;
    double peak_ = 0;
    bool seen_ = false, activeDone_ = false;
};

// The ofmap write buffer: outputs collect in lines of `bw` words; once more
// than the working half is occupied, ceil(half / bw) lines drain to DRAM, one
// line per cycle, and the array waits for the drain to finish.
class WriteBuffer {
  public:
    WriteBuffer(std::int64_t words, std::int64_t bw)
        : total_(words), drain_(words - (words + 1) / 2), bw_(bw), free_(words) {}
    std::int64_t serve(const std::vector<std::int64_t>& row, std::int64_t cycle) {
        std::int64_t current = cycle;
        for (std::int64_t addr : row) {
            if (addr < 0) continue;
            --free_;
            if (++inLine_ == bw_) lines_.push_back(bw_), inLine_ = 0;
            if (current < drainEnd_) {
                if (free_ <= 0) current = drainEnd_;
            } else if (free_ < total_ - drain_) {
                flush();
                drainEnd_ = drainFrom(current);  // drains behind the array's back
            }
        }
        return current;
    }
    void finish(std::int64_t cycle) {
        flush();
        while (drained_ < static_cast<std::int64_t>(lines_.size())) {
            drainEnd_ = drainFrom(cycle);
            cycle = drainEnd_ + 1;
        }
    }
    SystolicMemoryInterface stats() const { return {words_, blocks_, first_, stop_}; }

  private:
    void flush() {
        if (inLine_ > 0) lines_.push_back(inLine_), inLine_ = 0;
    }
    std::int64_t drainFrom(std::int64_t start) {
        const std::int64_t end =
            std::min(drained_ + ceilDiv(drain_, bw_), static_cast<std::int64_t>(lines_.size()));
        const std::int64_t n = end - drained_;
        if (n <= 0) return start;
        // SCALE-Sim counts every drained line as full but the last.
        const std::int64_t data = n * bw_ - (bw_ - lines_[static_cast<std::size_t>(end - 1)]);
        words_ += data;
        free_ += data;
        if (blocks_ == 0) first_ = start;
        ++blocks_;
        stop_ = start + n - 1;
        drained_ = end;
        return stop_;
    }
    std::int64_t total_, drain_, bw_, free_;
    std::int64_t inLine_ = 0, drained_ = 0, drainEnd_ = 0;
    std::vector<std::int64_t> lines_;
    std::int64_t words_ = 0, blocks_ = 0, first_ = 0, stop_ = 0;
};

}  // namespace

double systolicDemandEntries(const SystolicArray& a, const SystolicLayer& l) {
    const Operands o(l);
    const Plan p = makePlan(a, o);
    return static_cast<double>(p.rowFolds) * static_cast<double>(p.colFolds) *
           static_cast<double>(p.cyclesPerFold) * static_cast<double>(p.R + 2 * p.C);
}

SystolicMemoryRun replaySystolicMemory(const SystolicArray& a, const SystolicLayer& l) {
    Operands o(l);
    o.tabulate();
    const Plan p = makePlan(a, o);
    const bool calc = a.bandwidthMode == SystolicBandwidthMode::calc;
    const std::int64_t bw =
        std::max<std::int64_t>(1, static_cast<std::int64_t>(std::llround(a.dramWordsPerCycle)));
    // SCALE-Sim's SRAM bank-conflict term (ceil(lines touched / ports) - 1 per
    // row) is off: its published USER goldens are reproduced without it.
    constexpr int kPorts = 0;

    SystolicMemoryRun run;
    std::vector<std::int64_t> ifRow, fRow, oRow;
    WriteBuffer ofmap(a.ofmapSramWords, calc ? p.C : bw);
    std::int64_t stall = 0, lastOut = 0, row = 0;
    auto replay = [&](auto&& serveIfmap, auto&& serveFilter) {
        for (std::int64_t fc = 0; fc < p.colFolds; ++fc)
            for (std::int64_t fr = 0; fr < p.rowFolds; ++fr)
                for (std::int64_t r = 0; r < p.cyclesPerFold; ++r, ++row) {
                    const std::int64_t cycle = row + stall;
                    demandRow(p.ifmap, fr, fc, r, ifRow);
                    demandRow(p.filter, fr, fc, r, fRow);
                    demandRow(p.ofmap, fr, fc, r, oRow);
                    const std::int64_t ifStall = serveIfmap(ifRow, cycle) - cycle - 1;
                    const std::int64_t fStall = serveFilter(fRow, cycle) - cycle - 1;
                    lastOut = ofmap.serve(oRow, cycle);
                    stall += std::max({ifStall, fStall, lastOut - cycle});
                }
    };
    if (!calc) {
        UserReadBuffer ifmap(p.ifmapFetch, a.ifmapSramWords, o.ifmapWords(), bw);
        UserReadBuffer filter(p.filterFetch, a.filterSramWords, o.window * o.filters, bw);
        replay([&](auto& r, auto c) { return ifmap.serve(r, c, kPorts); },
               [&](auto& r, auto c) { return filter.serve(r, c, kPorts); });
        run.ifmap = ifmap.stats();
        run.filter = filter.stats();
        run.prefetchCycles = std::max(ifmap.firstRows(), filter.firstRows());
        run.peakReadBandwidth = static_cast<double>(bw);
    } else {
        CalcReadBuffer ifmap(a.ifmapSramWords, 10), filter(a.filterSramWords, 10);
        auto touchAll = [](CalcReadBuffer& b, auto& r, std::int64_t c) {
            for (std::int64_t addr : r)
                if (addr >= 0) b.touch(c, addr);
            return c + 1;
        };
        replay([&](auto& r, auto c) { return touchAll(ifmap, r, c); },
               [&](auto& r, auto c) { return touchAll(filter, r, c); });
        ifmap.finish();
        filter.finish();
        run.ifmap = ifmap.stats();
        run.filter = filter.stats();
        run.prefetchCycles = std::max(-ifmap.stats().startCycle, -filter.stats().startCycle);
        run.peakReadBandwidth = std::max(ifmap.peak(), filter.peak());
    }
    run.totalCycles = lastOut;
    run.stallCycles = stall;
    run.demandRows = row;
    ofmap.finish(lastOut);
    run.ofmap = ofmap.stats();
    if (run.ofmap.blocks > 0)
        run.peakReadBandwidth =
            std::max(run.peakReadBandwidth, static_cast<double>(calc ? p.C : bw));
    return run;
}

}  // namespace rl::dataflow
