#include "pages/hintedtableview.h"

#include <QPainter>

namespace reviewdesk::ui {

HintedTableView::HintedTableView(QWidget* parent) : QTableView(parent) {}

void HintedTableView::setEmptyHint(HintText hint)
{
    m_hint = std::move(hint);
    updateHint();
}

QString HintedTableView::shownHint() const
{
    if (!m_hint || (model() && model()->rowCount() > 0))
        return {};
    return m_hint();
}

void HintedTableView::paintEvent(QPaintEvent* event)
{
    QTableView::paintEvent(event);
    const QString hint = shownHint();
    if (hint.isEmpty())
        return;
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    const int margin = fontMetrics().height();
    painter.drawText(viewport()->rect().adjusted(margin, margin, -margin, -margin),
                     Qt::AlignCenter | Qt::TextWordWrap, hint);
}

void HintedTableView::setModel(QAbstractItemModel* model)
{
    QTableView::setModel(model);
    if (model) {
        // A table that fills or empties is painted afresh.
        for (auto rowsChanged :
             {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(model, rowsChanged, this, &HintedTableView::updateHint, Qt::UniqueConnection);
        connect(model, &QAbstractItemModel::modelReset, this, &HintedTableView::updateHint,
                Qt::UniqueConnection);
        connect(model, &QAbstractItemModel::layoutChanged, this, &HintedTableView::updateHint,
                Qt::UniqueConnection);
    }
    updateHint();
}

// Screen readers hear the hint as the table's description.
void HintedTableView::updateHint()
{
    setAccessibleDescription(shownHint());
    viewport()->update();
}

} // namespace reviewdesk::ui
