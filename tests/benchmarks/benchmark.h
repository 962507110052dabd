// The benchmark's shared vocabulary: a metric with its target, the settings of
// one run (full or quick), and small timing helpers. Every measurement runs the
// code the application and the command-line tool run, never a copy of it.
#pragma once

#include <QDate>
#include <QElapsedTimer>
#include <QList>
#include <QString>

#include <algorithm>
#include <optional>
#include <vector>

namespace reviewdesk::bench {

struct Metric
{
    QString name;
    double value = 0;
    QString unit;
    double target = 0;
    bool higherIsBetter = false; // a rate, rather than a time or a size
    QString note;                // how it was measured

    bool met() const { return higherIsBetter ? value >= target : value <= target; }
};

// A figure shown under the table that has no target of its own.
struct Observation
{
    QString name;
    QString text;
};

struct RunSettings
{
    bool quick = false;
    int cases = 50000; // the size of the generated register
    int calendarPairs = 10000000;
    int keystrokes = 50;
    int saves = 200;
    int repeats = 5; // of the whole-file measurements, whose median counts
    quint32 seed = 8;
    QDate today{2026, 6, 30}; // the generator's and every deadline's "today"
    QString folder;           // a temporary folder for the files
    QString binFolder;        // where reviewdesk, reviewdesk-cli and the bare window live
    QString databasePath() const;
};

class Results
{
public:
    void add(Metric metric) { m_metrics.append(std::move(metric)); }
    void observe(const QString& name, const QString& text) { m_observations.append({name, text}); }

    const QList<Metric>& metrics() const { return m_metrics; }
    const QList<Observation>& observations() const { return m_observations; }

private:
    QList<Metric> m_metrics;
    QList<Observation> m_observations;
};

inline double elapsedMs(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

inline double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const std::size_t middle = values.size() / 2;
    return values.size() % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

// The groups of measurements, in the order a run takes them.
void measureCalendar(const RunSettings& settings, Results& results);
// Creates the register file the later groups read.
bool measureDemo(const RunSettings& settings, Results& results);
void measureOpen(const RunSettings& settings, Results& results);
void measureDeadlinesCli(const RunSettings& settings, Results& results);
void measureRegisterView(const RunSettings& settings, Results& results);
void measurePageMaking(const RunSettings& settings, Results& results);
void measureSave(const RunSettings& settings, Results& results);
void measureAnnualReport(const RunSettings& settings, Results& results);
void measureDesktopStart(const RunSettings& settings, Results& results);

} // namespace reviewdesk::bench
