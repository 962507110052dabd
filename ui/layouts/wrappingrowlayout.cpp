#include "wrappingrowlayout.h"

#include <QStyle>
#include <QWidget>

#include <algorithm>

namespace reviewdesk::ui {
namespace {

// The style's spacing between widgets side by side or stacked, or a plain
// default where the style leaves it to each layout.
int styleGap(const QLayout& layout, QStyle::PixelMetric metric)
{
    if (const QWidget* widget = layout.parentWidget()) {
        const int gap = widget->style()->pixelMetric(metric, nullptr, widget);
        if (gap >= 0)
            return gap;
    }
    return 6;
}

} // namespace

WrappingRowLayout::WrappingRowLayout(QWidget* parent) : QLayout(parent) {}

WrappingRowLayout::~WrappingRowLayout()
{
    qDeleteAll(m_items);
}

void WrappingRowLayout::addItem(QLayoutItem* item)
{
    m_items.append(item);
}

int WrappingRowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem* WrappingRowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem* WrappingRowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    return m_items.takeAt(index);
}

Qt::Orientations WrappingRowLayout::expandingDirections() const
{
    return {};
}

bool WrappingRowLayout::hasHeightForWidth() const
{
    return true;
}

int WrappingRowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize WrappingRowLayout::minimumSize() const
{
    // As narrow as the widest item allows; as tall as one row. The height the
    // rows need at a given width is heightForWidth's, which Qt's box layouts
    // ask for; a window squeezed shorter than that overlaps the second row,
    // the usual compromise of a wrapping layout.
    QSize size;
    for (const QLayoutItem* item : m_items)
        size = size.expandedTo(item->minimumSize());
    const QMargins margins = contentsMargins();
    return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
}

QSize WrappingRowLayout::sizeHint() const
{
    // Everything on one row.
    int width = 0;
    int height = 0;
    for (const QLayoutItem* item : m_items) {
        if (item->isEmpty())
            continue;
        width += (width > 0 ? horizontalGap() : 0) + item->sizeHint().width();
        height = std::max(height, item->sizeHint().height());
    }
    const QMargins margins = contentsMargins();
    return {width + margins.left() + margins.right(), height + margins.top() + margins.bottom()};
}

void WrappingRowLayout::setGeometry(const QRect& rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int WrappingRowLayout::horizontalGap() const
{
    return spacing() >= 0 ? spacing() : styleGap(*this, QStyle::PM_LayoutHorizontalSpacing);
}

int WrappingRowLayout::verticalGap() const
{
    return spacing() >= 0 ? spacing() : styleGap(*this, QStyle::PM_LayoutVerticalSpacing);
}

namespace {

// The width an item gets: what it asks for, within the area, never below its minimum.
int placedWidth(const QLayoutItem* item, int areaWidth)
{
    return std::max(std::min(item->sizeHint().width(), areaWidth), item->minimumSize().width());
}

} // namespace

int WrappingRowLayout::arrange(const QRect& rect, bool place) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int gap = horizontalGap();

    // Split the items into rows first: the last item is placed against the
    // right edge of its row, which needs the rows to be known.
    QList<QList<QLayoutItem*>> rows;
    int rowWidth = 0;
    for (QLayoutItem* item : m_items) {
        if (item->isEmpty())
            continue;
        const int width = placedWidth(item, area.width());
        if (rows.isEmpty() || rowWidth + gap + width > area.width()) {
            rows.append({item});
            rowWidth = width;
        } else {
            rows.last().append(item);
            rowWidth += gap + width;
        }
    }

    int y = area.top();
    for (const QList<QLayoutItem*>& row : rows) {
        int rowHeight = 0;
        for (const QLayoutItem* item : row)
            rowHeight = std::max(rowHeight, item->sizeHint().height());
        if (place) {
            int x = area.left();
            for (QLayoutItem* item : row) {
                const int width = placedWidth(item, area.width());
                if (item == rows.last().last())
                    x = std::max(x, area.right() + 1 - width);
                item->setGeometry(QRect(x, y, width, rowHeight));
                x += width + gap;
            }
        }
        y += rowHeight + verticalGap();
    }
    if (!rows.isEmpty())
        y -= verticalGap();
    return y - area.top() + contentsMargins().top() + contentsMargins().bottom();
}

} // namespace reviewdesk::ui
