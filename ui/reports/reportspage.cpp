#include "reports/reportspage.h"

#include "charts/periodselector.h"
#include "models/caserefsmodel.h"
#include "session/appsession.h"
#include "session/appsettings.h"
#include "util/isodate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>
#include <QVBoxLayout>

namespace reviewdesk::ui {
namespace {

using reports::ReportKind;

QString kindDescription(ReportKind kind)
{
    switch (kind) {
    case ReportKind::CaseSummary:
        return ReportsPage::tr("One case: its reviews, deadlines with their status, key "
                               "decisions, actions and timeline.");
    case ReportKind::PanelPack:
        return ReportsPage::tr("For a Case Review Panel meeting: every open case with its stage, "
                               "next deadlines and the decision needed, overdue items first.");
    case ReportKind::Executive:
        return ReportsPage::tr("The monthly status report to the Executive Group: counts, "
                               "timeliness, reviews in progress against target, overdue actions "
                               "by agency.");
    case ReportKind::Timeline:
        return ReportsPage::tr("Every open review on one timeline, as the Timeline page draws it.");
    case ReportKind::Annual:
        return ReportsPage::tr("Annual-report statistics for the period, with charts.");
    }
    return {};
}

QString defaultFileName(ReportKind kind, const QString& caseRef, const QDate& asOf)
{
    QString name = nameOf(kind);
    if (kind == ReportKind::CaseSummary && !caseRef.isEmpty())
        name += QLatin1Char('-') + caseRef;
    return QStringLiteral("%1-%2.pdf").arg(name, toIso(asOf));
}

} // namespace

ReportsPage::ReportsPage(AppSession* session, QWidget* parent)
    : QWidget(parent), m_session(session), m_caseRefs(new CaseRefsModel(session, this)),
      m_kind(new QComboBox(this)), m_case(new QComboBox(this)),
      m_period(new PeriodSelector(session->today(), this)), m_asOf(new QDateEdit(this)),
      m_redact(new QCheckBox(tr("&Redact child identifier"), this)),
      m_description(new QLabel(this)), m_save(new QPushButton(tr("&Save as PDF…"), this)),
      m_progress(new QProgressBar(this)), m_cancel(new QPushButton(tr("Cancel"), this)),
      m_status(new QLabel(this)), m_open(new QPushButton(tr("&Open the PDF"), this))
{
    setObjectName(QStringLiteral("reportsPage"));
    auto* title = new QLabel(tr("<h2>Reports</h2>"), this);

    m_kind->setObjectName(QStringLiteral("reportKind"));
    m_kind->setAccessibleName(tr("Report"));
    for (ReportKind kind : {ReportKind::CaseSummary, ReportKind::PanelPack, ReportKind::Executive,
                            ReportKind::Timeline, ReportKind::Annual})
        m_kind->addItem(reports::reportTitle(kind), int(kind));
    m_kind->setCurrentIndex(1);

    m_case->setObjectName(QStringLiteral("reportCase"));
    m_case->setAccessibleName(tr("Case"));
    setUpCasePicker(m_case, m_caseRefs);
    m_case->setMinimumContentsLength(18);
    // Sized for 18 characters, not by measuring all 50,000 references the
    // first time the page shows (200 ms on the benchmark file).
    m_case->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);

    m_period->setObjectName(QStringLiteral("reportPeriod"));
    m_asOf->setObjectName(QStringLiteral("reportAsOf"));
    m_asOf->setAccessibleName(tr("As of"));
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_asOf->setDate(session->today());
    m_asOfFollows = session->today();
    m_asOf->setToolTip(tr("The report is produced as if today were this date."));
    m_redact->setObjectName(QStringLiteral("reportRedact"));
    m_redact->setAccessibleName(tr("Redact child identifier"));
    m_redact->setToolTip(tr("Leave the child's initials or pseudonym out of every page."));
    m_description->setObjectName(QStringLiteral("reportDescription"));
    m_description->setWordWrap(true);

