// Shared declarations for the adam problem (the harness main.cpp and your solution.cpp include it).
#pragma once
#include <vector>

struct AdamState {
    long long t = 0;            // number of steps taken so far
    std::vector<double> m, v;   // first and second moment estimates, zero-initialised, size n
};

// One Adam step: update state (t, m, v) in place and return the new parameters.
std::vector<double> adam_step(const std::vector<double>& params, const std::vector<double>& grads,
                              AdamState& state, double lr, double beta1, double beta2, double eps);
