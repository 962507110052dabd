// A dated non-working day with the name a person would recognise
// ("Easter Monday", "Council closure day").
#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace reviewdesk {

struct NamedDay
{
    QDate date;
    QString name;

    friend bool operator==(const NamedDay&, const NamedDay&) = default;
};

using NamedDays = QList<NamedDay>;

} // namespace reviewdesk
