// Readable Catch2 failure messages for Qt values and ReviewDesk's own types:
// dates as "Mon 2024-01-15", strings quoted, enums by their stable names,
// rectangles as "200x20 at (400, 5)".
// Include after "catch.h" in any test that compares these values.
#pragma once

#include "calendar/namedday.h"
#include "catch.h"
#include "domain/enumnames.h"
#include "schedule/casestage.h"
#include "schedule/deadline.h"
#include "util/result.h"

#include <QDate>
#include <QRect>
#include <QSize>
#include <QString>

#include <optional>
#include <string>

namespace Catch {

template <>
struct StringMaker<QString>
{
    static std::string convert(const QString& text) { return '"' + text.toStdString() + '"'; }
};

template <>
struct StringMaker<QDate>
{
    static std::string convert(const QDate& date)
    {
        return date.isValid() ? date.toString(QStringLiteral("ddd yyyy-MM-dd")).toStdString()
                              : std::string("(invalid date)");
    }
};

template <>
struct StringMaker<QSize>
{
    static std::string convert(const QSize& size)
    {
        return std::to_string(size.width()) + 'x' + std::to_string(size.height());
    }
};

template <>
struct StringMaker<QRect>
{
    static std::string convert(const QRect& rect)
    {
        return StringMaker<QSize>::convert(rect.size()) + " at (" + std::to_string(rect.x()) +
               ", " + std::to_string(rect.y()) + ')';
    }
};

template <>
struct StringMaker<std::optional<QDate>>
{
    static std::string convert(const std::optional<QDate>& date)
    {
        return date ? StringMaker<QDate>::convert(*date) : std::string("(no date)");
    }
};

template <>
struct StringMaker<reviewdesk::NamedDay>
{
    static std::string convert(const reviewdesk::NamedDay& day)
    {
        return StringMaker<QDate>::convert(day.date) + ' ' +
               StringMaker<QString>::convert(day.name);
    }
};

template <>
struct StringMaker<reviewdesk::ErrorKind>
{
    static std::string convert(reviewdesk::ErrorKind kind)
    {
        switch (kind) {
        case reviewdesk::ErrorKind::Invalid:
            return "Invalid";
        case reviewdesk::ErrorKind::NotFound:
            return "NotFound";
        case reviewdesk::ErrorKind::Conflict:
            return "Conflict";
        case reviewdesk::ErrorKind::Storage:
            return "Storage";
        }
        return "(unknown error kind)";
    }
};

template <>
struct StringMaker<reviewdesk::DeadlineStatus>
{
    static std::string convert(reviewdesk::DeadlineStatus status)
    {
        return reviewdesk::nameOf(status).toStdString();
    }
};

template <>
struct StringMaker<reviewdesk::DeadlineKind>
{
    static std::string convert(reviewdesk::DeadlineKind kind)
    {
        return reviewdesk::nameOf(kind).toStdString();
    }
};

template <>
struct StringMaker<reviewdesk::CaseStage>
{
    static std::string convert(reviewdesk::CaseStage stage)
    {
        return reviewdesk::nameOf(stage).toStdString();
    }
};

} // namespace Catch
