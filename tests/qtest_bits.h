// Lets QCOMPARE print BITS values by name (found by argument-dependent lookup).
#pragma once

#include "engine/bits/hresult.h"
#include "engine/bits/job_id.h"
#include "engine/bits/policy.h"
#include "engine/bits/vocabulary.h"

#include <QByteArray>

namespace bits {

inline char *toString(JobState value)
{
    return qstrdup(std::string(bits::name(value)).c_str());
}
inline char *toString(Priority value)
{
    return qstrdup(std::string(bits::name(value)).c_str());
}
inline char *toString(ErrorContext value)
{
    return qstrdup(std::string(bits::name(value)).c_str());
}
inline char *toString(Action value)
{
    return qstrdup(QByteArray::number(int(value)).constData());
}
inline char *toString(const JobId &value)
{
    return qstrdup(value.toString().c_str());
}

}  // namespace bits
