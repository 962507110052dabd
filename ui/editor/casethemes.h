// The themes the national Panel analyses, as the register stores them
// (lower-case, hyphenated, matching the demo data and the CSV import) with the
// words shown to people. Any other theme is free text.
#pragma once

#include <QList>
#include <QString>

namespace reviewdesk::ui {

struct CaseTheme
{
    QString name;  // stored
    QString label; // shown
};

const QList<CaseTheme>& caseThemes();

} // namespace reviewdesk::ui
