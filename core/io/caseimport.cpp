#include "io/caseimport.h"

#include "calendar/workingcalendar.h"
#include "domain/childanswers.h"
#include "domain/themes.h"
#include "io/csv.h"
#include "io/importplanning.h"
#include "schedule/deadlineengine.h"
#include "schedule/ruleset.h"
#include "services/validation.h"
#include "storage/caserepository.h"
#include "util/isodate.h"

#include <QRegularExpression>

#include <algorithm>

namespace reviewdesk::io {
namespace {

// The validation rules name their fields ("aware", "sent"...); these are the
// columns each of them is about, by the record it was checking.
QString columnOfCaseField(const QString& field)
{
    return field; // the case's fields and the case columns share their names
}

QString columnOfRapidReviewField(const QString& field)
{
    return QStringLiteral("rr_") + field;
}

QString columnOfPracticeReviewField(const QString& field)
{
    if (field == QLatin1String("decided") || field == QLatin1String("planned_publication") ||
        field == QLatin1String("sent") || field == QLatin1String("published") ||
        field == QLatin1String("terms_of_reference"))
        return QStringLiteral("review_") + field;
    return QStringLiteral("review_decided");
}

// An enum value by its stable name or its words, ignoring case, spaces and
// hyphens: "serious-harm", "Serious harm" and "SERIOUS_HARM" are one value.
template <typename Enum>
std::optional<Enum> enumFromLooseName(const QString& text,
                                      std::initializer_list<std::pair<const char*, Enum>> aliases)
{
    const QString key = headerKey(text);
    for (const auto& [candidate, name] : EnumNames<Enum>::table)
        if (key == headerKey(QString::fromLatin1(name)))
            return candidate;
    for (const auto& [alias, value] : aliases)
        if (key == headerKey(QString::fromUtf8(alias)))
            return value;
    return std::nullopt;
}

QStringList splitThemes(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[;,]"));
    return canonicalThemes(text.split(separators, Qt::SkipEmptyParts));
}

// One row being read: the values by ReviewDesk column key, and the problems found.
class RowReader
{
public:
    RowReader(const CsvRecord& record, const QHash<QString, qsizetype>& indexOf,
              const ColumnMapping& mapping, QList<ImportProblem>& problems)
        : m_record(record), m_indexOf(indexOf), m_mapping(mapping), m_problems(problems)
    {}

    // The raw cell, or empty when the column is not mapped.
    QString raw(const QString& key) const
    {
        const auto index = m_indexOf.value(key, -1);
        return index < 0 ? QString() : m_record.fields.value(index);
    }
    QString text(const QString& key) const { return unguardCell(raw(key)).trimmed(); }
    QString longText(const QString& key) const { return unguardCell(raw(key)); }
    bool has(const QString& key) const { return !raw(key).trimmed().isEmpty(); }

    std::optional<QDate> date(const QString& key)
    {
        auto parsed = parseOptionalIsoDate(raw(key), QStringLiteral("date"));
        if (!parsed) {
            problem(key, parsed.error().message);
            return std::nullopt;
        }
        return *parsed;
    }

    template <typename Enum>
    std::optional<Enum> choice(const QString& key, const QString& what,
                               std::initializer_list<std::pair<const char*, Enum>> aliases = {})
    {
        if (!has(key))
            return std::nullopt;
        const auto value = enumFromLooseName<Enum>(raw(key), aliases);
        if (!value)
            problem(key, QStringLiteral("unknown %1 \"%2\"; use %3")
                             .arg(what, raw(key).trimmed(), allNames<Enum>(QStringLiteral(", "))));
        return value;
    }

    void require(const QString& key, const QString& what)
    {
        if (!has(key))
            problem(key, QStringLiteral("%1 is required").arg(what));
    }

