// A date that may be absent, in 8 bytes. std::optional<QDate> takes 16 (a
// QDate and a flag, padded), and the register holds about a million of them
// across 50,000 cases. It reads like std::optional<QDate> and converts to and
// from it, so functions keep taking std::optional<QDate>.
#pragma once

#include <QDate>

#include <limits>
#include <optional>

namespace reviewdesk {

class OptionalDate
{
public:
    OptionalDate() = default;
    OptionalDate(std::nullopt_t) {}
    OptionalDate(const QDate& date) : m_julianDay(date.toJulianDay()) {}
    OptionalDate(const std::optional<QDate>& date)
        : m_julianDay(date ? date->toJulianDay() : kAbsent)
    {}

    bool has_value() const noexcept { return m_julianDay != kAbsent; }
    explicit operator bool() const noexcept { return has_value(); }

    // By value, rebuilt from its day number; const, so that `*date = day`
    // does not compile (it would change a copy). Assign to the OptionalDate.
    const QDate operator*() const { return QDate::fromJulianDay(m_julianDay); }
    struct Arrow
    {
        QDate date;
        const QDate* operator->() const { return &date; }
    };
    Arrow operator->() const { return {**this}; }

    QDate value() const
    {
        if (!has_value())
            throw std::bad_optional_access();
        return **this;
    }
    QDate value_or(const QDate& fallback) const { return has_value() ? **this : fallback; }
    void reset() noexcept { m_julianDay = kAbsent; }

    operator std::optional<QDate>() const
    {
        return has_value() ? std::optional<QDate>(**this) : std::nullopt;
    }

    // Compared as std::optional<QDate> compares: absent before every date.
    friend bool operator==(const OptionalDate& a, const OptionalDate& b)
    {
        return a.m_julianDay == b.m_julianDay;
    }
    friend bool operator==(const OptionalDate& a, std::nullopt_t) { return !a.has_value(); }
    // Exact matches, so that std::optional's own templates, which would take
    // an OptionalDate for a present value, are never chosen.
    friend bool operator==(const OptionalDate& a, const std::optional<QDate>& b)
    {
        return std::optional<QDate>(a) == b;
    }
    friend bool operator<(const OptionalDate& a, const std::optional<QDate>& b)
    {
        return std::optional<QDate>(a) < b;
    }
    friend bool operator<(const std::optional<QDate>& a, const OptionalDate& b)
    {
        return a < std::optional<QDate>(b);
    }
    friend bool operator<=(const OptionalDate& a, const std::optional<QDate>& b)
    {
        return std::optional<QDate>(a) <= b;
    }
    friend bool operator<=(const std::optional<QDate>& a, const OptionalDate& b)
    {
        return a <= std::optional<QDate>(b);
    }
    friend bool operator>(const OptionalDate& a, const std::optional<QDate>& b)
    {
        return std::optional<QDate>(a) > b;
    }
    friend bool operator>(const std::optional<QDate>& a, const OptionalDate& b)
    {
        return a > std::optional<QDate>(b);
    }
    friend bool operator>=(const OptionalDate& a, const std::optional<QDate>& b)
    {
        return std::optional<QDate>(a) >= b;
    }
    friend bool operator>=(const std::optional<QDate>& a, const OptionalDate& b)
    {
        return a >= std::optional<QDate>(b);
    }
    friend bool operator==(const OptionalDate& a, const QDate& b)
    {
        return std::optional<QDate>(a) == b;
    }
    friend bool operator<(const OptionalDate& a, const QDate& b)
    {
        return std::optional<QDate>(a) < b;
    }
    friend bool operator<=(const OptionalDate& a, const QDate& b)
    {
        return std::optional<QDate>(a) <= b;
    }
    friend bool operator>(const OptionalDate& a, const QDate& b)
    {
        return std::optional<QDate>(a) > b;
    }
    friend bool operator>=(const OptionalDate& a, const QDate& b)
    {
        return std::optional<QDate>(a) >= b;
    }
    friend bool operator<(const QDate& a, const OptionalDate& b)
    {
        return a < std::optional<QDate>(b);
    }
    friend bool operator<=(const QDate& a, const OptionalDate& b)
    {
        return a <= std::optional<QDate>(b);
    }
    friend bool operator>(const QDate& a, const OptionalDate& b)
    {
        return a > std::optional<QDate>(b);
    }
    friend bool operator>=(const QDate& a, const OptionalDate& b)
    {
        return a >= std::optional<QDate>(b);
    }

private:
    // QDate's day numbers run to about ±7.8e11, and an invalid QDate's is
    // the lowest qint64: one above that is free to mean "absent", which keeps
    // an invalid date that was set apart from no date at all, as
    // std::optional does.
    static constexpr qint64 kAbsent = std::numeric_limits<qint64>::min() + 1;
    qint64 m_julianDay = kAbsent;
};

} // namespace reviewdesk
