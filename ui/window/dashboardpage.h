// The chair's first screen: counts at the top, then what is overdue, what
// falls due in the next 10 working days, and what was completed recently.
#pragma once

#include <QWidget>

class QLabel;
class QTableView;
class QVBoxLayout;

namespace reviewdesk::ui {

class AppSession;
class DashboardModel;

class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPage(AppSession* session, QWidget* parent = nullptr);

signals:
    void openCaseRequested(const QString& ref);

private:
    void refreshCounts();
    QTableView* addSection(QVBoxLayout* layout, const QString& title, int section);

    AppSession* m_session;
    QLabel* m_counts = nullptr;
    DashboardModel* m_countsSource = nullptr; // the overdue section's model
};

} // namespace reviewdesk::ui
