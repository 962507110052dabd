// WrappingRowLayout: groups in a row, a new row for a group that does not fit,
// the last group against the right edge of its row.
#include "catch.h"
#include "layouts/wrappingrowlayout.h"
#include "qtprinters.h"

#include <QWidget>

using namespace reviewdesk::ui;

namespace {

// A container with fixed-size groups, 10 pixels apart. A row is as tall as its
// tallest group; a fixed-size group keeps its own height, centred in the row.
struct Row
{
    QWidget container;
    WrappingRowLayout* layout = new WrappingRowLayout(&container);
    QList<QWidget*> groups;

    explicit Row(std::initializer_list<QSize> sizes)
    {
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(10);
        for (const QSize& size : sizes) {
            auto* group = new QWidget;
            group->setFixedSize(size);
            layout->addWidget(group);
            groups.append(group);
        }
    }

    void arrange(int width)
    {
        layout->setGeometry(QRect(0, 0, width, layout->heightForWidth(width)));
    }
};

} // namespace

TEST_CASE("groups that fit share one row, the last against the right edge")
{
    Row row{{300, 30}, {200, 20}};
    row.arrange(600);
    CHECK(row.groups[0]->geometry() == QRect(0, 0, 300, 30));
    CHECK(row.groups[1]->geometry() == QRect(400, 5, 200, 20));
    CHECK(row.layout->heightForWidth(600) == 30);
    CHECK(row.layout->sizeHint() == QSize(510, 30));
}

TEST_CASE("a group that does not fit starts a new row, whole")
{
    Row row{{300, 30}, {200, 20}};
    row.arrange(400);
    CHECK(row.groups[0]->geometry() == QRect(0, 0, 300, 30));
    CHECK(row.groups[1]->geometry() == QRect(200, 40, 200, 20));
    CHECK(row.layout->heightForWidth(400) == 60);
    // The window may be as narrow as the widest group, one row tall.
    CHECK(row.layout->minimumSize() == QSize(300, 30));
}

TEST_CASE("groups before the last stay at the left of their rows")
{
    Row row{{300, 30}, {200, 20}, {100, 25}};
    row.arrange(520); // 300 + 10 + 200 fit exactly; 100 more do not
    CHECK(row.groups[0]->geometry() == QRect(0, 0, 300, 30));
    CHECK(row.groups[1]->geometry() == QRect(310, 5, 200, 20));
    CHECK(row.groups[2]->geometry() == QRect(420, 40, 100, 25));
    CHECK(row.layout->heightForWidth(520) == 65);

    row.arrange(300); // one group to a row
    CHECK(row.groups[1]->geometry() == QRect(0, 40, 200, 20));
    CHECK(row.groups[2]->geometry() == QRect(200, 70, 100, 25));
    CHECK(row.layout->heightForWidth(300) == 95);
}

TEST_CASE("a hidden group takes no room")
{
    Row row{{300, 30}, {200, 20}, {100, 25}};
    row.groups[1]->hide();
    row.arrange(420);
    CHECK(row.groups[0]->geometry() == QRect(0, 0, 300, 30));
    CHECK(row.groups[2]->geometry() == QRect(320, 2, 100, 25));
    CHECK(row.layout->heightForWidth(420) == 30);
}
