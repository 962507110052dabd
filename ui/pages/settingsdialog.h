// SettingsDialog: the partnership's settings kept in the file (the warning
// window, the default rule set for new cases, its own non-working days) and the
// user's display name for the audit trail, kept in QSettings on this computer.
// OK applies the file's settings through Workspace and reloads the register,
// since every open deadline may change; Cancel leaves them as they were. Added
// non-working days are the exception: each is saved (and audited) when added,
// and the dialog says so.
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace reviewdesk {
enum class NonWorkingDayKind;
}

namespace reviewdesk::ui {

class AppSession;
class NonWorkingDayDialog;

class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(AppSession* session, QWidget* parent = nullptr);

    // The name the audit trail records for this user: the one set here, else
    // the operating system's user name.
    static QString displayName();
    static inline const QString kDisplayNameKey = QStringLiteral("user/displayName");

    // Applies the settings; false (with the reason shown) when one was refused.
    bool applyChanges();
    void accept() override;

public slots:
    // Open the dialog for a day (window-modal, without blocking) and return at once.
    void addClosureDay();
    void addBankHoliday();

private:
    void openDayDialog(NonWorkingDayKind kind);
    void saveDay(NonWorkingDayDialog* dialog);
    void loadSettings();
    void loadNonWorkingDays();
    void setError(const QString& message);

    AppSession* m_session;
    int m_savedWindow = 3;
    QString m_savedRuleSet;
    QSpinBox* m_window = nullptr;
    QComboBox* m_ruleSet = nullptr;
    QLineEdit* m_displayName = nullptr;
    QListWidget* m_days = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace reviewdesk::ui
