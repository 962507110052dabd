#include "io/importdialog.h"

#include "io/caseimporter.h"
#include "io/importpreviewmodel.h"
#include "layouts/scrollingform.h"
#include "session/appsession.h"
#include "util/counted.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace reviewdesk::ui {
namespace {

// A spreadsheet larger than this is not a case register.
constexpr qint64 kMaxImportBytes = 256 * 1024 * 1024;

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.2);
    label->setFont(font);
    return label;
}

QString problemText(const io::ImportProblem& problem)
{
    if (problem.column.isEmpty())
        return ImportDialog::tr("Line %1: %2").arg(problem.line).arg(problem.message);
    return ImportDialog::tr("Line %1, column %2: %3")
        .arg(problem.line)
        .arg(problem.column, problem.message);
}

} // namespace

ImportDialog::ImportDialog(AppSession* session, QWidget* parent)
    : QDialog(parent), m_session(session), m_steps(new QStackedWidget(this)),
      m_previewModel(new ImportPreviewModel(this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import cases from a spreadsheet"));
    m_steps->addWidget(buildFileStep());
    m_steps->addWidget(buildMappingStep());
    m_steps->addWidget(buildPreviewStep());

    m_back = new QPushButton(tr("< &Back"), this);
    m_next = new QPushButton(tr("&Next >"), this);
    m_import = new QPushButton(tr("&Import"), this);
    m_back->setObjectName(QStringLiteral("importBack"));
    m_next->setObjectName(QStringLiteral("importNext"));
    m_import->setObjectName(QStringLiteral("importRun"));
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_back, QDialogButtonBox::ActionRole);
    buttons->addButton(m_next, QDialogButtonBox::ActionRole);
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_back, &QPushButton::clicked, this, &ImportDialog::goBack);
    connect(m_next, &QPushButton::clicked, this, &ImportDialog::goNext);
    connect(m_import, &QPushButton::clicked, this, [this] { runImport(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_steps, 1);
    layout->addWidget(buttons);
    resize(820, 620);
    updateButtons();
}

ImportDialog::~ImportDialog() = default;

QWidget* ImportDialog::buildFileStep()
{
    auto* page = new QWidget(this);
    auto* text = new QLabel(
        tr("Choose a spreadsheet saved as CSV (in Excel: File ▸ Save As ▸ \"CSV UTF-8\"). "
           "Its first row must name the columns. A file exported from ReviewDesk is "
           "recognised as it is; another tracker's columns are matched in the next step.\n\n"
           "Nothing is written until you press Import at the end, and then either every case "
           "is imported or none is."),
        page);
    text->setWordWrap(true);
    m_path = new QLineEdit(page);
    m_path->setObjectName(QStringLiteral("importPath"));
    m_path->setAccessibleName(tr("Spreadsheet file"));
    m_path->setPlaceholderText(tr("CSV file"));
    auto* browse = new QPushButton(tr("&Browse…"), page);
    connect(browse, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_path, &QLineEdit::textChanged, this, &ImportDialog::updateButtons);
    m_fileMessage = new QLabel(page);
    m_fileMessage->setObjectName(QStringLiteral("importFileMessage"));
    m_fileMessage->setWordWrap(true);
    m_fileMessage->setStyleSheet(QStringLiteral("color: #b3261e"));

    auto* row = new QHBoxLayout;
    auto* label = new QLabel(tr("&File:"), page);
    label->setBuddy(m_path);
    row->addWidget(label);
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(heading(tr("1. The spreadsheet"), page));
    layout->addWidget(text);
    layout->addLayout(row);
    layout->addWidget(m_fileMessage);
    layout->addStretch();
    return page;
}

QWidget* ImportDialog::buildMappingStep()
{
    auto* page = new QWidget(this);
    auto* text = new QLabel(tr("For each ReviewDesk column, choose the column of your file that "
                               "holds it. Columns marked * are needed for every case."),
                            page);
    text->setWordWrap(true);
    auto* formHolder = new QWidget(page);
    auto* form = new QFormLayout(formHolder);
    for (const io::CaseColumn& column : io::caseColumns()) {
        if (!column.importable)
            continue;
        auto* box = new QComboBox(formHolder);
        box->setObjectName(QStringLiteral("map_") + column.key);
        box->setAccessibleName(column.label);
        box->setToolTip(tr("Column key: %1").arg(column.key));
        connect(box, &QComboBox::currentIndexChanged, this, &ImportDialog::updateMappingWarnings);
        auto* warning = new QLabel(formHolder);
        warning->setStyleSheet(QStringLiteral("color: #b3261e"));
        // Room reserved, so the combo boxes stay aligned when a warning appears.
        warning->setMinimumWidth(warning->fontMetrics().horizontalAdvance(tr("required")) + 4);
        auto* field = new QHBoxLayout;
        field->addWidget(box, 1);
        field->addWidget(warning);
        auto* label = new QLabel((column.required ? QStringLiteral("%1 *") : QStringLiteral("%1"))
                                         .arg(column.label.toHtmlEscaped()) +
                                     QLatin1Char(':'),
                                 formHolder);
        label->setBuddy(box);
        form->addRow(label, field);
        m_boxes.insert(column.key, box);
        m_warnings.insert(column.key, warning);
    }
    auto* scroll = new QScrollArea(page);
    keepWheelForScrolling(formHolder);
    scroll->setWidget(formHolder);
    scroll->setWidgetResizable(true);
    m_mappingSummary = new QLabel(page);
    m_mappingSummary->setObjectName(QStringLiteral("mappingSummary"));
    m_mappingSummary->setWordWrap(true);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(heading(tr("2. Match the columns"), page));
    layout->addWidget(text);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_mappingSummary);
    return page;
}

