#include "domain/themes.h"

#include "util/capitalised.h"
#include "util/loosekey.h"

#include <QHash>

namespace reviewdesk {

const QList<StandardTheme>& standardThemes()
{
    static const QList<StandardTheme> themes = {
        {QStringLiteral("neglect"), QStringLiteral("Neglect"), QStringLiteral("Neglect")},
        {QStringLiteral("domestic-abuse"), QStringLiteral("Domestic abuse"),
         QStringLiteral("Domestic abuse")},
        {QStringLiteral("parental-mental-health"), QStringLiteral("Parental mental health"),
         QStringLiteral("Parental mental health")},
        {QStringLiteral("substance-misuse"), QStringLiteral("Substance misuse"),
         QStringLiteral("Substance misuse")},
        {QStringLiteral("criminal-exploitation"), QStringLiteral("Criminal exploitation"),
         QStringLiteral("Criminal exploitation")},
        {QStringLiteral("sexual-exploitation"), QStringLiteral("Sexual exploitation"),
         QStringLiteral("Sexual exploitation")},
        {QStringLiteral("online-harm"), QStringLiteral("Online harm"),
         QStringLiteral("Online harm")},
        {QStringLiteral("sudi"), QStringLiteral("Sudden unexpected death in infancy"),
         QStringLiteral("SUDI")},
        {QStringLiteral("adolescent-self-harm"), QStringLiteral("Adolescent suicide or self-harm"),
         QStringLiteral("Adolescent self-harm")},
        {QStringLiteral("send"), QStringLiteral("Special educational needs and disabilities"),
         QStringLiteral("SEND")},
        {QStringLiteral("physical-abuse"), QStringLiteral("Physical abuse"),
         QStringLiteral("Physical abuse")},
        {QStringLiteral("sexual-abuse"), QStringLiteral("Sexual abuse"),
         QStringLiteral("Sexual abuse")},
        {QStringLiteral("historical-abuse"), QStringLiteral("Historical abuse"),
         QStringLiteral("Historical abuse")},
    };
    return themes;
}

namespace {

// Every way of writing a standard theme that names it, by its loose key: its
// stored name, its full label, its brief words, and the wording of the
// statutory guidance where that differs ("adolescent suicide/self-harm").
const QHash<QString, QString>& standardThemesByKey()
{
    static const QHash<QString, QString> byKey = [] {
        QHash<QString, QString> keys;
        for (const StandardTheme& theme : standardThemes())
            for (const QString& words : {theme.name, theme.label, theme.brief})
                keys.insert(looseKey(words), theme.name);
        keys.insert(looseKey(QStringLiteral("adolescent suicide/self-harm")),
                    QStringLiteral("adolescent-self-harm"));
        return keys;
    }();
    return byKey;
}

} // namespace

QString canonicalTheme(const QString& typed)
{
    const QString words = typed.simplified().toLower();
    return standardThemesByKey().value(looseKey(words), words);
}

QStringList canonicalThemes(const QStringList& typed)
{
    QStringList themes;
    themes.reserve(typed.size());
    for (const QString& theme : typed) {
        const QString stored = canonicalTheme(theme);
        if (!stored.isEmpty() && !themes.contains(stored))
            themes << stored;
    }
    return themes;
}

QString themeText(const QString& stored)
{
    for (const StandardTheme& theme : standardThemes())
        if (theme.name == stored)
            return theme.brief;
    // Stored lower-case: shown with a capital, as the standard themes are.
    return capitalised(stored);
}

QString themesText(const QStringList& stored)
{
    QStringList shown;
    shown.reserve(stored.size());
    for (const QString& theme : stored)
        shown << themeText(theme);
    return shown.join(QStringLiteral(", "));
}

} // namespace reviewdesk
