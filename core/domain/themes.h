// The themes the national Panel analyses, as a case stores them (lower-case,
// hyphenated: "domestic-abuse", the keys the CSV import and the demo use) with
// the words shown to people. Any other theme is free text, shown as typed.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace reviewdesk {

struct StandardTheme
{
    QString name;  // stored
    QString label; // in full, where it is chosen: "Sudden unexpected death in infancy"
    QString brief; // in lists, tables and charts: "SUDI"
};

const QList<StandardTheme>& standardThemes();

// The stored form of a theme however it was typed or imported. Words that
// name a standard theme, ignoring case, spaces and punctuation, become its
// stored name ("Online harm", "online_harm" and "SUDI" store as "online-harm"
// and "sudi"); any other theme is kept lower-case with single spaces. Empty
// text stays empty.
QString canonicalTheme(const QString& typed);

// A case's themes so, each once, in the order first given; empty ones dropped.
QStringList canonicalThemes(const QStringList& typed);

// How a stored theme reads in a list, table or chart: a standard theme's
// brief words ("SUDI"), anything else as it was typed, with a capital.
QString themeText(const QString& stored);

// A case's themes so, separated by commas: "SUDI, Neglect".
QString themesText(const QStringList& stored);

} // namespace reviewdesk
