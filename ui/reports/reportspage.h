// The Reports page: choose a kind of PDF report, its case, period and as-of
// date and whether to leave out the child identifier, then save it. The PDF is
// rendered on a worker thread with a progress bar and Cancel, so the window
// stays responsive; when it is written the page offers to open it.
#pragma once

#include "reports/reportwriter.h"

#include <QDate>
#include <QWidget>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QThread;

namespace reviewdesk::ui {

class CaseRefsModel;

class AppSession;
class PeriodSelector;

class ReportsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ReportsPage(AppSession* session, QWidget* parent = nullptr);
    ~ReportsPage() override;

    // What the controls ask for, or why it cannot be asked (a custom period
    // with a bad date, a case summary without a case).
    Result<reports::ReportOptions> options() const;

    // Starts rendering the chosen report to `pdfPath` on a worker thread.
    // False (with the reason shown on the page) when the options are not valid
    // or a report is already being written.
    bool startReport(const QString& pdfPath);
    bool isRunning() const { return m_thread != nullptr; }
    void cancel();

    // The last report written, empty until one is.
    const QString& lastPdf() const { return m_lastPdf; }

signals:
    // After every run: written, failed or cancelled (`message` says which).
    void reportFinished(bool written, const QString& message);

private:
    void chooseFileAndStart();
    void updateControls();
    void refreshCases();
    void finish(const Status& status, const QString& pdfPath);
    void setBusy(bool busy);

    AppSession* m_session;
    CaseRefsModel* m_caseRefs; // the case picker's list
    QComboBox* m_kind;
    QComboBox* m_case;
    PeriodSelector* m_period;
    QDateEdit* m_asOf;
    QDate m_asOfFollows; // the day "as of" was left at; it follows the day's turning
    QCheckBox* m_redact;
    QLabel* m_description;
    QPushButton* m_save;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QLabel* m_status;
    QPushButton* m_open;
    QThread* m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    QString m_lastPdf;
};

} // namespace reviewdesk::ui
