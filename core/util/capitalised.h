// Text stored lower-case ("male", "online harm") read at the start of a cell
// or a sentence: its first letter in capitals, the rest as stored.
#pragma once

#include <QString>

namespace reviewdesk {

inline QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

} // namespace reviewdesk
