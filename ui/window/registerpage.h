// The case register: every case in a sortable table with filter-as-you-type
// search and filters by stage, status, year and theme. The columns a user
// chooses are remembered.
#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTableView;

namespace reviewdesk::ui {

class AppSession;
class RegisterFilter;
class RegisterModel;

class RegisterPage : public QWidget
{
    Q_OBJECT

public:
    explicit RegisterPage(AppSession* session, QWidget* parent = nullptr);
    ~RegisterPage() override;

    QLineEdit* searchBox() const { return m_search; }
    QTableView* view() const { return m_view; }
    QString currentRef() const;
    // Shows every column again in its first place and width, as a new page does.
    void resetColumns();

signals:
    void openCaseRequested(const QString& ref);
    // The search texts are built: emitted once, after the page's first paint.
    void searchReady();

private:
    void setDefaultColumns();
    void fitReferences();
    void fillFilterChoices();
    void applyFilters();
    void showColumnMenu(const QPoint& position);

    AppSession* m_session;
    RegisterModel* m_model;
    RegisterFilter* m_filter;
    QTableView* m_view = nullptr; // made in the constructor, after the filters
    QLineEdit* m_search;
    QComboBox* m_stage;
    QComboBox* m_status;
    QComboBox* m_year;
    QComboBox* m_theme;
};

} // namespace reviewdesk::ui
