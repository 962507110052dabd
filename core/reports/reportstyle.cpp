#include "reports/reportstyle.h"

namespace reviewdesk::reports {

QFont reportFont(double points, bool bold)
{
    QFont font;
    // DejaVu Sans ships with Debian and covers every character we print; the
    // others are what a desktop without it is likely to have.
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Liberation Sans"),
                      QStringLiteral("Arial"), QStringLiteral("Helvetica")});
    font.setStyleHint(QFont::SansSerif);
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

const ReportColors& reportColors()
{
    static const ReportColors colors;
    return colors;
}

} // namespace reviewdesk::reports
