#include "window/mainwindow.h"

#include "charts/chartspage.h"
#include "demo/demogenerator.h"
#include "editor/caseeditor.h"
#include "io/fileexports.h"
#include "pages/actionspage.h"
#include "pages/directorypage.h"
#include "pages/settingsdialog.h"
#include "reports/reportspage.h"
#include "session/appsession.h"
#include "session/appsettings.h"
#include "timeline/timelinepage.h"
#include "util/counted.h"
#include "util/isodate.h"
#include "window/aboutdialog.h"
#include "window/dashboardpage.h"
#include "window/daywatcher.h"
#include "window/firstpaint.h"
#include "window/recentfiles.h"
#include "window/registerpage.h"
#include "window/welcomepage.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include <utility>

namespace reviewdesk::ui {
namespace {

const char* const kPageNames[] = {QT_TRANSLATE_NOOP("MainWindow", "Dashboard"),
                                  QT_TRANSLATE_NOOP("MainWindow", "Cases"),
                                  QT_TRANSLATE_NOOP("MainWindow", "Actions"),
                                  QT_TRANSLATE_NOOP("MainWindow", "Timeline"),
                                  QT_TRANSLATE_NOOP("MainWindow", "Charts"),
                                  QT_TRANSLATE_NOOP("MainWindow", "Agencies and people"),
                                  QT_TRANSLATE_NOOP("MainWindow", "Reports"),
                                  QT_TRANSLATE_NOOP("MainWindow", "Case")};

// Shown when no file could be opened: the application still starts.
QWidget* makeNoDatabasePage(MainWindow* window, const std::function<void()>& open,
                            const std::function<void()>& create)
{
    auto* page = new QWidget(window);
    auto* text = new QLabel(MainWindow::tr("No register is open. Open an existing ReviewDesk "
                                           "file or create a new one."),
                            page);
    text->setWordWrap(true);
    auto* openButton = new QPushButton(MainWindow::tr("&Open…"), page);
    auto* newButton = new QPushButton(MainWindow::tr("&New…"), page);
    QObject::connect(openButton, &QPushButton::clicked, page, open);
    QObject::connect(newButton, &QPushButton::clicked, page, create);
    auto* layout = new QVBoxLayout(page);
    layout->addStretch();
    layout->addWidget(text, 0, Qt::AlignHCenter);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(openButton);
    buttons->addWidget(newButton);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addStretch(2);
    return page;
}

// The list of pages. A list's own size hint is a fixed 256 pixels, far wider
// than the page names; the splitter starts each side at its hint, so this one
// asks for its minimum and leaves the room to the pages' tables.
class PageList : public QListWidget
{
public:
    using QListWidget::QListWidget;
    QSize sizeHint() const override { return {minimumWidth(), QListWidget::sizeHint().height()}; }
};

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_undoStack(new QUndoStack(this)), m_navigator(new PageList(this)),
      m_pages(new QStackedWidget(this)), m_pathLabel(new QLabel(this)),
      m_countLabel(new QLabel(this))
{
    setWindowTitle(tr("ReviewDesk"));
    m_navigator->setObjectName(QStringLiteral("navigator"));
    m_navigator->setAccessibleName(tr("Pages"));
    for (const char* name : kPageNames)
        m_navigator->addItem(tr(name));
    // Wide enough for the longest page name, whatever the font.
    m_navigator->setMinimumWidth(m_navigator->sizeHintForColumn(0) + 2 * m_navigator->frameWidth() +
                                 24);
    m_navigator->setMaximumWidth(260);
    m_navigator->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigator->setCurrentRow(Dashboard);
    connect(m_navigator, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row != m_pages->currentIndex())
            showPage(Page(row));
    });

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_navigator);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    setCentralWidget(splitter);

    m_pathLabel->setObjectName(QStringLiteral("filePath"));
    statusBar()->addWidget(m_pathLabel, 1);
    statusBar()->addPermanentWidget(m_countLabel);

    createActions();
    // No page yet: the first is made when the window is shown (showEvent), or
    // is the "Opening…" of a file opened as it is shown. Making the page that
    // offers to open a file, only to replace it at once, delayed the first paint.
    m_navigator->setEnabled(false);

    auto* dayWatcher = new DayWatcher(this);
    connect(dayWatcher, &DayWatcher::dayChanged, this, &MainWindow::showDay);
    // Timers may sleep with the machine: look again when the user comes back,
    // and try again a day that could not be shown then.
    connect(qApp, &QGuiApplication::applicationStateChanged, dayWatcher,
            [this, dayWatcher](Qt::ApplicationState state) {
                if (state != Qt::ApplicationActive)
                    return;
                dayWatcher->check();
                showDay(dayWatcher->day());
            });

    AppSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1200, 780);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

