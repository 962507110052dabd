// A virtual X display (Xvfb) of the benchmark's own, for its desktop processes
// when it runs where there is no display. Their first paint then goes through
// a window system, as it does on a panel member's desktop, rather than into
// the offscreen platform's memory, where there is no window to map and the
// bare yardstick window does next to nothing.
#pragma once

#include <QProcess>
#include <QString>

namespace reviewdesk::bench {

class VirtualDisplay
{
public:
    // Starts Xvfb on a free display number, which the server picks and
    // reports itself (-displayfd), so two runs at once cannot collide. What
    // the server says goes to the file at `logPath`.
    explicit VirtualDisplay(const QString& logPath);
    ~VirtualDisplay();
    VirtualDisplay(const VirtualDisplay&) = delete;
    VirtualDisplay& operator=(const VirtualDisplay&) = delete;

    bool isRunning() const { return !m_name.isEmpty(); }
    // The DISPLAY value, ":N"; empty when the server could not be started.
    QString name() const { return m_name; }
    // Why there is no display: Xvfb not installed, or how it failed.
    QString error() const { return m_error; }

private:
    QProcess m_server;
    QString m_name;
    QString m_error;
};

} // namespace reviewdesk::bench
