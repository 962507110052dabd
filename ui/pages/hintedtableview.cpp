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
    // A table that fills or empties is painted afresh; a model replaced no
    // longer repaints it. Only this view's own connections are touched: the
    // item view's are its own business.
    const auto follow = [this](QAbstractItemModel* watched, bool on) {
        const auto link = [&](auto signal) {
            if (on)
                connect(watched, signal, this, &HintedTableView::updateHint, Qt::UniqueConnection);
            else
                disconnect(watched, signal, this, &HintedTableView::updateHint);
        };
        link(&QAbstractItemModel::rowsInserted);
        link(&QAbstractItemModel::rowsRemoved);
        link(&QAbstractItemModel::modelReset);
        link(&QAbstractItemModel::layoutChanged);
    };
    if (this->model() && this->model() != model)
        follow(this->model(), false);
    QTableView::setModel(model);
    if (model)
        follow(model, true);
    updateHint();
}

// Screen readers hear the hint as the table's description.
void HintedTableView::updateHint()
{
    setAccessibleDescription(shownHint());
    viewport()->update();
}

} // namespace reviewdesk::ui
