// AboutDialog: Help ▸ About ReviewDesk. What a council's IT team or a bug
// report needs: the version, the licence with its full text, the Qt and SQLite
// libraries actually running, and the notices of the third-party software.
#pragma once

#include <QDialog>

class QPlainTextEdit;
class QTabWidget;

namespace reviewdesk::ui {

class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);

    // Plain text, one line each: the application, Qt, SQLite, the system.
    // What "Copy Version Details" puts on the clipboard for a support request.
    static QString versionDetails();

    QTabWidget* tabs() const { return m_tabs; }
    QPlainTextEdit* licenceView() const { return m_licence; }

private:
    QWidget* makeAboutTab(const QString& sqlite);
    QWidget* makeLicenceTab();
    QWidget* makeNoticesTab(const QString& sqlite);

    QTabWidget* m_tabs;
    QPlainTextEdit* m_licence = nullptr;
};

} // namespace reviewdesk::ui
