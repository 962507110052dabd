// Test entry point: a QCoreApplication exists (QtSql needs one to load its
// driver), then Catch2 runs. GUI tests use their own main with a QApplication.
#include "catchsession.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    return runCatchSession(argc, argv);
}
