// A count in words with its noun in the right number: "1 case", "3 cases",
// "0 cases". Messages say "1 working day late", never "1 working day(s) late".
#pragma once

#include <QString>

namespace reviewdesk {

// The singular for exactly one, the plural for every other count.
inline QString counted(qint64 count, const QString& singular, const QString& plural)
{
    return QStringLiteral("%1 %2").arg(count).arg(count == 1 ? singular : plural);
}

// "1 working day", "2 working days": the unit every statutory deadline counts in.
inline QString workingDaysText(qint64 count)
{
    return counted(count, QStringLiteral("working day"), QStringLiteral("working days"));
}

} // namespace reviewdesk
