// Entry point of the GUI tests: a QApplication (offscreen in CI), then Catch2.
#include "catchsession.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    return runCatchSession(argc, argv);
}
