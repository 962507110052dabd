// StatusDelegate: paints a cell that carries a StatusRole as a rounded pill in
// the status colours, with the cell's text inside (never colour alone); any
// other cell is painted as usual, so it can be set on a whole view.
#pragma once

#include <QStyledItemDelegate>

namespace reviewdesk::ui {

class StatusDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit StatusDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // What assistive technology reads for a cell: its text, with the status in
    // words when the text alone does not carry it.
    static QString accessibleText(const QModelIndex& index);
};

} // namespace reviewdesk::ui
