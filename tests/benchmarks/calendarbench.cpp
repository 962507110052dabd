// calendar_add_per_s and calendar_between_per_s: WorkingCalendar's two queries
// over random dates from 2000 to 2040, the inputs drawn before the clock starts.
#include "benchmark.h"
#include "calendar/workingcalendar.h"

#include <random>

namespace reviewdesk::bench {
namespace {

struct Inputs
{
    std::vector<QDate> from;
    std::vector<QDate> to;
    std::vector<int> offsets;
};

Inputs randomInputs(int count, quint32 seed)
{
    std::mt19937 random(seed);
    const qint64 first = QDate(2000, 1, 1).toJulianDay();
    const qint64 last = QDate(2040, 12, 31).toJulianDay();
    std::uniform_int_distribution<qint64> day(first, last);
    std::uniform_int_distribution<int> offset(-30, 130);
    Inputs inputs;
    inputs.from.reserve(std::size_t(count));
    inputs.to.reserve(std::size_t(count));
    inputs.offsets.reserve(std::size_t(count));
    for (int i = 0; i < count; ++i) {
        inputs.from.push_back(QDate::fromJulianDay(day(random)));
        inputs.to.push_back(QDate::fromJulianDay(day(random)));
        inputs.offsets.push_back(offset(random));
    }
    return inputs;
}

} // namespace

void measureCalendar(const RunSettings& settings, Results& results)
{
    const Inputs inputs = randomInputs(settings.calendarPairs, settings.seed);
    const WorkingCalendar calendar;
    const std::size_t count = inputs.from.size();

    // The checksums are printed so the compiler cannot drop the work.
    qint64 checksum = 0;
    QElapsedTimer timer;
    timer.start();
    for (std::size_t i = 0; i < count; ++i)
        checksum += calendar.addWorkingDays(inputs.from[i], inputs.offsets[i]).toJulianDay();
    const double addSeconds = elapsedMs(timer) / 1000;
    results.add({QStringLiteral("calendar_add_per_s"), double(count) / addSeconds,
                 QStringLiteral("per s"), 20e6, true,
                 QStringLiteral("addWorkingDays, %1 random pairs").arg(count)});

    timer.restart();
    for (std::size_t i = 0; i < count; ++i)
        checksum += calendar.workingDaysBetween(inputs.from[i], inputs.to[i]);
    const double betweenSeconds = elapsedMs(timer) / 1000;
    results.add({QStringLiteral("calendar_between_per_s"), double(count) / betweenSeconds,
                 QStringLiteral("per s"), 20e6, true,
                 QStringLiteral("workingDaysBetween, %1 random pairs").arg(count)});
    results.observe(QStringLiteral("calendar checksum"), QString::number(checksum));
}

} // namespace reviewdesk::bench
