#include "window/daywatcher.h"

#include <algorithm>

namespace reviewdesk::ui {
namespace {

constexpr qint64 kLongestWaitMs = 60 * 60 * 1000;

} // namespace

DayWatcher::DayWatcher(QObject* parent) : DayWatcher(&QDateTime::currentDateTime, parent) {}

DayWatcher::DayWatcher(Clock clock, QObject* parent)
    : QObject(parent), m_clock(std::move(clock)), m_day(m_clock().date())
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::VeryCoarseTimer); // a second late is on time here
    connect(&m_timer, &QTimer::timeout, this, &DayWatcher::check);
    scheduleNextLook();
}

void DayWatcher::check()
{
    const QDate today = m_clock().date();
    if (today != m_day) {
        m_day = today;
        emit dayChanged(today);
    }
    scheduleNextLook();
}

void DayWatcher::scheduleNextLook()
{
    const QDateTime now = m_clock();
    // A second past midnight, so the clock reads the new day.
    const QDateTime next(now.date().addDays(1), QTime(0, 0, 1));
    m_timer.start(int(std::clamp<qint64>(now.msecsTo(next), 1000, kLongestWaitMs)));
}

} // namespace reviewdesk::ui
