// How the domain's stable names read on screen: "local-authority" becomes
// "Local authority". Deriving the words from the stored names keeps one
// vocabulary: a new enum value needs no second table to appear in a combo.
#pragma once

#include "domain/enumnames.h"

#include <QList>

namespace reviewdesk::ui {

template <typename Enum>
QString inWords(Enum value)
{
    QString words = nameOf(value).replace(QLatin1Char('-'), QLatin1Char(' '));
    if (!words.isEmpty())
        words[0] = words[0].toUpper();
    return words;
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