    void problem(const QString& key, const QString& message)
    {
        m_problems.append({m_record.line, m_mapping.value(key, key), message});
        ++m_count;
    }
    int count() const { return m_count; }

private:
    const CsvRecord& m_record;
    const QHash<QString, qsizetype>& m_indexOf;
    const ColumnMapping& m_mapping;
    QList<ImportProblem>& m_problems;
    int m_count = 0;
};

// The non-empty lines of a cell holding several records, each split at "|"
// into at least `parts` parts (the last part keeps any further "|"; an
// escaped "\\|" is part of the text, see escapedCellPart).
QList<QStringList> cellRecords(RowReader& row, const QString& key, int parts, const QString& shape)
{
    QList<QStringList> records;
    const QStringList lines = row.longText(key).split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        QStringList split = splitCellParts(line);
        if (split.size() < parts) {
            row.problem(
                key,
                QStringLiteral("line %1 of the cell is not in the form %2").arg(i + 1).arg(shape));
            continue;
        }
        const QString last = split.mid(parts - 1).join(QLatin1Char('|'));
        split = split.mid(0, parts - 1) << last;
        for (QString& part : split)
            part = part.trimmed();
        records << split;
    }
    return records;
}

std::optional<QDate> cellDate(RowReader& row, const QString& key, const QString& text,
                              bool required, const QString& what)
{
    if (text.isEmpty()) {
        if (required)
            row.problem(key, QStringLiteral("%1 is required").arg(what));
        return std::nullopt;
    }
    auto parsed = parseIsoDate(text, what);
    if (!parsed) {
        row.problem(key, parsed.error().message);
        return std::nullopt;
    }
    return *parsed;
}

QList<Extension> readExtensions(RowReader& row)
{
    const QString key = QStringLiteral("review_extensions");
    QList<Extension> extensions;
    for (const QStringList& parts :
         cellRecords(row, key, 4, QStringLiteral("new due | agreed by | agreed on | reason"))) {
        Extension extension;
        if (auto due = cellDate(row, key, parts.at(0), true, QStringLiteral("extension date")))
            extension.newDue = *due;
        extension.agreedBy = parts.at(1);
        extension.agreedOn = cellDate(row, key, parts.at(2), false, QStringLiteral("agreed date"));
        extension.reason = parts.at(3);
        if (extension.reason.isEmpty())
            row.problem(key, QStringLiteral("an extension needs a reason"));
        if (!extensions.isEmpty() && extension.newDue.isValid() &&
            extension.newDue <= extensions.last().newDue)
            row.problem(key, QStringLiteral("each extension must move the date later than the "
                                            "one before (%1)")
                                 .arg(toIso(extensions.last().newDue)));
        extensions << extension;
    }
    return extensions;
}

QList<Milestone> readMilestones(RowReader& row, const CaseFile& file)
{
    const QString key = QStringLiteral("milestones");
    QList<Milestone> milestones;
    for (const QStringList& parts :
         cellRecords(row, key, 4, QStringLiteral("review | name | due | done"))) {
        Milestone milestone;
        const auto owner = enumFromName<MilestoneOwner>(parts.at(0));
        if (!owner) {
            row.problem(key, QStringLiteral("unknown review \"%1\" for a milestone; use %2")
                                 .arg(parts.at(0), allNames<MilestoneOwner>(QStringLiteral(", "))));
            continue;
        }
        milestone.owner = *owner;
        if ((*owner == MilestoneOwner::RapidReview && !file.rapidReview) ||
            (*owner == MilestoneOwner::PracticeReview && !file.practiceReview))
            row.problem(
                key,
                QStringLiteral("a %1 milestone for a case without that review").arg(parts.at(0)));
        milestone.name = parts.at(1);
        if (milestone.name.isEmpty())
            row.problem(key, QStringLiteral("a milestone needs a name"));
        if (auto due = cellDate(row, key, parts.at(2), true, QStringLiteral("milestone due date")))
            milestone.due = *due;
        milestone.done =
            cellDate(row, key, parts.at(3), false, QStringLiteral("milestone done date"));
        milestone.position = static_cast<int>(milestones.size());
        milestones << milestone;
    }
    return milestones;
}

bool groupHasValue(const RowReader& row, const ColumnMapping& mapping, CaseColumnGroup group)
{
    for (const CaseColumn& column : caseColumns())
        if (column.group == group && column.importable && mapping.contains(column.key) &&
            row.has(column.key))
            return true;
    return false;
}

ImportRow readRow(RowReader& row, const ColumnMapping& mapping)
{
    ImportRow result;
    Case& k = result.file.kase;
    row.require(QStringLiteral("ref"), QStringLiteral("the case reference"));
    row.require(QStringLiteral("aware"), QStringLiteral("the date the local authority became "
                                                        "aware"));
    row.require(QStringLiteral("harm"), QStringLiteral("the harm (death or serious-harm)"));
    k.ref = row.text(QStringLiteral("ref"));
    k.panelRef = row.text(QStringLiteral("panel_ref"));
    k.childId = row.text(QStringLiteral("child"));
    k.ageBand = canonicalAgeBand(row.text(QStringLiteral("age_band")));
    k.sex = canonicalSex(row.text(QStringLiteral("sex")));
    k.ethnicity = row.text(QStringLiteral("ethnicity"));
    if (auto harm = row.choice<Harm>(QStringLiteral("harm"), QStringLiteral("harm")))
        k.harm = *harm;
    k.incident = row.date(QStringLiteral("incident"));
    if (auto aware = row.date(QStringLiteral("aware")))
        k.aware = *aware;
    k.notified = row.date(QStringLiteral("notified"));
    k.themes = splitThemes(row.longText(QStringLiteral("themes")));
    k.leadOfficer = row.text(QStringLiteral("lead"));
    if (auto status = row.choice<CaseStatus>(QStringLiteral("status"), QStringLiteral("status")))
        k.status = *status;
    k.notes = row.longText(QStringLiteral("notes"));
    k.ruleSet = row.text(QStringLiteral("rules"));
    result.ruleSetGiven = !k.ruleSet.isEmpty();
    if (!result.ruleSetGiven)
        k.ruleSet = defaultRuleSetName(); // checked against the register's default when written

    if (groupHasValue(row, mapping, CaseColumnGroup::RapidReview)) {
        RapidReview rr;
        rr.started = row.date(QStringLiteral("rr_started"));
        rr.meeting = row.date(QStringLiteral("rr_meeting"));
        rr.completed = row.date(QStringLiteral("rr_completed"));
        rr.sent = row.date(QStringLiteral("rr_sent"));
        rr.decision = row.choice<RapidReviewDecision>(
            QStringLiteral("rr_decision"), QStringLiteral("rapid review decision"),
            {{"no lcspr", RapidReviewDecision::NoLcspr}, {"none", RapidReviewDecision::NoLcspr}});
        rr.rationale = row.longText(QStringLiteral("rr_rationale"));
        rr.panelResponse = row.choice<PanelResponse>(QStringLiteral("rr_panel_response"),
                                                     QStringLiteral("national Panel response"));
        rr.panelResponseDate = row.date(QStringLiteral("rr_panel_response_date"));
        result.file.rapidReview = rr;
    }
    if (groupHasValue(row, mapping, CaseColumnGroup::PracticeReview)) {
        PracticeReview pr;
        if (auto type = row.choice<PracticeReviewType>(
                QStringLiteral("review_type"), QStringLiteral("practice review type"),
                {{"serious case review", PracticeReviewType::SeriousCaseReview},
                 {"local learning", PracticeReviewType::LocalLearningReview}}))
            pr.type = *type;
        if (auto decided = row.date(QStringLiteral("review_decided")))
            pr.decided = *decided;
        pr.reviewer = row.text(QStringLiteral("reviewer"));
        pr.method = row.text(QStringLiteral("review_method"));
        pr.termsOfReference = row.date(QStringLiteral("review_terms_of_reference"));
        pr.plannedPublication = row.date(QStringLiteral("review_planned_publication"));
        pr.sent = row.date(QStringLiteral("review_sent"));
        pr.published = row.date(QStringLiteral("review_published"));
        pr.link = row.text(QStringLiteral("review_link"));
        result.file.practiceReview = pr;
        result.file.extensions = readExtensions(row);
    }
    result.file.milestones = readMilestones(row, result.file);
    return result;
}

// The extensions as the import will write them, one after the other, each
// against the due date the one before left (the first against six months
// from the decision), so that a dry run refuses what the import would.
void checkExtensions(RowReader& row, const CaseFile& file)
{
    const QString key = QStringLiteral("review_extensions");
    if (file.extensions.isEmpty() || !file.practiceReview ||
        !file.practiceReview->decided.isValid())
        return;
    const PracticeReview& review = *file.practiceReview;
    if (review.type != PracticeReviewType::Lcspr) {
        row.problem(key, QStringLiteral("only an LCSPR can be extended"));
        return;
    }
    // The engine's own reckoning, as the import's write asks it: with the
    // extensions before this one, whenever they were agreed.
    const DeadlineEngine engine(WorkingCalendar(),
                                ScheduleOptions{QDate(kLastSupportedYear, 12, 31)});
    CaseRecord before = file;
    before.extensions.clear();
    if (before.kase.ruleSet.isEmpty())
        before.kase.ruleSet = defaultRuleSetName();
    for (const Extension& extension : file.extensions) {
        const std::optional<QDate> due = engine.publicationDue(before);
        if (!due)
            return;
        for (const Error& error : problemsWith(extension, review, *due))
            row.problem(key, error.message);
        before.extensions << extension;
    }
}

// The record-level rules the services apply, once every cell has been read
// without a problem (a missing date would only repeat the cell's problem).
void checkRecords(RowReader& row, const ImportRow& imported)
{
    const CaseFile& file = imported.file;
    for (const Error& error : problemsWith(file.kase))
        row.problem(columnOfCaseField(error.field), error.message);
    if (file.rapidReview)
        for (const Error& error : problemsWith(*file.rapidReview, file.kase))
            row.problem(columnOfRapidReviewField(error.field), error.message);
    if (file.practiceReview)
        for (const Error& error : problemsWith(*file.practiceReview, file.kase))
            row.problem(columnOfPracticeReviewField(error.field), error.message);
    checkExtensions(row, file);
}

} // namespace

