#include "core/learned/learned_model_internal.h"

#include <algorithm>

namespace rl::learned_detail {

std::vector<float> selectFeatures(const FeatureTable& data, const std::vector<Feature>& f) {
    std::vector<float> x(data.size() * f.size());
    for (std::size_t r = 0; r < data.size(); ++r)
        for (std::size_t c = 0; c < f.size(); ++c)
            x[r * f.size() + c] = static_cast<float>(data.features[r][static_cast<int>(f[c])]);
    return x;
}

Progress segment(const Progress& p, double from, double to) {
    Progress s;
    s.cancel = p.cancel;
    if (p.report)
        s.report = [report = p.report, from, to](double f, std::string_view what) {
            report(from + f * (to - from), what);
        };
    return s;
}

std::vector<std::string> distinctSorted(const std::vector<std::string>& v) {
    std::vector<std::string> out(v);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

}  // namespace rl::learned_detail