QWidget* ImportDialog::buildPreviewStep()
{
    auto* page = new QWidget(this);
    m_previewSummary = new QLabel(page);
    m_previewSummary->setObjectName(QStringLiteral("previewSummary"));
    m_previewSummary->setWordWrap(true);
    m_preview = new QTableView(page);
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setAccessibleName(tr("Cases to import"));
    m_preview->setModel(m_previewModel);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_preview->verticalHeader()->hide();
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_problems = new QListWidget(page);
    m_problems->setObjectName(QStringLiteral("importProblems"));
    m_problems->setAccessibleName(tr("Problems found in the file"));
    m_problems->setWordWrap(true);
    auto* problemsLabel = new QLabel(tr("&Problems:"), page);
    problemsLabel->setBuddy(m_problems);
    auto* splitter = new QSplitter(Qt::Vertical, page);
    splitter->addWidget(m_preview);
    auto* problemsBox = new QWidget(splitter);
    auto* problemsLayout = new QVBoxLayout(problemsBox);
    problemsLayout->setContentsMargins(0, 0, 0, 0);
    problemsLayout->addWidget(problemsLabel);
    problemsLayout->addWidget(m_problems);
    splitter->addWidget(problemsBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(heading(tr("3. Check and import"), page));
    layout->addWidget(m_previewSummary);
    layout->addWidget(splitter, 1);
    return page;
}

ImportDialog::Step ImportDialog::step() const
{
    return Step(m_steps->currentIndex());
}

QComboBox* ImportDialog::mappingBox(const QString& columnKey) const
{
    return m_boxes.value(columnKey);
}

void ImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import cases"), m_path->text(), tr("Spreadsheets (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty()) {
        m_path->setText(QDir::toNativeSeparators(path));
        loadFile(path);
    }
}

bool ImportDialog::loadFile(const QString& path)
{
    m_path->setText(QDir::toNativeSeparators(path));
    m_fileMessage->clear();
    QFile file(QDir::fromNativeSeparators(path));
    QString problem;
    if (!QFileInfo::exists(file.fileName()))
        problem = tr("%1 does not exist.").arg(path);
    else if (!QFileInfo(file).isFile())
        problem = tr("%1 is not a file.").arg(path);
    else if (file.size() > kMaxImportBytes)
        problem = tr("%1 is too large to be a case register.").arg(path);
    else if (!file.open(QIODevice::ReadOnly))
        problem = tr("Cannot read %1: %2").arg(path, file.errorString());
    const QStringList previousHeader = m_header;
    if (problem.isEmpty()) {
        m_bytes = file.readAll();
        m_header = io::csvHeader(m_bytes);
        if (m_header.isEmpty())
            problem = tr("%1 has no header row that ReviewDesk can read.").arg(path);
    }
    if (!problem.isEmpty()) {
        m_fileMessage->setText(problem);
        return false;
    }
    m_fileName = QFileInfo(file).fileName();
    // The same columns again (the file corrected and read anew): keep the matching.
    if (m_header != previousHeader)
        fillMapping();
    m_steps->setCurrentIndex(MappingStep);
    updateButtons();
    m_boxes.value(QStringLiteral("ref"))->setFocus();
    return true;
}