    m_save->setObjectName(QStringLiteral("reportSave"));
    m_save->setAccessibleName(tr("Save the report as PDF"));
    m_save->setDefault(true);
    m_progress->setObjectName(QStringLiteral("reportProgress"));
    m_progress->setAccessibleName(tr("Report progress"));
    m_progress->setRange(0, 100);
    m_cancel->setObjectName(QStringLiteral("reportCancel"));
    m_cancel->setAccessibleName(tr("Cancel the report"));
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_open->setObjectName(QStringLiteral("reportOpen"));
    m_open->setAccessibleName(tr("Open the PDF"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Report:"), m_kind);
    form->addRow(QString(), m_description);
    form->addRow(tr("&Case:"), m_case);
    form->addRow(QString(), m_period); // the selector carries its own "Period" label
    form->addRow(tr("&As of:"), m_asOf);
    form->addRow(QString(), m_redact);

    m_save->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    auto* run = new QHBoxLayout;
    run->addWidget(m_save);
    run->addWidget(m_progress, 1);
    run->addWidget(m_cancel);
    run->addStretch(0); // keeps the button at the left while the bar is hidden
    auto* done = new QHBoxLayout;
    done->addWidget(m_status, 1);
    done->addWidget(m_open);

    // A form of a readable width, not stretched across a wide window.
    auto* content = new QWidget(this);
    content->setMaximumWidth(760);
    auto* outer = new QHBoxLayout(this);
    outer->addWidget(content, 1);
    outer->addStretch(0);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addLayout(run);
    layout->addLayout(done);
    layout->addStretch(1);
    auto* note = new QLabel(tr("Every page is marked OFFICIAL-SENSITIVE. Keep the PDF where only "
                               "those who need it can read it."),
                            this);
    note->setWordWrap(true);
    note->setEnabled(false);
    layout->addWidget(note);
    setFocusProxy(m_kind);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReportsPage::updateControls);
    connect(m_save, &QPushButton::clicked, this, &ReportsPage::chooseFileAndStart);
    connect(m_cancel, &QPushButton::clicked, this, &ReportsPage::cancel);
    connect(m_open, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_lastPdf)); });
    // The case list was read as its model was made; these keep it current.
    connect(session, &AppSession::registerReset, this, &ReportsPage::refreshCases);
    // A new day while the page is open: "as of" moves with it unless the user chose a date.
    connect(session, &AppSession::registerReset, this, [this] {
        if (m_asOf->date() == m_asOfFollows)
            m_asOf->setDate(m_session->today());
        m_asOfFollows = m_session->today();
    });
    connect(session, &AppSession::caseAdded, this, &ReportsPage::refreshCases);

    setBusy(false);
    m_open->setVisible(false);
    updateControls();
}

ReportsPage::~ReportsPage()
{
    if (m_thread) {
        m_cancelled->store(true);
        m_thread->wait();
    }
}

void ReportsPage::refreshCases()
{
    const QString current = m_case->currentText();
    m_caseRefs->refresh();
    m_case->setCurrentText(current);
}

void ReportsPage::updateControls()
{
    const auto kind = ReportKind(m_kind->currentData().toInt());
    m_description->setText(kindDescription(kind));
    m_case->setEnabled(kind == ReportKind::CaseSummary && !isRunning());
    m_period->setEnabled(reports::usesPeriod(kind) && !isRunning());
}

Result<reports::ReportOptions> ReportsPage::options() const
{
    reports::ReportOptions options;
    options.kind = ReportKind(m_kind->currentData().toInt());
    options.asOf = m_asOf->date();
    options.redact = m_redact->isChecked();
    if (options.kind == ReportKind::CaseSummary) {
        options.caseRef = m_case->currentText().trimmed();
        if (options.caseRef.isEmpty())
            return Error::invalid(tr("Choose the case to summarise."), QStringLiteral("case"));
    }
    if (reports::usesPeriod(options.kind)) {
        const auto period = m_period->period();
        if (!period)
            return Error::invalid(tr("The period's dates are not valid."),
                                  QStringLiteral("period"));
        options.period = *period;
    }
    return options;
}

