// Result<T>: a value or a user-facing error. Services and storage return these
// instead of throwing, so the CLI can map an error to exit 1 and the GUI to a
// message beside the field.
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace reviewdesk {

enum class ErrorKind
{
    Invalid,  // bad input: impossible date, rule broken, duplicate
    NotFound, // unknown reference or id
    Conflict, // stale write: someone else saved the record first
    Storage,  // the file cannot be opened, read or written
};

struct Error
{
    ErrorKind kind = ErrorKind::Invalid;
    QString message;
    QString field; // the input the message is about, when there is one ("aware", "ref"...)

    static Error invalid(QString message, QString field = {})
    {
        return {ErrorKind::Invalid, std::move(message), std::move(field)};
    }
    static Error notFound(QString message) { return {ErrorKind::NotFound, std::move(message), {}}; }
    static Error conflict(QString message) { return {ErrorKind::Conflict, std::move(message), {}}; }
    static Error storage(QString message) { return {ErrorKind::Storage, std::move(message), {}}; }
};

template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<T>(m_state); }
    T& value() & { return std::get<T>(m_state); }
    T&& value() && { return std::get<T>(std::move(m_state)); }
    const T& operator*() const& { return value(); }
    T& operator*() & { return value(); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }

    const Error& error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

// For operations that return nothing but may fail.
struct Done
{};
using Status = Result<Done>;
inline Status success()
{
    return Done{};
}

} // namespace reviewdesk
