#include "pages/settingsdialog.h"

#include "pages/nonworkingdaydialog.h"
#include "schedule/ruleset.h"
#include "services/calendarservice.h"
#include "session/appsession.h"
#include "session/appsettings.h"
#include "util/isodate.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace reviewdesk::ui {

QString SettingsDialog::displayName()
{
    const QString name = AppSettings().value(kDisplayNameKey).toString().simplified();
    return name.isEmpty() ? systemUserName() : name;
}

SettingsDialog::SettingsDialog(AppSession* session, QWidget* parent)
    : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));

    auto* deadlines = new QGroupBox(tr("Deadlines (this file, for everyone who uses it)"), this);
    m_window = new QSpinBox(deadlines);
    m_window->setObjectName(QStringLiteral("warningWindowSpin"));
    m_window->setAccessibleName(tr("Warning window in working days"));
    m_window->setRange(0, 60);
    m_window->setSuffix(tr(" working days"));
    m_window->setToolTip(tr("An open deadline this close is shown as due soon."));
    m_ruleSet = new QComboBox(deadlines);
    m_ruleSet->setObjectName(QStringLiteral("defaultRuleSetCombo"));
    m_ruleSet->setAccessibleName(tr("Default rule set for new cases"));
    for (const RuleSet& rules : builtInRuleSets())
        m_ruleSet->addItem(rules.title, rules.name);
    auto* deadlineForm = new QFormLayout(deadlines);
    deadlineForm->addRow(tr("&Warning window:"), m_window);
    deadlineForm->addRow(tr("Default &rule set for new cases:"), m_ruleSet);

    auto* days = new QGroupBox(tr("Local closure days and extra bank holidays"), this);
    m_days = new QListWidget(days);
    m_days->setObjectName(QStringLiteral("nonWorkingDaysList"));
    m_days->setAccessibleName(tr("Extra non-working days"));
    auto* addClosure = new QPushButton(tr("Add &closure day…"), days);
    addClosure->setObjectName(QStringLiteral("addClosureDayButton"));
    auto* addHoliday = new QPushButton(tr("Add &bank holiday…"), days);
    addHoliday->setObjectName(QStringLiteral("addBankHolidayButton"));
    auto* savedAtOnce = new QLabel(tr("A day you add is saved at once and counts in every "
                                      "deadline straight away; Cancel does not remove it."),
                                   days);
    savedAtOnce->setObjectName(QStringLiteral("savedAtOnceNote"));
    savedAtOnce->setWordWrap(true);
    auto* dayButtons = new QHBoxLayout;
    dayButtons->addWidget(addClosure);
    dayButtons->addWidget(addHoliday);
    dayButtons->addStretch();
    auto* daysLayout = new QVBoxLayout(days);
    daysLayout->addWidget(m_days);
    daysLayout->addLayout(dayButtons);
    daysLayout->addWidget(savedAtOnce);

    auto* you = new QGroupBox(tr("You (this computer only)"), this);
    m_displayName = new QLineEdit(AppSettings().value(kDisplayNameKey).toString(), you);
    m_displayName->setObjectName(QStringLiteral("displayNameEdit"));
    m_displayName->setAccessibleName(tr("Your name in the audit trail"));
    m_displayName->setPlaceholderText(systemUserName());
    m_displayName->setMaxLength(120);
    auto* youForm = new QFormLayout(you);
    youForm->addRow(tr("Your &name in the audit trail:"), m_displayName);
    // The file records who made each change as the name in use when it was opened.
    auto* nextOpen = new QLabel(tr("Used from the next time you open a file."), you);
    nextOpen->setWordWrap(true);
    youForm->addRow(nextOpen);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #d32f2f; font-weight: bold;"));
    m_error->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttons"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(deadlines);
    layout->addWidget(days);
    layout->addWidget(you);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(addClosure, &QPushButton::clicked, this, &SettingsDialog::addClosureDay);
    connect(addHoliday, &QPushButton::clicked, this, &SettingsDialog::addBankHoliday);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    loadSettings();
    loadNonWorkingDays();
}

