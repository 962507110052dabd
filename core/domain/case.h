// A serious child safeguarding case as the partnership registers it. The child
// is identified minimally (initials or a pseudonym), never by full name.
#pragma once

#include "domain/enums.h"

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
    Harm harm = Harm::SeriousHarm;
    std::optional<QDate> incident;
    QDate aware; // the clock starts here
    std::optional<QDate> notified;
    QStringList themes;
    QString leadOfficer;
    CaseStatus status = CaseStatus::Open;
    QString notes;
    QString ruleSet; // the rule set in force when the case was opened
    int version = 0;
};

} // namespace reviewdesk
