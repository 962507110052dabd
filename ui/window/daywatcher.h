// DayWatcher: notices that the calendar day has turned, so a window left open
// overnight shows every deadline as of the new day ("due today" yesterday is
// "overdue" now). It looks just after each local midnight, at least hourly
// (a clock moved, a sleep that held the timer back), and when asked to,
// as the window does whenever the application becomes active again.
#pragma once

#include <QDate>
#include <QObject>
#include <QTimer>

#include <functional>

namespace reviewdesk::ui {

class DayWatcher : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    explicit DayWatcher(QObject* parent = nullptr);
    // With another clock, for tests.
    DayWatcher(Clock clock, QObject* parent);

    QDate day() const { return m_day; }
    int nextLookInMs() const { return m_timer.interval(); }
    // Looks at the clock now; emits dayChanged once if the day is not the last one seen.
    void check();

signals:
    void dayChanged(const QDate& day);

private:
    void scheduleNextLook();

    Clock m_clock;
    QDate m_day;
    QTimer m_timer;
};

} // namespace reviewdesk::ui
