#include "virtualdisplay.h"

#include <QFile>
#include <QStandardPaths>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace reviewdesk::bench {
namespace {

constexpr int kServerStartTimeoutMs = 10000;

} // namespace

VirtualDisplay::VirtualDisplay(const QString& logPath)
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("Xvfb"));
    if (program.isEmpty()) {
        m_error = QStringLiteral("Xvfb is not installed");
        return;
    }
    // The screen the app's default window (1200 by 780) fits on; no network
    // listener, as nothing outside this machine draws on it. -noreset: by
    // default the server resets whenever its last client leaves, which here
    // is after every start timed, and the next program to connect would wait
    // for that reset (some 25 ms), as no program on a desktop does.
    m_server.setStandardErrorFile(logPath);
#ifdef Q_OS_LINUX
    // Ended with the benchmark, even when that is killed.
    m_server.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    m_server.start(program,
                   {QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-noreset"),
                    QStringLiteral("-screen"), QStringLiteral("0"), QStringLiteral("1400x900x24"),
                    QStringLiteral("-nolisten"), QStringLiteral("tcp")});
    QByteArray output;
    // The server writes its display number once it accepts connections.
    while (!output.contains('\n')) {
        if (!m_server.waitForReadyRead(kServerStartTimeoutMs)) {
            QFile log(logPath);
            m_error = QStringLiteral("Xvfb did not start: %1")
                          .arg(log.open(QIODevice::ReadOnly)
                                   ? QString::fromLocal8Bit(log.readAll()).trimmed()
                                   : m_server.errorString());
            return;
        }
        output += m_server.readAllStandardOutput();
    }
    bool isNumber = false;
    const int number = output.trimmed().toInt(&isNumber);
    if (!isNumber) {
        m_error = QStringLiteral("Xvfb reported no display number");
        return;
    }
    m_name = QStringLiteral(":%1").arg(number);
}

VirtualDisplay::~VirtualDisplay()
{
    if (m_server.state() == QProcess::NotRunning)
        return;
    m_server.terminate();
    if (!m_server.waitForFinished(kServerStartTimeoutMs))
        m_server.kill();
}

} // namespace reviewdesk::bench
