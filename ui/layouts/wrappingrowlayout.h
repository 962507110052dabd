// WrappingRowLayout: lays its items out left to right and starts a new row for
// an item that does not fit, so a page's controls never make the window wider
// than the user left it. The last item keeps to the right edge of its row,
// where a toolbar's view controls usually sit.
//
// Items are meant to be groups (a widget holding a label and its field, or a
// few buttons), so a group always wraps whole.
#pragma once

#include <QLayout>
#include <QList>

namespace reviewdesk::ui {

class WrappingRowLayout : public QLayout
{
public:
    explicit WrappingRowLayout(QWidget* parent = nullptr);
    ~WrappingRowLayout() override;

    void addItem(QLayoutItem* item) override;
    int count() const override;
    QLayoutItem* itemAt(int index) const override;
    QLayoutItem* takeAt(int index) override;

    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect& rect) override;

private:
    // Places the items within rect (when place is true) and returns the height used.
    int arrange(const QRect& rect, bool place) const;
    int horizontalGap() const;
    int verticalGap() const;

    QList<QLayoutItem*> m_items;
};

} // namespace reviewdesk::ui
