// DeferredIconStyle: standard icons read on first use, so that making the main
// window's menu bar loads no image plugin before the window is first painted.
// Its own executable: no other test may have read an image first.
#include "catch.h"
#include "window/deferrediconstyle.h"

#include <QApplication>
#include <QFile>
#include <QMainWindow>
#include <QMenuBar>

using namespace reviewdesk::ui;

namespace {

// Whether a Qt image-format plugin (which reading any image loads) is mapped
// into this process.
bool imagePluginLoaded()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    REQUIRE(maps.open(QIODevice::ReadOnly));
    return maps.readAll().contains("/imageformats/");
}

QImage imageOf(const QIcon& icon, QIcon::Mode mode = QIcon::Normal)
{
    return icon.pixmap(QSize(32, 32), mode).toImage();
}

} // namespace

TEST_CASE("A window with a menu bar is made and painted without reading an image")
{
    QApplication::setStyle(new DeferredIconStyle);
    {
        QMainWindow window;
        window.menuBar()->addMenu(QStringLiteral("&File"));
        window.resize(400, 300);
        window.show();
        window.grab(); // paints it
        CHECK_FALSE(imagePluginLoaded());

        // The menu bar's own icon, drawn the first time it is asked for.
        const QIcon extension = window.style()->standardIcon(
            QStyle::SP_ToolBarHorizontalExtensionButton, nullptr, &window);
        CHECK_FALSE(extension.isNull());
        CHECK_FALSE(imagePluginLoaded());
        CHECK_FALSE(imageOf(extension).isNull());
        CHECK(imagePluginLoaded());
    }
    QApplication::setStyle(QStringLiteral("fusion"));
}

TEST_CASE("A deferred standard icon draws exactly what the style itself draws")
{
    DeferredIconStyle deferred;
    const QStyle* base = deferred.baseStyle();
    for (const QStyle::StandardPixmap which :
         {QStyle::SP_ToolBarHorizontalExtensionButton, QStyle::SP_MessageBoxWarning,
          QStyle::SP_DialogOkButton, QStyle::SP_ArrowBack}) {
        CAPTURE(int(which));
        const QIcon late = deferred.standardIcon(which);
        const QIcon now = base->standardIcon(which);
        CHECK(late.availableSizes() == now.availableSizes());
        CHECK(late.actualSize(QSize(32, 32)) == now.actualSize(QSize(32, 32)));
        CHECK(imageOf(late) == imageOf(now));
        CHECK(imageOf(late, QIcon::Disabled) == imageOf(now, QIcon::Disabled));
        // Copies share nothing that breaks: the copy draws the same.
        const QIcon copy = late;
        CHECK(imageOf(copy) == imageOf(now));
    }
}
