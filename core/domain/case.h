// A serious child safeguarding case as the partnership registers it. The child
// is identified minimally (initials or a pseudonym), never by full name.
#pragma once

#include "domain/enums.h"
#include "util/optionaldate.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace reviewdesk {

using RecordId = qint64;

struct Case
{
    RecordId id = 0;
    QString ref;      // partnership reference, e.g. SSCP-2024-007; unique
    QString panelRef; // the national Panel's notification reference
    QString childId;  // initials or pseudonym only
    QString ageBand;
    QString sex;
    QString ethnicity;
    OptionalDate incident;
    QDate aware; // the clock starts here
    OptionalDate notified;
    QStringList themes;
    QString leadOfficer;
    QString notes;
    QString ruleSet; // the rule set in force when the case was opened
    // The 4-byte members last, together, so none needs padding: the
    // register holds one Case per case, 50,000 at a time.
    Harm harm = Harm::SeriousHarm;
    CaseStatus status = CaseStatus::Open;
    int version = 0;
};

} // namespace reviewdesk