MainWindow::~MainWindow() = default;

void MainWindow::showEvent(QShowEvent* event)
{
    if (m_pages->count() == 0)
        buildPages(); // no file is open or being opened: the page that offers one
    QMainWindow::showEvent(event);
}

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newFile = file->addAction(tr("&New Register…"), this, &MainWindow::chooseAndCreate);
    newFile->setShortcut(QKeySequence(tr("Ctrl+Shift+N")));
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::chooseAndOpen);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    file->addAction(tr("&Backup Now…"), this, &MainWindow::backupNow);
    file->addSeparator();
    addImportExportActions(file, this, [this] { return m_session.get(); });
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(tr("&Find Case"), QKeySequence::Find, this, [this] {
        showPage(Cases);
        if (m_register) {
            m_register->searchBox()->setFocus();
            m_register->searchBox()->selectAll();
        }
    });
    edit->addSeparator();
    QAction* settings = edit->addAction(tr("&Settings…"), QKeySequence::Preferences, this,
                                        &MainWindow::openSettings);
    settings->setMenuRole(QAction::PreferencesRole);

    QMenu* cases = menuBar()->addMenu(tr("&Case"));
    cases->addAction(tr("&New Case"), QKeySequence::New, this, &MainWindow::newCase);
    cases->addAction(tr("&Save Case"), QKeySequence::Save, this, [this] {
        if (m_editor && currentPage() == CasePage)
            m_editor->save();
    });
    cases->addAction(tr("&Close Case"), QKeySequence::Close, this, [this] {
        if (currentPage() == CasePage && leaveCaseEditor())
            showPage(Cases);
    });

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (int page = Dashboard; page < CasePage; ++page)
        view->addAction(tr(kPageNames[page]), QKeySequence(QStringLiteral("Ctrl+%1").arg(page + 1)),
                        this, [this, page] { showPage(Page(page)); });
    view->addSeparator();
    view->addAction(tr("&Refresh"), QKeySequence::Refresh, this, [this] {
        if (m_session)
            if (auto reloaded = m_session->reload(); !reloaded)
                QMessageBox::warning(this, tr("Refresh"), reloaded.error().message);
    });

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About ReviewDesk"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction* aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
    updateRecentMenu();
}

void MainWindow::showDay(const QDate& day)
{
    if (!m_session || m_session->today() == day)
        return;
    // Not under an open dialog, which may be working from the register as it
    // was (a file being named for an export): in a minute, once it is closed.
    if (QApplication::activeModalWidget()) {
        QTimer::singleShot(std::chrono::minutes(1), this, [this, day] { showDay(day); });
        return;
    }
    const Status reloaded = m_session->reload(day);
    // Said once a day: it is tried again whenever the application is active again.
    if (!reloaded && std::exchange(m_dayNotShown, day) != day)
        QMessageBox::warning(this, tr("A new day"),
                             tr("The deadlines could not be brought up to %1.\n\n%2")
                                 .arg(toDisplay(day), reloaded.error().message));
}

bool MainWindow::openDatabase(const QString& path)
{
    if (!leaveCaseEditor())
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto opened = AppSession::open(path, SettingsDialog::displayName(), QDate::currentDate());
    QApplication::restoreOverrideCursor();
    if (!opened) {
        QMessageBox::critical(
            this, tr("Cannot open the register"),
            tr("ReviewDesk could not open this file and has not changed it.\n\n%1")
                .arg(opened.error().message));
        return false;
    }
    m_undoStack->clear();
    m_session = std::move(*opened);
    connect(m_session.get(), &AppSession::errorOccurred, this, [this](const QString& message) {
        QMessageBox::warning(this, tr("ReviewDesk"), message);
    });
    for (auto signal : {&AppSession::registerReset, &AppSession::directoryChanged})
        connect(m_session.get(), signal, this, &MainWindow::updateStatusBar);
    connect(m_session.get(), &AppSession::caseAdded, this, &MainWindow::updateStatusBar);
    RecentFiles::add(path);
    updateRecentMenu();
    buildPages();
    return true;
}

void MainWindow::openDatabaseWhenShown(const QString& path, std::function<void()> opened)
{
    auto* opening = new QLabel(tr("Opening %1…").arg(QDir::toNativeSeparators(path)), m_pages);
    opening->setAlignment(Qt::AlignCenter);
    m_pages->addWidget(opening);
    m_pages->setCurrentWidget(opening);
    m_pathLabel->setText(tr("Opening %1…").arg(QDir::toNativeSeparators(path)));
    auto done = std::make_shared<bool>(false);
    auto open = [this, path, opened, done] {
        if (*done)
            return;
        *done = true;
        if (!openDatabase(path))
            buildPages(); // the page that offers to open or create another file
        if (opened)
            opened();
    };
    whenPainted(this, open);
    // A window that is never painted (started minimised) still opens its file.
    QTimer::singleShot(1000, this, open);
}

