// A table that says what to do when it has no rows. A blank grid on a new
// register reads as "something is broken"; a line in the middle of the empty
// table saying what belongs there and how to add it does not.
#pragma once

#include <QTableView>

#include <functional>

namespace reviewdesk::ui {

class HintedTableView : public QTableView
{
    Q_OBJECT

public:
    // Asked each time the table is painted empty, so the words can follow the
    // page's state ("No action matches the filters" against "No actions yet").
    using HintText = std::function<QString()>;

    explicit HintedTableView(QWidget* parent = nullptr);

    void setEmptyHint(HintText hint);
    void setModel(QAbstractItemModel* model) override;
    // The words painted now: the hint when the table has no rows, else none.
    QString shownHint() const;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void updateHint();

    HintText m_hint;
};

} // namespace reviewdesk::ui