QStringList csvHeader(QByteArrayView bytes)
{
    const CsvDocument document = readCsv(bytes);
    if (document.records.isEmpty())
        return {};
    return document.records.first().fields;
}

CaseImportPlan planCaseImport(QByteArrayView bytes)
{
    return planCaseImport(bytes, defaultMapping(csvHeader(bytes)));
}

CaseImportPlan planCaseImport(QByteArrayView bytes, const ColumnMapping& mapping,
                              const QSet<QString>& existingRefKeys)
{
    CaseImportPlan plan;
    plan.mapping = mapping;
    const CsvDocument document = readCsv(bytes);
    auto finish = [&plan]() { return finishPlanning(plan); };
    if (!startPlanning(document, plan.problems))
        return finish();
    const CsvRecord& headerRecord = document.records.first();
    plan.header = headerRecord.fields;

    // Where each mapped ReviewDesk column is in the file.
    const qsizetype readingProblems = plan.problems.size();
    QHash<QString, qsizetype> indexOf;
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it) {
        const CaseColumn* column = findCaseColumn(it.key());
        if (!column || !column->importable) {
            plan.problems.append(
                {headerRecord.line, it.value(),
                 QStringLiteral("\"%1\" is not a column ReviewDesk imports").arg(it.key())});
            continue;
        }
        const qsizetype index = plan.header.indexOf(it.value());
        if (index < 0)
            plan.problems.append({headerRecord.line, it.value(),
                                  QStringLiteral("the file has no column \"%1\"").arg(it.value())});
        else
            indexOf.insert(it.key(), index);
    }
    for (const CaseColumn& column : caseColumns())
        if (column.required && !mapping.contains(column.key))
            plan.problems.append(
                {headerRecord.line, column.key,
                 QStringLiteral("no column of the file is mapped to %1 (%2), which every case "
                                "needs")
                     .arg(column.key, column.label)});
    if (plan.problems.size() > readingProblems)
        return finish(); // without the columns, the rows cannot be checked

    QHash<QString, int> lineOfRef; // within the file, by refKey
    for (qsizetype r = 1; r < document.records.size(); ++r) {
        const CsvRecord& record = document.records.at(r);
        if (std::all_of(record.fields.cbegin(), record.fields.cend(),
                        [](const QString& field) { return field.trimmed().isEmpty(); }))
            continue; // spreadsheets leave rows of empty cells below the data
        RowReader row(record, indexOf, mapping, plan.problems);
        ImportRow imported = readRow(row, mapping);
        imported.line = record.line;
        if (row.count() == 0)
            checkRecords(row, imported);
        const QString key = CaseRepository::refKey(imported.file.kase.ref);
        if (!key.isEmpty()) {
            if (const int first = lineOfRef.value(key); first > 0)
                row.problem(QStringLiteral("ref"),
                            QStringLiteral("the reference %1 is also on line %2 of the file")
                                .arg(imported.file.kase.ref)
                                .arg(first));
            else
                lineOfRef.insert(key, record.line);
            if (existingRefKeys.contains(key))
                row.problem(QStringLiteral("ref"),
                            QStringLiteral("a case with reference %1 is already in the register")
                                .arg(imported.file.kase.ref));
        }
        if (row.count() == 0)
            plan.rows.append(std::move(imported));
    }
    if (plan.rows.isEmpty() && plan.problems.isEmpty())
        plan.problems.append(
            {headerRecord.line, {}, QStringLiteral("the file has a header but no cases")});
    return finish();
}

