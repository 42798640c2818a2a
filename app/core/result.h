#pragma once

#include <QString>

#include <utility>

namespace Dossier {

// The outcome of an operation that can fail: either success, or one
// user-readable message. Core code returns these; the GUI shows the message,
// the CLI prints it and exits non-zero.
class Result
{
public:
    static Result success() { return Result(); }
    static Result failure(QString message) { return Result(std::move(message)); }

    bool ok() const { return m_error.isEmpty(); }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }

private:
    Result() = default;
    explicit Result(QString message)
        : m_error(message.isEmpty() ? QStringLiteral("unknown error") : std::move(message))
    {
    }
    QString m_error;
};

// A value or an error message.
template<typename T>
class Expected
{
public:
    Expected(T value) : m_value(std::move(value)) {}
    Expected(Result failure) : m_error(failure.error()) {}

    bool ok() const { return m_error.isEmpty(); }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }
    const T &value() const { return m_value; }
    T &value() { return m_value; }
    const T &operator*() const { return m_value; }
    const T *operator->() const { return &m_value; }

private:
    T m_value{};
    QString m_error;
};

} // namespace Dossier
