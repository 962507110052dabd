// The standard themes and how a stored theme reads in lists, tables and charts.
#include "catch.h"
#include "domain/themes.h"

using namespace reviewdesk;

TEST_CASE("a standard theme reads by its brief words, anything else as typed with a capital")
{
    CHECK(themeText(QStringLiteral("sudi")) == "SUDI");
    CHECK(themeText(QStringLiteral("send")) == "SEND");
    CHECK(themeText(QStringLiteral("domestic-abuse")) == "Domestic abuse");
    CHECK(themeText(QStringLiteral("adolescent-self-harm")) == "Adolescent self-harm");
    // Free text, stored lower-case, keeps its words and hyphens.
    CHECK(themeText(QStringLiteral("online harm")) == "Online harm");
    CHECK(themeText(QStringLiteral("multi-agency working")) == "Multi-agency working");
    CHECK(themeText(QString()).isEmpty());
    CHECK(themesText({QStringLiteral("sudi"), QStringLiteral("neglect"),
                      QStringLiteral("county lines")}) == "SUDI, Neglect, County lines");
    CHECK(themesText({}).isEmpty());
}

TEST_CASE("the standard themes are the thirteen the national Panel analyses, each key once")
{
    const QList<StandardTheme>& themes = standardThemes();
    REQUIRE(themes.size() == 13);
    QStringList keys;
    for (const StandardTheme& theme : themes) {
        INFO(theme.name.toStdString());
        CHECK_FALSE(keys.contains(theme.name));
        keys << theme.name;
        // Keys are what the CSV import and the demo store: lower-case, hyphenated.
        CHECK(theme.name == theme.name.toLower());
        CHECK_FALSE(theme.name.contains(QLatin1Char(' ')));
        CHECK_FALSE(theme.label.isEmpty());
        CHECK_FALSE(theme.brief.isEmpty());
    }
    CHECK(themes.at(7).label == "Sudden unexpected death in infancy");
}
