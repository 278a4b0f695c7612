// Files a job's Complete would replace.
#pragma once

#include "engine/bits/snapshot.h"

#include <QDir>
#include <QStringList>

#include <string>

namespace bitsmon {

// Where the download of `url` lands in `folder`, written as the system
// writes paths ("C:\dl\f.iso" on Windows: what BITS gets and a user reads).
std::string destinationIn(const QDir &folder, const std::string &url);

// The destinations of the job's files that already hold a file, as the
// system writes paths.
QStringList existingDestinations(const bits::JobSnapshot &job);

}  // namespace bitsmon
