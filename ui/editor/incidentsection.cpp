#include "editor/incidentsection.h"

#include "domain/childanswers.h"
#include "domain/themes.h"
#include "editor/datefield.h"
#include "editor/deadlinenote.h"
#include "editor/formrow.h"
#include "layouts/fontfit.h"
#include "schedule/ruleset.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>

namespace reviewdesk::ui {
namespace {

// An editable choice: the usual answers offered, anything else may be typed.
// Each answer is shown in words (`shown`) and stored as the register keeps it.
QComboBox* makeChoice(const QString& objectName, const QList<OfferedAnswer>& answers,
                      QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setEditable(true);
    for (const OfferedAnswer& answer : answers)
        combo->addItem(answer.shown, answer.stored);
    combo->setCurrentIndex(-1);
    return combo;
}

// What a choice showed for its stored answer, so an answer left alone is
// given back exactly as stored: "Female" in a file written before answers
// were stored in one form stays "Female" until saved, and is not an edit.
const char* const kStoredAnswer = "storedAnswer";
const char* const kShownAnswer = "shownAnswer";

// The stored answer for what the choice shows: the loaded one if untouched,
// else an offered answer however it was capitalised when typed, or the typed
// words as they are.
QString chosenAnswer(const QComboBox* combo)
{
    const QString text = combo->currentText().trimmed();
    if (text == combo->property(kShownAnswer).toString())
        return combo->property(kStoredAnswer).toString();
    const int index = combo->findText(text, Qt::MatchFixedString);
    return index >= 0 ? combo->itemData(index).toString() : text;
}

void showAnswer(QComboBox* combo, const QString& stored)
{
    int index = combo->findData(stored);
    if (index < 0)
        index = combo->findText(stored, Qt::MatchFixedString);
    combo->setCurrentIndex(index);
    if (index < 0)
        combo->setEditText(stored);
    combo->setProperty(kStoredAnswer, stored);
    combo->setProperty(kShownAnswer, combo->currentText().trimmed());
}

void selectData(QComboBox* combo, const QString& data)
{
    const int index = combo->findData(data);
    combo->setCurrentIndex(index);
    if (index < 0 && combo->isEditable())
        combo->setEditText(data);
}

} // namespace

IncidentSection::IncidentSection(QWidget* parent)
    : QGroupBox(tr("Incident and notification"), parent),
      m_sectionProblems(makeProblemLabel(QStringLiteral("incidentProblems"), this)),
      m_problems(m_sectionProblems)
{
    setObjectName(QStringLiteral("incidentSection"));
    auto* form = new QFormLayout(this);

    m_ref = new QLineEdit(this);
    m_ref->setObjectName(QStringLiteral("caseRef"));
    m_ref->setPlaceholderText(QStringLiteral("e.g. SSCP-2024-007"));
    addFormRow(form, tr("&Reference"), m_ref);
    form->addRow(m_problems.addLabel(QStringLiteral("ref"), QStringLiteral("caseRefError"), this));

    m_childId = new QLineEdit(this);
    m_childId->setObjectName(QStringLiteral("childId"));
    m_childId->setPlaceholderText(tr("initials or pseudonym"));
    m_childId->setToolTip(tr("Initials or a pseudonym only, never the child's full name."));
    addFormRow(form, tr("&Child (initials or pseudonym)"), m_childId);
    form->addRow(
        m_problems.addLabel(QStringLiteral("child"), QStringLiteral("childIdError"), this));

    m_ageBand = makeChoice(QStringLiteral("ageBand"), ageBands(), this);
    addFormRow(form, tr("A&ge band"), m_ageBand);
    m_sex = makeChoice(QStringLiteral("sex"), sexes(), this);
    addFormRow(form, tr("Se&x"), m_sex);
    m_ethnicity = new QLineEdit(this);
    m_ethnicity->setObjectName(QStringLiteral("ethnicity"));
    addFormRow(form, tr("E&thnicity"), m_ethnicity);

    m_harm = new QComboBox(this);
    m_harm->setObjectName(QStringLiteral("harm"));
    m_harm->addItem(tr("Serious harm"), nameOf(Harm::SeriousHarm));
    m_harm->addItem(tr("Death"), nameOf(Harm::Death));
    addFormRow(form, tr("&Harm"), m_harm);

    m_incident =
        new DateField(QStringLiteral("incidentDate"), QStringLiteral("incident date"), this);
    addFormRow(form, tr("&Incident date"), m_incident, m_incident->lineEdit());
    m_problems.addDate(QStringLiteral("incident"), m_incident);
    m_aware = new DateField(QStringLiteral("awareDate"), QStringLiteral("aware date"), this);
    addFormRow(form, tr("Date LA &aware"), m_aware, m_aware->lineEdit());
    m_problems.addDate(QStringLiteral("aware"), m_aware);
    m_notified =
        new DateField(QStringLiteral("notifiedDate"), QStringLiteral("notified date"), this);
    m_notificationDeadline =
        m_notified->addNote(QStringLiteral("notificationDeadline"), tr("Notification deadline"));
    addFormRow(form, tr("Date &notified"), m_notified, m_notified->lineEdit());
    m_problems.addDate(QStringLiteral("notified"), m_notified);

    m_panelRef = new QLineEdit(this);
    m_panelRef->setObjectName(QStringLiteral("panelRef"));
    addFormRow(form, tr("National &Panel reference"), m_panelRef);

    m_themes = new QListWidget(this);
    m_themes->setObjectName(QStringLiteral("themes"));
    for (const StandardTheme& theme : standardThemes()) {
        auto* item = new QListWidgetItem(theme.label, m_themes);
        item->setData(Qt::UserRole, theme.name);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    }
    // Every standard theme in sight, in two columns, so none that is ticked
    // hides below a scroll.
    m_themes->setFlow(QListView::TopToBottom);
    m_themes->setWrapping(true);
    m_themes->setResizeMode(QListView::Adjust);
    m_themes->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_themes->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    refitOnFontChange(m_themes, [list = m_themes] {
        const int rows = (list->count() + 1) / 2;
        const int frame = 2 * list->frameWidth();
        // Two pixels more than the rows: QListView starts a new column for an
        // item that would end on the viewport's last pixel.
        list->setFixedHeight(list->sizeHintForRow(0) * rows + frame + 2);
        list->setMinimumWidth(2 * list->sizeHintForColumn(0) + frame);
    });
    addFormRow(form, tr("T&hemes"), m_themes);
    m_otherThemes = new QLineEdit(this);
    m_otherThemes->setObjectName(QStringLiteral("otherThemes"));
    m_otherThemes->setPlaceholderText(tr("other themes, separated by commas"));
    addFormRow(form, tr("&Other themes"), m_otherThemes);
    form->addRow(
        m_problems.addLabel(QStringLiteral("themes"), QStringLiteral("themesError"), this));

    m_leadOfficer = new QLineEdit(this);
    m_leadOfficer->setObjectName(QStringLiteral("leadOfficer"));
    addFormRow(form, tr("&Lead officer"), m_leadOfficer);

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("caseStatus"));
    m_status->addItem(tr("Open"), nameOf(CaseStatus::Open));
    m_status->addItem(tr("Closed"), nameOf(CaseStatus::Closed));
    addFormRow(form, tr("&Status"), m_status);

