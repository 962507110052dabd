// reviewdesk-bare-window: an empty QMainWindow that reports its first paint as
// the desktop application does (REVIEWDESK_FIRST_PAINT_PROBE), the yardstick
// of gui_start_ratio: what any Qt Widgets program costs to start here.
//
// "Its first paint" is the same moment in both: from the event loop, just
// after the whole window has been painted and handed to the window system
// (the application's whenPainted, ui/window/firstpaint.h). Reporting from
// inside the paint event instead would stop the bare window's clock before
// its window reaches the screen, and the application's after.
//
// With --label it shows one line of text instead: a second yardstick that
// pays, as every window with words in it does, for loading the system's font
// configuration, which the empty window never touches.
#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QPaintEvent>
#include <QTimer>

#include <cstdio>

namespace {

class BareWindow : public QMainWindow
{
protected:
    void paintEvent(QPaintEvent* event) override
    {
        QMainWindow::paintEvent(event);
        if (!m_reported) {
            m_reported = true;
            QTimer::singleShot(0, this, [] {
                std::fputs("painted\n", stdout);
                std::fflush(stdout);
            });
        }
    }

private:
    bool m_reported = false;
};

} // namespace

int main(int argc, char* argv[])
{
    QApplication::setHighDpiScaleFactorRoundingPolicy(
        Qt::HighDpiScaleFactorRoundingPolicy::PassThrough);
    QApplication app(argc, argv);
    BareWindow window;
    if (QApplication::arguments().contains(QStringLiteral("--label")))
        window.setCentralWidget(new QLabel(QStringLiteral("ReviewDesk")));
    window.resize(1200, 780);
    window.show();
    return QApplication::exec();
}
