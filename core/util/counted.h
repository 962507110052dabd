// A count in words with its noun in the right number: "1 case", "3 cases",
// "0 cases". Messages say "1 working day late", never "1 working day(s) late".
#pragma once

#include <QString>

namespace reviewdesk {

// The singular for exactly one, the plural for every other count (a median
// of 1.5 working days is plural too).
template <typename Count>
QString byCount(Count count, const QString& singular, const QString& plural)
{
    return count == 1 ? singular : plural;
}

// "1 case", "0 cases", "2 cases".
inline QString counted(qint64 count, const QString& singular, const QString& plural)
{
    return QStringLiteral("%1 %2").arg(count).arg(byCount(count, singular, plural));
}

// "1 working day", "2 working days": the unit every statutory deadline counts in.
inline QString workingDaysText(qint64 count)
{
    return counted(count, QStringLiteral("working day"), QStringLiteral("working days"));
}

// "1 case", "3 cases": the register's own unit.
inline QString casesText(qint64 count)
{
    return counted(count, QStringLiteral("case"), QStringLiteral("cases"));
}

// "1 action", "3 actions": the learning actions that follow a review.
inline QString actionsText(qint64 count)
{
    return counted(count, QStringLiteral("action"), QStringLiteral("actions"));
}

} // namespace reviewdesk
