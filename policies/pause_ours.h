// "Pause all of mine" (the tray's menu): which jobs it suspends. Only
// bitsmon's own, and only those BITS lets suspend; another program's job is
// its owner's to pause.
#pragma once

#include "engine/bits/snapshot.h"

#include <vector>

namespace bitsmon {

std::vector<bits::JobId> jobsToPause(const std::vector<const bits::JobSnapshot *> &jobs);

}  // namespace bitsmon
