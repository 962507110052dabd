#include "models/datewidth.h"

#include "util/isodate.h"

#include <QAbstractItemView>
#include <QStyle>

#include <algorithm>

namespace reviewdesk::ui {

// Every weekday with every month, measured once per call.
int widestDateWidth(const QAbstractItemView* view)
{
    int widest = 0;
    for (int month = 1; month <= 12; ++month)
        for (int day = 22; day <= 28; ++day)
            widest = std::max(
                widest, view->fontMetrics().horizontalAdvance(toDisplay(QDate(2025, month, day))));
    // The item delegate's margins, one each side of the text.
    const int margin = view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
    return widest + 2 * margin;
}

} // namespace reviewdesk::ui
