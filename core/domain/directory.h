// The partnership's agencies, its panel members, and the panel's meetings.
#pragma once

#include "domain/case.h"

#include <QList>

namespace reviewdesk {

struct Agency
{
    RecordId id = 0;
    QString name; // unique ignoring case
    AgencyCategory category = AgencyCategory::Other;
    int version = 0;
};

struct Person
{
    RecordId id = 0;
    QString name;
    PersonRole role = PersonRole::PanelMember;
    std::optional<RecordId> agencyId;
    int version = 0;
};

struct Meeting
{
    RecordId id = 0;
    QDate date;
    QString title;
    QString attendees;
    QString decisions;
    QList<RecordId> caseIds;
    int version = 0;
};

} // namespace reviewdesk
