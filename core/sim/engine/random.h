#pragma once
// Seeded random numbers that give the same sequence on every platform and
// standard library (std:: distributions do not): xoshiro256** seeded through
// splitmix64, with the few distributions the simulators need.
#include <cstdint>

namespace rl::sim {

class Random {
  public:
    explicit Random(std::uint64_t seed = 1);
    std::uint64_t next();  // 64 random bits
    double uniform();      // [0, 1), 53 bits
    // Integer in [0, n); n > 0.
    std::uint64_t below(std::uint64_t n);
    double exponential(double rate);  // mean 1 / rate
    double normal();                  // standard normal (Box-Muller, one value per call)
    // Gamma(shape, scale) by Marsaglia and Tsang; shape > 0.
    double gamma(double shape, double scale);

  private:
    std::uint64_t s_[4];
};

}  // namespace rl::sim