    m_ruleSet = new QComboBox(this);
    m_ruleSet->setObjectName(QStringLiteral("ruleSet"));
    for (const RuleSet& rules : builtInRuleSets())
        m_ruleSet->addItem(rules.title, rules.name);
    addFormRow(form, tr("R&ule set"), m_ruleSet);
    form->addRow(
        m_problems.addLabel(QStringLiteral("rules"), QStringLiteral("ruleSetError"), this));

    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true); // Tab leaves the notes, as in every other field
    addFormRow(form, tr("No&tes"), m_notes);
    form->addRow(m_sectionProblems);

    for (QLineEdit* edit :
         {m_ref, m_childId, m_ethnicity, m_panelRef, m_otherThemes, m_leadOfficer})
        connect(edit, &QLineEdit::textEdited, this, &IncidentSection::edited);
    for (QComboBox* combo : {m_ageBand, m_sex})
        connect(combo, &QComboBox::currentTextChanged, this, &IncidentSection::edited);
    for (QComboBox* combo : {m_harm, m_status, m_ruleSet})
        connect(combo, &QComboBox::activated, this, &IncidentSection::edited);
    for (DateField* date : {m_incident, m_aware, m_notified})
        connect(date, &DateField::edited, this, &IncidentSection::edited);
    connect(m_themes, &QListWidget::itemChanged, this, &IncidentSection::edited);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &IncidentSection::edited);
}