void MainWindow::buildPages()
{
    while (m_pages->count() > 0) {
        QWidget* page = m_pages->widget(0);
        m_pages->removeWidget(page);
        page->deleteLater();
    }
    m_register = nullptr;
    m_editor = nullptr;
    m_dashboardStack = nullptr;
    m_navigator->setEnabled(bool(m_session));
    if (!m_session) {
        m_pages->addWidget(makeNoDatabasePage(
            this, [this] { chooseAndOpen(); }, [this] { chooseAndCreate(); }));
        updateStatusBar();
        return;
    }

    // Each page is made the first time it is shown. A page reads the whole
    // register when it is made: on a 50,000-case file making all eight took
    // over a second before the first could be seen.
    m_pageMade.fill(false);
    for (int page = Dashboard; page < PageCount; ++page)
        m_pages->addWidget(new QWidget(m_pages));
    connect(m_session.get(), &AppSession::registerReset, this, &MainWindow::showWelcomeIfEmpty);
    connect(m_session.get(), &AppSession::caseAdded, this, &MainWindow::showWelcomeIfEmpty);
    showPage(Dashboard);
    updateStatusBar();
}

QWidget* MainWindow::pageWidget(Page which)
{
    if (m_pageMade[which])
        return m_pages->widget(which);
    QWidget* placeholder = m_pages->widget(which);
    QWidget* made = makePage(which);
    m_pageMade[which] = true;
    m_pages->removeWidget(placeholder);
    m_pages->insertWidget(which, made);
    placeholder->deleteLater();
    return made;
}

QWidget* MainWindow::makePage(Page which)
{
    switch (which) {
    case Dashboard: {
        m_dashboardStack = new QStackedWidget(m_pages);
        auto* welcome = new WelcomePage(m_dashboardStack);
        auto* dashboard = new DashboardPage(m_session.get(), m_dashboardStack);
        m_dashboardStack->addWidget(welcome);
        m_dashboardStack->addWidget(dashboard);
        connect(welcome, &WelcomePage::newCaseRequested, this, &MainWindow::newCase);
        connect(welcome, &WelcomePage::demoRequested, this, &MainWindow::loadDemoData);
        connect(welcome, &WelcomePage::importRequested, this, [this] {
            if (m_session)
                importCasesCsv(this, *m_session);
        });
        connect(dashboard, &DashboardPage::openCaseRequested, this, &MainWindow::openCase);
        showWelcomeIfEmpty();
        return m_dashboardStack;
    }
    case Cases:
        m_register = new RegisterPage(m_session.get(), m_pages);
        connect(m_register, &RegisterPage::openCaseRequested, this, &MainWindow::openCase);
        return m_register;
    case Actions: {
        auto* actions = new ActionsPage(m_session.get(), m_undoStack, m_pages);
        connect(actions, &ActionsPage::openCaseRequested, this, &MainWindow::openCase);
        return actions;
    }
    case Timeline: {
        auto* timeline = new TimelinePage(m_session.get(), m_pages);
        connect(timeline, &TimelinePage::openCaseRequested, this, &MainWindow::openCase);
        // Clicking a mark of the timeline opens its case to edit it.
        connect(timeline, &TimelinePage::itemActivated, this,
                [this](const QString& ref) { openCase(ref); });
        return timeline;
    }
    case Charts: {
        auto* charts = new ChartsPage(m_session.get(), m_pages);
        connect(charts, &ChartsPage::openCaseRequested, this, &MainWindow::openCase);
        return charts;
    }
    case Directory:
        return new DirectoryPage(m_session.get(), m_pages);
    case Reports:
        return new ReportsPage(m_session.get(), m_pages);
    case CasePage:
    case PageCount:
        break;
    }
    m_editor = new CaseEditor(m_session.get(), m_undoStack, m_pages);
    connect(m_editor, &CaseEditor::closeRequested, this, [this] {
        if (leaveCaseEditor())
            showPage(Cases);
    });
    return m_editor;
}

void MainWindow::showWelcomeIfEmpty()
{
    if (m_dashboardStack)
        m_dashboardStack->setCurrentIndex(m_session->snapshot().entries().isEmpty() ? 0 : 1);
}

void MainWindow::showPage(Page page)
{
    if (!m_session)
        return;
    if (currentPage() == CasePage && page != CasePage && !leaveCaseEditor()) {
        const QSignalBlocker blocker(m_navigator);
        m_navigator->setCurrentRow(CasePage);
        return;
    }
    m_pages->setCurrentWidget(pageWidget(page));
    const QSignalBlocker blocker(m_navigator);
    m_navigator->setCurrentRow(page);
    if (QWidget* widget = m_pages->currentWidget())
        widget->setFocus();
}

