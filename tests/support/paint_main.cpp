// Entry point of core tests that paint text (PDF reports): fonts need a
// QGuiApplication (offscreen unless told otherwise), then Catch2 runs.
#include "catchsession.h"

#include <QGuiApplication>

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    return runCatchSession(argc, argv);
}
