// The answers offered for a child's age band and sex, as a case stores them
// ("1-4", "female") with the words shown, and the stored form of an answer
// however it was typed or imported. Other answers are kept as typed, in single
// spaces and with a range of years written "n-m": the national Panel's
// categories change, and a partnership may record its own.
#pragma once

#include <QList>
#include <QString>

namespace reviewdesk {

struct OfferedAnswer
{
    QString stored; // "not known"
    QString shown;  // "Not known"
};

const QList<OfferedAnswer>& ageBands(); // "under 1", "1-4", "5-9", "10-15", "16-17"
const QList<OfferedAnswer>& sexes();    // "female", "male", "not known"

// "Under 1", "<1", "1 to 4", "1 – 4" and " 5-9 " store as "under 1", "1-4", "5-9".
QString canonicalAgeBand(const QString& typed);
// "F", "Female" and "girl" store as "female"; "M", "boy" as "male"; "Unknown",
// "U" and "Not known" as "not known".
QString canonicalSex(const QString& typed);

} // namespace reviewdesk
