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

TEST_CASE("a theme however typed stores as the standard theme its words name, else as words")
{
    // A standard theme by its stored name, its label or its brief words, in
    // any case, with spaces, hyphens or underscores.
    CHECK(canonicalTheme(QStringLiteral("Online harm")) == "online-harm");
    CHECK(canonicalTheme(QStringLiteral("online_harm")) == "online-harm");
    CHECK(canonicalTheme(QStringLiteral(" ONLINE-HARM ")) == "online-harm");
    CHECK(canonicalTheme(QStringLiteral("SUDI")) == "sudi");
    CHECK(canonicalTheme(QStringLiteral("Sudden unexpected death in infancy")) == "sudi");
    CHECK(canonicalTheme(QStringLiteral("Special educational needs and disabilities")) == "send");
    CHECK(canonicalTheme(QStringLiteral("Adolescent self-harm")) == "adolescent-self-harm");
    CHECK(canonicalTheme(QStringLiteral("adolescent suicide or self-harm")) ==
          "adolescent-self-harm");
    // The statutory guidance's own wording.
    CHECK(canonicalTheme(QStringLiteral("Adolescent suicide/self-harm")) == "adolescent-self-harm");
    // Anything else is free text: lower-case, single spaces, hyphens kept.
    CHECK(canonicalTheme(QStringLiteral("  County   Lines ")) == "county lines");
    CHECK(canonicalTheme(QStringLiteral("Multi-agency working")) == "multi-agency working");
    // Near a standard theme is not one.
    CHECK(canonicalTheme(QStringLiteral("online")) == "online");
    CHECK(canonicalTheme(QStringLiteral("exploitation")) == "exploitation");
    CHECK(canonicalTheme(QStringLiteral("   ")).isEmpty());
}

TEST_CASE("a case's themes store each once, in the order first given, empty ones dropped")
{
    CHECK(canonicalThemes({QStringLiteral("Online harm"), QStringLiteral("neglect"),
                           QStringLiteral("online-harm"), QStringLiteral(" "),
                           QStringLiteral("Neglect"), QStringLiteral("county lines")}) ==
          QStringList{QStringLiteral("online-harm"), QStringLiteral("neglect"),
                      QStringLiteral("county lines")});
    CHECK(canonicalThemes({}).isEmpty());
}