void ReportsPage::chooseFileAndStart()
{
    const auto chosen = options();
    if (!chosen) {
        m_status->setText(chosen.error().message);
        return;
    }
    AppSettings settings;
    const QString folder =
        settings
            .value(QStringLiteral("reports/folder"),
                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save report"),
        QDir(folder).filePath(defaultFileName(chosen->kind, chosen->caseRef, chosen->asOf)),
        tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("reports/folder"), QFileInfo(path).absolutePath());
    startReport(path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)
                    ? path
                    : path + QStringLiteral(".pdf"));
}

bool ReportsPage::startReport(const QString& pdfPath)
{
    if (m_thread)
        return false;
    const auto chosen = options();
    if (!chosen) {
        m_status->setText(chosen.error().message);
        return false;
    }
    // The register as of today is already loaded: share it rather than read it
    // again. Another date reads the file here, on this thread, which owns the
    // database connection; only the painting goes to the worker.
    auto request =
        chosen->asOf == m_session->today()
            ? reports::requestFrom(m_session->workspace(),
                                   std::make_shared<const RegisterSnapshot>(m_session->snapshot()),
                                   *chosen)
            : reports::requestFor(m_session->workspace(), *chosen);
    if (!request) {
        m_status->setText(request.error().message);
        return false;
    }

    m_cancelled = std::make_shared<std::atomic_bool>(false);
    auto result = std::make_shared<Status>(success());
    auto cancelled = m_cancelled;
    m_thread = QThread::create([this, request = std::move(*request), pdfPath, result, cancelled] {
        int lastPercent = -1;
        *result = reports::writeReport(request, pdfPath, [&](int done, int total) {
            const int percent = total > 0 ? int(100LL * done / total) : 0;
            if (percent != lastPercent) {
                lastPercent = percent;
                QMetaObject::invokeMethod(
                    this, [this, percent] { m_progress->setValue(percent); }, Qt::QueuedConnection);
            }
            return !cancelled->load();
        });
    });
    connect(m_thread, &QThread::finished, this, [this, result, pdfPath] {
        m_thread->deleteLater();
        m_thread = nullptr;
        finish(*result, pdfPath);
    });
    m_progress->setValue(0);
    m_status->setText(tr("Writing %1…").arg(QDir::toNativeSeparators(pdfPath)));
    m_open->setVisible(false);
    setBusy(true);
    m_thread->start();
    return true;
}

void ReportsPage::cancel()
{
    if (m_cancelled)
        m_cancelled->store(true);
    m_cancel->setEnabled(false);
}

void ReportsPage::finish(const Status& status, const QString& pdfPath)
{
    setBusy(false);
    if (status) {
        m_lastPdf = pdfPath;
        m_progress->setValue(100);
        m_status->setText(tr("Saved %1").arg(QDir::toNativeSeparators(pdfPath)));
        m_open->setVisible(true);
        m_open->setFocus();
        emit reportFinished(true, m_status->text());
        return;
    }
    m_progress->setValue(0);
    const bool cancelled = m_cancelled && m_cancelled->load();
    m_status->setText(cancelled
                          ? tr("Cancelled: no file was written.")
                          : tr("The report could not be written: %1").arg(status.error().message));
    emit reportFinished(false, m_status->text());
}

void ReportsPage::setBusy(bool busy)
{
    m_save->setEnabled(!busy);
    m_kind->setEnabled(!busy);
    m_asOf->setEnabled(!busy);
    m_redact->setEnabled(!busy);
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    m_cancel->setEnabled(busy);
    if (busy)
        m_cancel->setFocus();
    updateControls();
}

} // namespace reviewdesk::ui
