// Strict ISO-8601 calendar dates (YYYY-MM-DD), the only date format ReviewDesk
// reads or writes. Rejects impossible dates such as 2023-02-30 with a message
// that names the field, and dates outside the years the calendar supports.
#pragma once

#include "util/result.h"

#include <QDate>
#include <QString>

#include <optional>

namespace reviewdesk {

inline constexpr int kFirstSupportedYear = 1970;
inline constexpr int kLastSupportedYear = 2100;

// Parses "YYYY-MM-DD". `what` names the value in the error ("aware date").
Result<QDate> parseIsoDate(const QString& text, const QString& what = QStringLiteral("date"));

// As parseIsoDate, but an empty text is "no date".
Result<std::optional<QDate>> parseOptionalIsoDate(const QString& text,
                                                  const QString& what = QStringLiteral("date"));

QString toIso(const QDate& date);
QString toIso(const std::optional<QDate>& date); // empty for no date

// "Mon 1 Jan 2024": how dates are shown to people, independent of locale.
QString toDisplay(const QDate& date);

} // namespace reviewdesk
