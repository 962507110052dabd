// One result row read column by column. The repositories write each table's
// column mapping once, as a template over the row type, and use it for both
// QueryRow (a QSqlQuery: single-record reads) and SqliteRow (the bulk loader's
// direct SQLite reader, storage/sqlitereader.h).
//
// A row type provides:
//   bool isNull(int)                     SQL NULL
//   qint64 integer(int)
//   QString text(int)                    NULL reads as a null QString
//   QString sharedText(int)              as text, for values that repeat from
//                                        row to row (names, initials): a bulk
//                                        reader may hand out one shared copy
//   QStringList sharedSplit(int, QChar, ListCleaner)  text split, empty parts
//                                        skipped, then put in its stored form
//                                        by the cleaner; a bulk reader cleans
//                                        each distinct text once
//   std::optional<Enum> enumValue<Enum>(int)  the enum stored by name; none
//                                        when NULL or not one of its names
//   QDate date(int)                      ISO text; invalid when unreadable
//   std::optional<QDate> optionalDate(int)  NULL or empty text is "no date"
#pragma once

#include "domain/enumnames.h"

#include <QDate>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace reviewdesk::sql {

// Puts the parts of a split column into their stored form (canonicalThemes).
using ListCleaner = QStringList (*)(const QStringList&);

class QueryRow
{
public:
    explicit QueryRow(const QSqlQuery& query) : m_query(query) {}

    bool isNull(int column) const { return m_query.isNull(column); }
    qint64 integer(int column) const { return m_query.value(column).toLongLong(); }
    QString text(int column) const { return m_query.value(column).toString(); }
    QString sharedText(int column) const { return text(column); }
    QStringList sharedSplit(int column, QChar separator, ListCleaner clean) const
    {
        return clean(text(column).split(separator, Qt::SkipEmptyParts));
    }
    template <typename Enum>
    std::optional<Enum> enumValue(int column) const
    {
        return enumFromName<Enum>(text(column));
    }
    QDate date(int column) const { return QDate::fromString(text(column), Qt::ISODate); }
    std::optional<QDate> optionalDate(int column) const
    {
        const QVariant value = m_query.value(column);
        if (value.isNull() || value.toString().isEmpty())
            return std::nullopt;
        return QDate::fromString(value.toString(), Qt::ISODate);
    }

private:
    const QSqlQuery& m_query;
};

template <typename Enum, typename Row>
Enum enumAt(const Row& row, int column, Enum fallback)
{
    return row.template enumValue<Enum>(column).value_or(fallback);
}

template <typename Enum, typename Row>
std::optional<Enum> optionalEnumAt(const Row& row, int column)
{
    if (row.isNull(column))
        return std::nullopt;
    return row.template enumValue<Enum>(column);
}

} // namespace reviewdesk::sql