void SettingsDialog::loadSettings()
{
    Workspace& workspace = m_session->workspace();
    QStringList problems;
    if (auto window = workspace.warningWindow())
        m_savedWindow = *window;
    else
        problems << window.error().message;
    m_window->setValue(m_savedWindow);
    if (auto rules = workspace.defaultRuleSet())
        m_savedRuleSet = *rules;
    else
        problems << rules.error().message;
    const int index = m_ruleSet->findData(m_savedRuleSet);
    // A rule set this version does not know is kept unless the user picks another.
    if (index < 0 && !m_savedRuleSet.isEmpty())
        m_ruleSet->addItem(tr("%1 (not known to this version)").arg(m_savedRuleSet),
                           m_savedRuleSet);
    m_ruleSet->setCurrentIndex(m_ruleSet->findData(m_savedRuleSet));
    setError(problems.join(QLatin1Char('\n')));
}

void SettingsDialog::loadNonWorkingDays()
{
    m_days->clear();
    auto calendar = m_session->workspace().calendar();
    if (!calendar) {
        setError(calendar.error().message);
        return;
    }
    NamedDays days = calendar->extraNonWorkingDays();
    std::sort(days.begin(), days.end(),
              [](const NamedDay& a, const NamedDay& b) { return a.date < b.date; });
    for (const NamedDay& day : days) {
        auto* item = new QListWidgetItem(
            QStringLiteral("%1 — %2").arg(toDisplay(day.date), day.name), m_days);
        item->setData(Qt::UserRole, day.date);
    }
}

void SettingsDialog::setError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void SettingsDialog::addClosureDay()
{
    openDayDialog(NonWorkingDayKind::Closure);
}

void SettingsDialog::addBankHoliday()
{
    openDayDialog(NonWorkingDayKind::BankHoliday);
}

void SettingsDialog::openDayDialog(NonWorkingDayKind kind)
{
    auto* dialog = new NonWorkingDayDialog(kind, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RecordDialog::saveRequested, this, [this, dialog] { saveDay(dialog); });
    dialog->open();
}

void SettingsDialog::saveDay(NonWorkingDayDialog* dialog)
{
    auto date = dialog->date();
    if (!date) {
        dialog->setError(date.error().message);
        return;
    }
    auto added = CalendarService(m_session->workspace())
                     .addNonWorkingDay(*date, dialog->name(), dialog->kind());
    if (!added) {
        dialog->setError(added.error().message);
        return;
    }
    dialog->accept();
    loadNonWorkingDays();
    // The day is in the file now, whatever happens to this dialog: deadlines move at once.
    if (auto reloaded = m_session->reload(); !reloaded)
        setError(reloaded.error().message);
    m_session->notifyDirectoryChanged();
}

bool SettingsDialog::applyChanges()
{
    setError({});
    Workspace& workspace = m_session->workspace();
    const bool windowChanged = m_window->value() != m_savedWindow;
    if (windowChanged) {
        if (auto saved = workspace.setWarningWindow(m_window->value()); !saved) {
            setError(saved.error().message);
            return false;
        }
        m_savedWindow = m_window->value();
    }
    const QString ruleSet = m_ruleSet->currentData().toString();
    if (ruleSet != m_savedRuleSet) {
        if (auto saved = workspace.setDefaultRuleSet(ruleSet); !saved) {
            setError(saved.error().message);
            return false;
        }
        m_savedRuleSet = ruleSet;
    }

    AppSettings settings;
    const QString name = m_displayName->text().simplified();
    if (name.isEmpty())
        settings.remove(kDisplayNameKey);
    else
        settings.setValue(kDisplayNameKey, name);

    if (windowChanged) {
        if (auto reloaded = m_session->reload(); !reloaded) {
            setError(reloaded.error().message);
            return false;
        }
    }
    m_session->notifyDirectoryChanged();
    return true;
}

void SettingsDialog::accept()
{
    if (applyChanges())
        QDialog::accept();
}

} // namespace reviewdesk::ui
