#include "stats/categorybars.h"

#include <algorithm>

namespace reviewdesk {
namespace {

void addCases(CategoryBar& bar, const QStringList& refs)
{
    for (const QString& ref : refs)
        if (!bar.caseRefs.contains(ref))
            bar.caseRefs << ref;
}

// One bar per label, in the order each label is first met.
QList<CategoryBar> barsByLabel(const QMap<QString, int>& counts, const CategoryBarOptions& options,
                               const QMap<QString, QStringList>& cases)
{
    QList<CategoryBar> bars;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const QString label = options.label ? options.label(it.key()) : it.key();
        auto bar = std::find_if(bars.begin(), bars.end(),
                                [&label](const CategoryBar& b) { return b.label == label; });
        if (bar == bars.end())
            bar = bars.insert(bars.end(), CategoryBar{label, 0, {}, {}});
        bar->count += it.value();
        bar->names << it.key();
        addCases(*bar, cases.value(it.key()));
    }
    return bars;
}

// Where a bar comes in `order`: its first name's place, or after every named one.
qsizetype placeInOrder(const CategoryBar& bar, const QStringList& order)
{
    qsizetype place = order.size();
    for (const QString& name : bar.names)
        if (const qsizetype at = order.indexOf(name); at >= 0)
            place = std::min(place, at);
    return place;
}

} // namespace

QList<CategoryBar> categoryBars(const QMap<QString, int>& counts, const CategoryBarOptions& options,
                                const QMap<QString, QStringList>& cases)
{
    QList<CategoryBar> bars = barsByLabel(counts, options, cases);
    std::sort(bars.begin(), bars.end(), [&options](const CategoryBar& a, const CategoryBar& b) {
        const qsizetype placeA = placeInOrder(a, options.order);
        const qsizetype placeB = placeInOrder(b, options.order);
        if (placeA != placeB)
            return placeA < placeB;
        if (a.count != b.count)
            return a.count > b.count;
        return a.label < b.label;
    });
    if (options.limit > 0 && bars.size() > options.limit) {
        const qsizetype kept = options.limit - 1;
        CategoryBar other{QStringLiteral("Other (%1 more)").arg(bars.size() - kept), 0, {}, {}};
        for (qsizetype i = kept; i < bars.size(); ++i) {
            other.count += bars.at(i).count;
            other.names << bars.at(i).names;
            addCases(other, bars.at(i).caseRefs);
        }
        bars.resize(kept);
        bars << other;
    }
    return bars;
}

} // namespace reviewdesk
