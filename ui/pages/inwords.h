// How the domain's stable names read on screen: "local-authority" becomes
// "Local authority". Deriving the words from the stored names keeps one
// vocabulary: a new enum value needs no second table to appear in a combo.
#pragma once

#include "domain/enumnames.h"
#include "util/capitalised.h"

#include <QList>

namespace reviewdesk::ui {

// A stored name in words: "local-authority" is "Local authority".
inline QString inWords(QString name)
{
    return capitalised(name.replace(QLatin1Char('-'), QLatin1Char(' ')));
}

template <typename Enum>
QString inWords(Enum value)
{
    return inWords(nameOf(value));
}

// Every value of an enum, in the order its table declares them.
template <typename Enum>
QList<Enum> allValues()
{
    QList<Enum> values;
    for (const auto& entry : EnumNames<Enum>::table)
        values << entry.first;
    return values;
}

} // namespace reviewdesk::ui