void ImportDialog::fillMapping()
{
    const io::ColumnMapping mapping = io::defaultMapping(m_header);
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it) {
        QComboBox* box = it.value();
        const QSignalBlocker blocker(box);
        box->clear();
        box->addItem(tr("(not imported)"));
        for (const QString& header : m_header)
            box->addItem(header, header);
        const int mapped = box->findData(mapping.value(it.key()));
        box->setCurrentIndex(mapping.contains(it.key()) && mapped >= 0 ? mapped : 0);
    }
    updateMappingWarnings();
}

void ImportDialog::updateMappingWarnings()
{
    int missing = 0;
    for (const io::CaseColumn& column : io::caseColumns()) {
        if (!column.importable)
            continue;
        const bool unmapped = m_boxes.value(column.key)->currentIndex() <= 0;
        const bool flag = column.required && unmapped;
        m_warnings.value(column.key)->setText(flag ? tr("required") : QString());
        missing += flag ? 1 : 0;
    }
    const int mapped = static_cast<int>(currentMapping().size());
    m_mappingSummary->setText(
        missing > 0 ? tr("%1 not matched yet.")
                          .arg(counted(missing, tr("required column"), tr("required columns")))
                    : tr("%1 of the file's %2 matched.")
                          .arg(mapped)
                          .arg(counted(m_header.size(), tr("column"), tr("columns"))));
    updateButtons();
}

io::ColumnMapping ImportDialog::currentMapping() const
{
    io::ColumnMapping mapping;
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it)
        if (it.value()->currentIndex() > 0)
            mapping.insert(it.key(), it.value()->currentData().toString());
    return mapping;
}

void ImportDialog::makePreview()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto planned = io::planCaseImport(m_session->workspace(), m_bytes, currentMapping());
    QApplication::restoreOverrideCursor();
    m_problems->clear();
    if (!planned) {
        m_plan = {};
        m_plan.problems.append({0, {}, planned.error().message});
    } else {
        m_plan = std::move(*planned);
    }
    m_previewModel->setRows(m_plan.rows);
    m_preview->resizeColumnsToContents();
    for (const io::ImportProblem& problem : m_plan.problems)
        m_problems->addItem(problemText(problem));
    if (m_plan.problems.isEmpty()) {
        m_problems->addItem(tr("No problems found."));
        m_previewSummary->setText(
            (m_plan.rows.size() == 1 ? tr("1 case from %1 is ready to import.").arg(m_fileName)
                                     : tr("%1 cases from %2 are ready to import.")
                                           .arg(QString::number(m_plan.rows.size()), m_fileName)) +
            QLatin1Char(' ') +
            tr("Importing is one step: it is final (Undo does not take it back) and is "
               "recorded in the audit trail."));
    } else {
        m_previewSummary->setText(
            tr("%1 found in %2. Nothing can be imported until %3 put right: "
               "correct the file and choose it again, or go Back and change the columns.")
                .arg(counted(m_plan.problems.size(), tr("problem"), tr("problems")), m_fileName,
                     byCount(m_plan.problems.size(), tr("it is"), tr("they are"))));
    }
}

void ImportDialog::goBack()
{
    if (step() > FileStep)
        m_steps->setCurrentIndex(step() - 1);
    updateButtons();
}

void ImportDialog::goNext()
{
    if (step() == FileStep) {
        loadFile(m_path->text().trimmed());
        return;
    }
    if (step() == MappingStep) {
        makePreview();
        m_steps->setCurrentIndex(PreviewStep);
        updateButtons();
        (m_import->isEnabled() ? static_cast<QWidget*>(m_import) : m_problems)->setFocus();
    }
}

void ImportDialog::updateButtons()
{
    if (!m_back || !m_next || !m_import)
        return;
    m_back->setEnabled(step() > FileStep);
    m_next->setEnabled((step() == FileStep && !m_path->text().trimmed().isEmpty()) ||
                       step() == MappingStep);
    m_import->setEnabled(step() == PreviewStep && m_plan.canImport());
    m_import->setDefault(m_import->isEnabled());
    m_next->setDefault(!m_import->isEnabled());
}

bool ImportDialog::runImport()
{
    if (step() != PreviewStep || !m_plan.canImport())
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto imported = io::importCases(m_session->workspace(), m_plan, m_fileName);
    QApplication::restoreOverrideCursor();
    if (!imported) {
        QMessageBox::warning(this, tr("Import"),
                             tr("Nothing was imported.\n\n%1").arg(imported.error().message));
        return false;
    }
    m_imported = *imported;
    if (auto reloaded = m_session->reload(); !reloaded)
        QMessageBox::warning(this, tr("Import"), reloaded.error().message);
    accept();
    return true;
}

} // namespace reviewdesk::ui
