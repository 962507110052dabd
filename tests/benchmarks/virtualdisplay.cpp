#include "virtualdisplay.h"

#include <QStandardPaths>

namespace reviewdesk::bench {
namespace {

constexpr int kServerStartTimeoutMs = 10000;

} // namespace

VirtualDisplay::VirtualDisplay()
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("Xvfb"));
    if (program.isEmpty()) {
        m_error = QStringLiteral("Xvfb is not installed");
        return;
    }
    // The screen the app's default window (1200 by 780) fits on; no network
    // listener, as nothing outside this machine draws on it.
    m_server.start(program,
                   {QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-screen"),
                    QStringLiteral("0"), QStringLiteral("1400x900x24"), QStringLiteral("-nolisten"),
                    QStringLiteral("tcp")});
    QByteArray output;
    // The server writes its display number once it accepts connections.
    while (!output.contains('\n')) {
        if (!m_server.waitForReadyRead(kServerStartTimeoutMs)) {
            m_error = QStringLiteral("Xvfb did not start: %1")
                          .arg(QString::fromLocal8Bit(m_server.readAllStandardError()).trimmed());
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