MainWindow::Page MainWindow::currentPage() const
{
    return m_session ? Page(m_pages->currentIndex()) : Dashboard;
}

bool MainWindow::leaveCaseEditor()
{
    return !m_editor || m_editor->maybeClose();
}

void MainWindow::openCase(const QString& ref)
{
    if (!m_session || ref.isEmpty())
        return;
    pageWidget(CasePage);
    if (currentPage() == CasePage && m_editor->currentRef() != ref && !leaveCaseEditor())
        return;
    m_editor->openCase(ref);
    showPage(CasePage);
}

void MainWindow::newCase()
{
    if (!m_session)
        return;
    pageWidget(CasePage);
    if (currentPage() == CasePage && !leaveCaseEditor())
        return;
    m_editor->newCase();
    showPage(CasePage);
    m_editor->focusFirstField();
}

void MainWindow::updateStatusBar()
{
    // Only an open file's path is worth copying. A selectable label lays its
    // text out in a text document, a cost the first frame ("Opening…")
    // need not pay before the window reaches the screen.
    m_pathLabel->setTextInteractionFlags(
        m_session ? Qt::TextSelectableByMouse : Qt::LinksAccessibleByMouse); // a label's default
    if (!m_session) {
        m_pathLabel->setText(tr("No register open"));
        m_countLabel->clear();
        setWindowTitle(tr("ReviewDesk"));
        return;
    }
    const QString path = QDir::toNativeSeparators(m_session->path());
    m_pathLabel->setText(path);
    const auto& entries = m_session->snapshot().entries();
    const auto open = std::count_if(entries.begin(), entries.end(), [](const CaseEntry& entry) {
        return entry.file.kase.status == CaseStatus::Open;
    });
    m_countLabel->setText(tr("%1, %2 open").arg(casesText(entries.size())).arg(open));
    setWindowTitle(tr("%1 — ReviewDesk").arg(QFileInfo(path).fileName()));
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = RecentFiles::list();
    for (const QString& path : files)
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] {
            if (!QFileInfo::exists(path)) {
                QMessageBox::warning(this, tr("Open Recent"), tr("%1 no longer exists.").arg(path));
                RecentFiles::remove(path);
                updateRecentMenu();
                return;
            }
            openDatabase(path);
        });
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::chooseAndOpen()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Register"), QString(),
        tr("ReviewDesk registers (*.sqlite *.reviewdesk);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::chooseAndCreate()
{
    QFileDialog dialog(this, tr("New Register"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setNameFilter(tr("ReviewDesk registers (*.sqlite)"));
    dialog.setDefaultSuffix(QStringLiteral("sqlite"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().constFirst();
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("New Register"),
                             tr("%1 already exists. Choose a new name; ReviewDesk never "
                                "replaces a register.")
                                 .arg(path));
        return;
    }
    openDatabase(path);
}

void MainWindow::backupNow()
{
    if (!m_session)
        return;
    const QString suggested = QStringLiteral("%1-backup-%2.sqlite")
                                  .arg(QFileInfo(m_session->path()).completeBaseName(),
                                       QDate::currentDate().toString(Qt::ISODate));
    const QString path = QFileDialog::getSaveFileName(this, tr("Backup Now"), suggested,
                                                      tr("ReviewDesk registers (*.sqlite)"));
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status copied = m_session->workspace().database().backupTo(path);
    QApplication::restoreOverrideCursor();
    if (!copied)
        QMessageBox::warning(this, tr("Backup Now"), copied.error().message);
    else
        statusBar()->showMessage(tr("Backup written to %1").arg(path), 8000);
}

void MainWindow::loadDemoData()
{
    if (!m_session)
        return;
    DemoOptions options;
    options.cases = 40;
    options.seed = 1;
    options.today = m_session->today();
    auto made = generateDemoData(m_session->workspace(), options);
    if (!made) {
        QMessageBox::warning(this, tr("Demo data"), made.error().message);
        return;
    }
    if (auto reloaded = m_session->reload(); !reloaded)
        QMessageBox::warning(this, tr("Demo data"), reloaded.error().message);
    statusBar()->showMessage(
        tr("%1 added").arg(counted(*made, tr("demonstration case"), tr("demonstration cases"))),
        8000);
}

void MainWindow::openSettings()
{
    if (!m_session)
        return;
    SettingsDialog dialog(m_session.get(), this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!leaveCaseEditor()) {
        event->ignore();
        return;
    }
    AppSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

} // namespace reviewdesk::ui
