// The Charts page: how timely the partnership is, for a chosen period. Seven
// charts from the core's statistics, drawn by the charts module; each exports
// to PNG, and clicking a bar lists the cases behind it.
#pragma once

#include <QWidget>

class QGridLayout;
class QLabel;
class QListWidget;
class QScrollArea;

namespace reviewdesk::ui {

class AppSession;
class PeriodSelector;
struct ChartsModule;

class ChartsPage : public QWidget
{
    Q_OBJECT

public:
    // Draws with the charts module installed with the application.
    explicit ChartsPage(AppSession* session, QWidget* parent = nullptr);
    // Draws with `module`, which must outlive the page: for tests of a module
    // that could not be loaded.
    ChartsPage(AppSession* session, const ChartsModule& module, QWidget* parent = nullptr);

    // The charts' views (QChartView), drawn by the charts module; none when
    // it could not be loaded, and the page says why instead.
    QList<QWidget*> chartViews() const { return m_views; }
    // Charts side by side: two where two fit at their minimum width, else one.
    int chartColumns() const { return m_columns; }
    PeriodSelector* periodSelector() const { return m_period; }
    // Saves one chart as a PNG image; false when it cannot be written.
    bool exportChart(int index, const QString& path) const;

signals:
    void openCaseRequested(const QString& ref);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void rebuild();
    // Puts the charts in one or two columns to suit the scroll area's width.
    void arrangeCharts();
    void showCases(const QString& title, const QStringList& refs);

    AppSession* m_session;
    const ChartsModule& m_charts;
    PeriodSelector* m_period;
    QGridLayout* m_grid;
    QScrollArea* m_scroll;
    QLabel* m_summary;
    QLabel* m_casesTitle;
    QListWidget* m_cases;
    QList<QWidget*> m_views;
    bool m_stale = false;
    int m_columns = 2;
};

} // namespace reviewdesk::ui
