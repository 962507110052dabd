// The comparable form of a name people type in different ways: only its
// letters and digits, case folded. "Panel ref", "panel_ref" and "PANEL-REF"
// are one name; so are "Online harm" and "online-harm".
#pragma once

#include <QString>

namespace reviewdesk {

inline QString looseKey(const QString& text)
{
    QString key;
    key.reserve(text.size());
    for (const QChar c : text.toCaseFolded())
        if (c.isLetterOrNumber())
            key += c;
    return key;
}

} // namespace reviewdesk
