#include "domain/childanswers.h"

#include "util/loosekey.h"

#include <QHash>
#include <QRegularExpression>

namespace reviewdesk {

const QList<OfferedAnswer>& ageBands()
{
    static const QList<OfferedAnswer> bands = {
        {QStringLiteral("under 1"), QStringLiteral("under 1")},
        {QStringLiteral("1-4"), QStringLiteral("1-4")},
        {QStringLiteral("5-9"), QStringLiteral("5-9")},
        {QStringLiteral("10-15"), QStringLiteral("10-15")},
        {QStringLiteral("16-17"), QStringLiteral("16-17")},
    };
    return bands;
}

const QList<OfferedAnswer>& sexes()
{
    static const QList<OfferedAnswer> answers = {
        {QStringLiteral("female"), QStringLiteral("Female")},
        {QStringLiteral("male"), QStringLiteral("Male")},
        {QStringLiteral("not known"), QStringLiteral("Not known")},
    };
    return answers;
}

QString canonicalAgeBand(const QString& typed)
{
    QString words = typed.simplified();
    // A range however written: "1 to 4", "1 – 4", "1—4" read as "1-4".
    static const QRegularExpression range(
        QStringLiteral("^(\\d+)\\s*(?:-|\u2013|\u2014|to)\\s*(\\d+)$"),
        QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch match = range.match(words); match.hasMatch())
        words = match.captured(1) + QLatin1Char('-') + match.captured(2);
    const QString key = looseKey(words);
    if (key == QLatin1String("under1") || key == QLatin1String("underone") ||
        QString(words).remove(QLatin1Char(' ')) == QLatin1String("<1"))
        return QStringLiteral("under 1");
    return words;
}

QString canonicalSex(const QString& typed)
{
    static const QHash<QString, QString> byKey = {
        {QStringLiteral("f"), QStringLiteral("female")},
        {QStringLiteral("female"), QStringLiteral("female")},
        {QStringLiteral("girl"), QStringLiteral("female")},
        {QStringLiteral("m"), QStringLiteral("male")},
        {QStringLiteral("male"), QStringLiteral("male")},
        {QStringLiteral("boy"), QStringLiteral("male")},
        {QStringLiteral("notknown"), QStringLiteral("not known")},
        {QStringLiteral("unknown"), QStringLiteral("not known")},
        {QStringLiteral("u"), QStringLiteral("not known")},
    };
    const QString words = typed.simplified();
    return byKey.value(looseKey(words), words);
}

} // namespace reviewdesk
