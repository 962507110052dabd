// The main window: a navigator of pages (dashboard, register, actions,
// directory, the open case), the menus and shortcuts, and the open file.
// Opening another file builds the pages afresh for it, each when it is first
// shown; a file that cannot be opened leaves the current one open and says why.
#pragma once

#include <QDate>
#include <QMainWindow>

#include <array>
#include <functional>
#include <memory>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QUndoStack;

namespace reviewdesk::ui {

class AppSession;
class CaseEditor;
class RegisterPage;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Page
    {
        Dashboard,
        Cases,
        Actions,
        Timeline,
        Charts,
        Directory,
        Reports,
        CasePage,
        PageCount
    };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens (or creates) a database file; on failure shows why and keeps the current one.
    bool openDatabase(const QString& path);
    // Opens the file once the window is on screen (saying "Opening…" until
    // then), then calls `opened` whether or not it could be opened. Called
    // before the window is first shown, it is the first page the window shows.
    void openDatabaseWhenShown(const QString& path, std::function<void()> opened = {});

    AppSession* session() const { return m_session.get(); }
    QUndoStack* undoStack() const { return m_undoStack; }
    void showPage(Page page);
    Page currentPage() const;
    void openCase(const QString& ref);
    void newCase();
    // Shows the open register as of `day`: the calendar day has turned while
    // it was open (see DayWatcher).
    void showDay(const QDate& day);

protected:
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void createActions();
    void buildPages();
    // The page's widget, made now if the page has not been shown before.
    QWidget* pageWidget(Page which);
    QWidget* makePage(Page which);
    void updateStatusBar();
    void updateRecentMenu();
    void showWelcomeIfEmpty();
    bool leaveCaseEditor();

    void chooseAndOpen();
    void chooseAndCreate();
    void backupNow();
    void loadDemoData();
    void openSettings();
    void showAbout();

    std::unique_ptr<AppSession> m_session;
    QUndoStack* m_undoStack;
    QListWidget* m_navigator;
    QStackedWidget* m_pages;
    std::array<bool, PageCount> m_pageMade{};   // false: a placeholder stands in its place
    QStackedWidget* m_dashboardStack = nullptr; // welcome page or dashboard
    RegisterPage* m_register = nullptr;
    CaseEditor* m_editor = nullptr;
    QMenu* m_recentMenu = nullptr;
    QDate m_dayNotShown; // the last new day whose register could not be read
    QLabel* m_pathLabel;
    QLabel* m_countLabel;
};

} // namespace reviewdesk::ui
