// The bars of a chart of counts by category, shared by the Charts page and
// the PDF reports so both draw the same bars in the same order.
//
// Statistics count by stored name ("domestic-abuse", "in-progress"). Names
// that read the same ("domestic-abuse" ticked, "domestic abuse" typed) make
// one bar: a chart axis cannot tell two equal names apart. Past a limit the
// smallest bars are summed into one "Other (N more)" bar.
#pragma once

#include "domain/enumnames.h"

#include <QMap>
#include <QStringList>

#include <functional>

namespace reviewdesk {

struct CategoryBar
{
    QString label;        // as shown
    int count = 0;        // the sum over the names behind the bar
    QStringList names;    // the stored names behind it
    QStringList caseRefs; // the cases behind it, each once, when given
};

struct CategoryBarOptions
{
    // How a stored name reads; the name itself when empty.
    std::function<QString(const QString&)> label;
    // Stored names in the order their bars come; names not in it follow,
    // largest first. Empty: every bar largest first (equal counts by label).
    QStringList order;
    // At most this many bars, the last of them "Other (N more)"; 0: no limit.
    int limit = 0;
};

QList<CategoryBar> categoryBars(const QMap<QString, int>& counts, const CategoryBarOptions& options,
                                const QMap<QString, QStringList>& cases = {});

// The stored names of an enum (stages, action statuses) in the order its
// table declares them: the order a case or an action goes through them.
template <typename Enum>
QStringList declaredOrder()
{
    QStringList names;
    for (const auto& entry : EnumNames<Enum>::table)
        names << QLatin1String(entry.second);
    return names;
}

} // namespace reviewdesk
