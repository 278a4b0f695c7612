// The result of a service call: a value, or an HRESULT with a sentence that
// says what happened and what to do.
#pragma once

#include "sentence.h"
#include "vocabulary.h"

#include <string>
#include <utility>
#include <variant>

namespace bits {

struct Failure {
    HResult code = 0;
    Sentence message;  // what happened and what to do, for people
};

struct Done { };

template <typename T = Done>
class Outcome {
public:
    Outcome() requires std::is_same_v<T, Done> : m_value(Done{}) { }
    Outcome(T value)
        : m_value(std::move(value))
    {
    }
    Outcome(Failure failure)
        : m_value(std::move(failure))
    {
    }

    bool ok() const { return std::holds_alternative<T>(m_value); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_value); }
    T &&value() && { return std::get<T>(std::move(m_value)); }
    const Failure &failure() const { return std::get<Failure>(m_value); }

private:
    std::variant<T, Failure> m_value;
};

using Status = Outcome<Done>;

}  // namespace bits
