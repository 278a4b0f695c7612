// Files a job's Complete would replace.
#pragma once

#include "engine/bits/snapshot.h"

#include <QStringList>

namespace bitsmon {

// The destinations of the job's files that already hold a file.
QStringList existingDestinations(const bits::JobSnapshot &job);

}  // namespace bitsmon