void IncidentSection::load(const Case& kase)
{
    const QSignalBlocker blockThemes(m_themes);
    const QSignalBlocker blockNotes(m_notes);
    const QSignalBlocker blockAge(m_ageBand);
    const QSignalBlocker blockSex(m_sex);
    m_ref->setText(kase.ref);
    m_childId->setText(kase.childId);
    showAnswer(m_ageBand, kase.ageBand);
    showAnswer(m_sex, kase.sex);
    m_ethnicity->setText(kase.ethnicity);
    selectData(m_harm, nameOf(kase.harm));
    m_incident->setDate(kase.incident);
    m_aware->setDate(kase.aware.isValid() ? std::optional<QDate>(kase.aware) : std::nullopt);
    m_notified->setDate(kase.notified);
    m_panelRef->setText(kase.panelRef);
    QStringList other = kase.themes;
    for (int row = 0; row < m_themes->count(); ++row) {
        QListWidgetItem* item = m_themes->item(row);
        const bool checked = other.removeAll(item->data(Qt::UserRole).toString()) > 0;
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
    m_otherThemes->setText(other.join(QStringLiteral(", ")));
    m_leadOfficer->setText(kase.leadOfficer);
    selectData(m_status, nameOf(kase.status));
    selectData(m_ruleSet, kase.ruleSet);
    m_notes->setPlainText(kase.notes);
}

Case IncidentSection::draft(Case base) const
{
    base.ref = m_ref->text().trimmed();
    base.childId = m_childId->text().trimmed();
    base.ageBand = chosenAnswer(m_ageBand);
    base.sex = chosenAnswer(m_sex);
    base.ethnicity = m_ethnicity->text().trimmed();
    base.harm = enumFromName<Harm>(m_harm->currentData().toString()).value_or(Harm::SeriousHarm);
    base.incident = m_incident->enteredDate();
    base.aware = m_aware->enteredDate().value_or(QDate());
    base.notified = m_notified->enteredDate();
    base.panelRef = m_panelRef->text().trimmed();
    QStringList themes;
    for (int row = 0; row < m_themes->count(); ++row)
        if (m_themes->item(row)->checkState() == Qt::Checked)
            themes << m_themes->item(row)->data(Qt::UserRole).toString();
    themes << m_otherThemes->text().split(QLatin1Char(','));
    // As the case will store them: "SUDI" typed beside a ticked SUDI is no edit.
    base.themes = canonicalThemes(themes);
    base.leadOfficer = m_leadOfficer->text().trimmed();
    base.status =
        enumFromName<CaseStatus>(m_status->currentData().toString()).value_or(CaseStatus::Open);
    base.ruleSet = m_ruleSet->currentData().toString();
    base.notes = m_notes->toPlainText();
    return base;
}

void IncidentSection::showDeadlines(const QList<Deadline>& deadlines)
{
    std::optional<Deadline> notification;
    for (const Deadline& deadline : deadlines)
        if (deadline.kind == DeadlineKind::Notification)
            notification = deadline;
    showDeadline(m_notificationDeadline, notification,
                 tr("notification due: enter the aware date"));
}

} // namespace reviewdesk::ui
