// TimelinePage: the Timeline section of the main window. Every open review
// (filterable by stage, status and year) or one case, with zoom, a Today
// button, a key to the colours, and PNG/PDF export of what is on screen.
#pragma once

#include "domain/case.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QPushButton;

namespace reviewdesk::ui {

class CaseRefsModel;

class AppSession;
class TimelineView;

class TimelinePage : public QWidget
{
    Q_OBJECT

public:
    explicit TimelinePage(AppSession* session, QWidget* parent = nullptr);

    TimelineView* view() const { return m_view; }

    void showPortfolio();
    void showCase(const QString& ref);

signals:
    void openCaseRequested(const QString& ref);
    // A mark was clicked: its case, and its action when it is an action's.
    void itemActivated(const QString& caseRef, std::optional<RecordId> actionId);

private:
    void fillCases();
    QString chosenCase() const;
    void fillYears();
    void applyMode();
    void applyFilter();
    void syncZoomCombo(double pixelsPerDay);
    void exportPng();
    void exportPdf();
    void sessionChanged();
    QString suggestedFileName(const QString& extension) const;

    AppSession* m_session;
    CaseRefsModel* m_caseRefs; // the case picker's list
    TimelineView* m_view;
    QComboBox* m_mode;
    QComboBox* m_case;
    QComboBox* m_stage;
    QComboBox* m_status;
    QComboBox* m_year;
    QComboBox* m_zoom;
    QPushButton* m_today;
    QPushButton* m_exportPng;
    QPushButton* m_exportPdf;
};

} // namespace reviewdesk::ui
