// Conversions between domain values and SQL values: dates as ISO text, absent
// dates as NULL, enums by their stable names.
#pragma once

#include "domain/enumnames.h"
#include "util/isodate.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

namespace reviewdesk::sql {

inline QVariant date(const QDate& value)
{
    return toIso(value);
}

inline QVariant date(const std::optional<QDate>& value)
{
    return value ? QVariant(toIso(*value)) : QVariant(QMetaType(QMetaType::QString));
}

template <typename Enum>
QVariant name(Enum value)
{
    return nameOf(value);
}

template <typename Enum>
QVariant name(const std::optional<Enum>& value)
{
    return value ? QVariant(nameOf(*value)) : QVariant(QMetaType(QMetaType::QString));
}

// A null QString binds as SQL NULL; text columns are NOT NULL, so "" instead.
inline QVariant text(const QString& value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

inline QDate toDate(const QVariant& value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

inline std::optional<QDate> toOptionalDate(const QVariant& value)
{
    if (value.isNull() || value.toString().isEmpty())
        return std::nullopt;
    return QDate::fromString(value.toString(), Qt::ISODate);
}

template <typename Enum>
std::optional<Enum> toOptionalEnum(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    return enumFromName<Enum>(value.toString());
}

template <typename Enum>
Enum toEnum(const QVariant& value, Enum fallback)
{
    return enumFromName<Enum>(value.toString()).value_or(fallback);
}

// Runs a prepared query; on failure, a storage error naming what was being done.
inline Status run(QSqlQuery& query, const char* what)
{
    if (query.exec())
        return success();
    const QString text = query.lastError().databaseText();
    if (text.contains(QLatin1String("locked"), Qt::CaseInsensitive) ||
        text.contains(QLatin1String("busy"), Qt::CaseInsensitive))
        return Error::storage(QStringLiteral(
            "the database is busy with another program's change; try again in a moment"));
    return Error::storage(QStringLiteral("cannot %1: %2")
                              .arg(QString::fromLatin1(what), query.lastError().databaseText()));
}

} // namespace reviewdesk::sql
