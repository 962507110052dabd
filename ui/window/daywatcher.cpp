#include "window/daywatcher.h"

#include <QTimeZone>

#include <algorithm>

namespace reviewdesk::ui {
namespace {

constexpr qint64 kLongestWaitMs = 60 * 60 * 1000;

} // namespace

DayWatcher::DayWatcher(QObject* parent)
    : DayWatcher([] { return QDateTime::currentDateTime(); }, parent)
{}

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
    // A second into the new day, so the clock reads it. startOfDay: where the
    // clocks go forward at midnight, the day starts at 01:00.
    const QDateTime next = now.date().addDays(1).startOfDay(now.timeZone()).addSecs(1);
    const qint64 wait = next.isValid() ? now.msecsTo(next) : 0;
    m_timer.start(int(wait > 0 ? std::min(wait, kLongestWaitMs) : kLongestWaitMs));
}

} // namespace reviewdesk::ui
