// The About dialog shows the running versions, the licence text and the
// notices; the Help menu reaches it and Qt's own About box.
#include "applicationresources.h"
#include "catch.h"
#include "qtprinters.h"
#include "window/aboutdialog.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QKeyEvent>
#include <QLabel>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>

#include <sqlite3.h>

using namespace reviewdesk;
using namespace reviewdesk::ui;

TEST_CASE("the version details name ReviewDesk, Qt and SQLite as they run")
{
    const QStringList lines = AboutDialog::versionDetails().split(QLatin1Char('\n'));
    REQUIRE(lines.size() == 5);
    CHECK(lines.at(0) == QStringLiteral("ReviewDesk " REVIEWDESK_VERSION));
    CHECK(lines.at(1) == QStringLiteral("Qt %1").arg(QString::fromLatin1(qVersion())));
    CHECK(lines.at(2) ==
          QStringLiteral("SQLite %1").arg(QString::fromLatin1(sqlite3_libversion())));
    CHECK_FALSE(lines.at(3).isEmpty());
    CHECK(lines.at(4).isEmpty());
}

TEST_CASE("the About dialog has the about, licence and notices tabs")
{
    AboutDialog dialog;
    QTabWidget* tabs = dialog.tabs();
    REQUIRE(tabs->count() == 3);
    CHECK(tabs->tabText(0) == QStringLiteral("&About"));
    CHECK(tabs->tabText(1) == QStringLiteral("&Licence"));
    CHECK(tabs->tabText(2) == QStringLiteral("&Third-party notices"));

    auto* title = dialog.findChild<QLabel*>(QStringLiteral("aboutTitle"));
    REQUIRE(title);
    CHECK(title->text().contains(QStringLiteral(">ReviewDesk " REVIEWDESK_VERSION "<")));

    auto* about = dialog.findChild<QLabel*>(QStringLiteral("aboutText"));
    REQUIRE(about);
    CHECK(about->text().contains(QStringLiteral("GPL-3.0-or-later")));
    CHECK(about->text().contains(
        QStringLiteral("<tr><td>SQLite</td><td>%1</td></tr>").arg(sqlite3_libversion())));

    auto* notices = dialog.findChild<QLabel*>(QStringLiteral("noticesText"));
    REQUIRE(notices);
    CHECK(notices->text().contains(QStringLiteral("<b>Qt %1</b>").arg(qVersion())));
    CHECK(notices->text().contains(QStringLiteral("SQLite is in the public domain")));
    CHECK(notices->text().contains(QStringLiteral("Used by the test suite only")));
}

TEST_CASE("the licence tab shows the whole LICENSE file")
{
    QFile license(QStringLiteral(REVIEWDESK_SOURCE_DIR "/LICENSE"));
    REQUIRE(license.open(QIODevice::ReadOnly));
    const QString expected = QString::fromUtf8(license.readAll());
    REQUIRE(expected.size() > 30000);

    AboutDialog dialog;
    CHECK(dialog.licenceView()->isReadOnly());
    CHECK(dialog.licenceView()->toPlainText() == expected);
    CHECK(dialog.licenceView()->toPlainText().contains(QStringLiteral(
        "GNU GENERAL PUBLIC LICENSE\n                       Version 3, 29 June 2007")));
}

TEST_CASE("Copy Version Details puts the version details on the clipboard")
{
    QApplication::clipboard()->clear();
    AboutDialog dialog;
    auto* copy = dialog.findChild<QPushButton*>(QStringLiteral("copyVersionButton"));
    REQUIRE(copy);
    copy->click();
    CHECK(QApplication::clipboard()->text() == AboutDialog::versionDetails());
}

TEST_CASE("Escape closes the About dialog")
{
    AboutDialog dialog;
    dialog.show();
    REQUIRE(dialog.isVisible());
    QKeyEvent escape(QEvent::KeyPress, Qt::Key_Escape, Qt::NoModifier);
    QApplication::sendEvent(&dialog, &escape);
    CHECK_FALSE(dialog.isVisible());
    CHECK(dialog.result() == QDialog::Rejected);
}

TEST_CASE("the application icon comes in every hicolor size from 16 to 256")
{
    const QIcon icon = applicationIcon();
    REQUIRE_FALSE(icon.isNull());
    const QList<QSize> expected{{16, 16}, {22, 22}, {24, 24},   {32, 32},
                                {48, 48}, {64, 64}, {128, 128}, {256, 256}};
    QList<QSize> sizes = icon.availableSizes();
    std::sort(sizes.begin(), sizes.end(),
              [](const QSize& a, const QSize& b) { return a.width() < b.width(); });
    CHECK(sizes == expected);
}

TEST_CASE("the Help menu offers About ReviewDesk and About Qt")
{
    MainWindow window;
    QMenu* help = nullptr;
    for (QAction* menu : window.menuBar()->actions())
        if (menu->text() == QStringLiteral("&Help"))
            help = menu->menu();
    REQUIRE(help);
    QStringList texts;
    for (QAction* item : help->actions())
        texts << item->text();
    const qsizetype about = texts.indexOf(QStringLiteral("&About ReviewDesk"));
    REQUIRE(about >= 0);
    REQUIRE(about + 1 < texts.size());
    CHECK(texts.at(about + 1) == QStringLiteral("About &Qt"));
    CHECK(help->actions().at(about)->menuRole() == QAction::AboutRole);
    CHECK(help->actions().at(about + 1)->menuRole() == QAction::AboutQtRole);
}
