// A table with no rows says what belongs there, painted in its middle and
// given to screen readers; a table with rows does not.
#include "catch.h"
#include "pages/hintedtableview.h"

#include <QImage>
#include <QStandardItemModel>

using reviewdesk::ui::HintedTableView;

namespace {

// Pixels in the viewport's middle band that differ from its background: the
// hint's letters, since an empty table paints nothing else there.
int inkInMiddle(HintedTableView& view)
{
    QWidget* viewport = view.viewport();
    const QImage image = viewport->grab().toImage();
    const QRgb background = viewport->palette().color(QPalette::Base).rgb();
    int ink = 0;
    for (int y = image.height() / 3; y < 2 * image.height() / 3; ++y)
        for (int x = 0; x < image.width(); ++x)
            ink += image.pixel(x, y) != background ? 1 : 0;
    return ink;
}

} // namespace

TEST_CASE("an empty table shows its hint, and stops when a row arrives")
{
    QStandardItemModel model(0, 2);
    HintedTableView view;
    view.setModel(&model);
    view.resize(400, 300);
    int asked = 0;
    view.setEmptyHint([&asked] {
        ++asked;
        return QStringLiteral("No people yet.");
    });
    view.show();

    CHECK(view.shownHint() == QStringLiteral("No people yet."));
    CHECK(view.accessibleDescription() == QStringLiteral("No people yet."));
    CHECK(inkInMiddle(view) > 50);

    model.appendRow({new QStandardItem(QStringLiteral("K. Farrow")), new QStandardItem()});
    CHECK(view.shownHint().isEmpty());
    CHECK(view.accessibleDescription().isEmpty());
    CHECK(inkInMiddle(view) == 0);

    // The words are asked for afresh when the table empties again.
    const int before = asked;
    model.removeRows(0, 1);
    CHECK(asked > before);
    CHECK(view.accessibleDescription() == QStringLiteral("No people yet."));
    CHECK(inkInMiddle(view) > 50);
}

TEST_CASE("a table without a hint paints nothing in its empty middle")
{
    QStandardItemModel model(0, 2);
    HintedTableView view;
    view.setModel(&model);
    view.resize(400, 300);
    view.show();
    CHECK(view.shownHint().isEmpty());
    CHECK(inkInMiddle(view) == 0);
}