Status applyMappingOverrides(ColumnMapping& mapping, const QStringList& header,
                             const QStringList& overrides)
{
    for (const QString& override : overrides) {
        const qsizetype equals = override.lastIndexOf(QLatin1Char('='));
        if (equals <= 0)
            return Error::invalid(
                QStringLiteral("--map \"%1\" must be FILE COLUMN=COLUMN KEY (for example "
                               "\"Our ref=ref\")")
                    .arg(override));
        const QString fileColumn = override.left(equals).trimmed();
        const QString key = override.mid(equals + 1).trimmed();
        const CaseColumn* column = findCaseColumn(key);
        if (!column || !column->importable) {
            QStringList keys;
            for (const CaseColumn& candidate : caseColumns())
                if (candidate.importable)
                    keys << candidate.key;
            return Error::invalid(QStringLiteral("--map: unknown column key \"%1\"; use one of %2")
                                      .arg(key, keys.join(QStringLiteral(", "))));
        }
        QString matched;
        for (const QString& name : header)
            if (name.trimmed().compare(fileColumn, Qt::CaseInsensitive) == 0) {
                matched = name;
                break;
            }
        if (matched.isNull())
            return Error::invalid(
                QStringLiteral("--map: the file has no column \"%1\"").arg(fileColumn));
        mapping.insert(key, matched);
    }
    return success();
}

QString describe(const ImportProblem& problem)
{
    if (problem.column.isEmpty())
        return QStringLiteral("line %1: %2").arg(problem.line).arg(problem.message);
    return QStringLiteral("line %1: column %2: %3")
        .arg(problem.line)
        .arg(problem.column, problem.message);
}

} // namespace reviewdesk::io
