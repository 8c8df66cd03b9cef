#pragma once
// What every dataflow study is about: one architecture and one problem on it,
// with the label the views title it by. A resolved project study adds how to
// find a mapping; a design adds the mapping and its evaluation.
#include <memory>
#include <string>

#include "core/spec/accelerator_spec.h"

namespace rl::dataflow {

struct DataflowCase {
    std::shared_ptr<const AcceleratorArch> arch;
    DataflowProblem problem;
    std::string problemLabel;  // "VGG conv3_2", "ResNet-50 layer 12: conv2..."
};

}  // namespace rl::dataflow
