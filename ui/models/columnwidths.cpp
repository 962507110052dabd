#include "models/columnwidths.h"

#include "util/isodate.h"

#include <QAbstractItemView>
#include <QStyle>

#include <algorithm>

namespace reviewdesk::ui {

int widestTextWidth(const QAbstractItemView* view, const QStringList& texts)
{
    int widest = 0;
    for (const QString& text : texts)
        widest = std::max(widest, view->fontMetrics().horizontalAdvance(text));
    // The item delegate's margins, one each side of the text.
    const int margin = view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
    return widest + 2 * margin;
}

// Every weekday with every month.
int widestDateWidth(const QAbstractItemView* view)
{
    QStringList dates;
    for (int month = 1; month <= 12; ++month)
        for (int day = 22; day <= 28; ++day)
            dates << toDisplay(QDate(2025, month, day));
    return widestTextWidth(view, dates);
}

} // namespace reviewdesk::ui
