#include "domain/redaction.h"

#include <QRegularExpression>
#include <QStringList>

namespace reviewdesk {

QString withoutChildIdentifier(const QString& text, const QString& childId)
{
    const QString child = childId.trimmed();
    if (child.isEmpty() || text.isEmpty())
        return text;
    QStringList spellings{child};
    QString bare = child;
    bare.remove(QLatin1Char('.'));
    bare.remove(QLatin1Char(' '));
    if (bare.size() >= 2 && bare != child)
        spellings << bare;
    QString result = text;
    for (const QString& spelling : spellings) {
        // Not inside a word: neither a letter nor a digit on either side.
        const QRegularExpression mention(
            QStringLiteral("(?<![\\w])%1(?![\\w])").arg(QRegularExpression::escape(spelling)),
            QRegularExpression::CaseInsensitiveOption |
                QRegularExpression::UseUnicodePropertiesOption);
        result.replace(mention, QStringLiteral("[redacted]"));
    }
    return result;
}

} // namespace reviewdesk
