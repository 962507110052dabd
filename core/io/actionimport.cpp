#include "io/actionimport.h"

#include "domain/json.h"
#include "io/csv.h"
#include "io/importcommit.h"
#include "io/importplanning.h"
#include "io/registerexport.h"
#include "services/validation.h"
#include "storage/actionrepository.h"
#include "storage/caserepository.h"
#include "util/counted.h"
#include "util/isodate.h"

#include <algorithm>

namespace reviewdesk::io {

QString actionKey(const QString& caseRef, const Action& action)
{
    return QStringList{CaseRepository::refKey(caseRef),
                       action.recommendation.simplified().toCaseFolded(),
                       ActionRepository::agencyKey(action.ownerAgency), toIso(action.due)}
        .join(QChar(0x1F));
}

ActionImportPlan planActionImport(QByteArrayView bytes, const QHash<QString, Case>& casesByRefKey,
                                  const QSet<QString>& existingActions)
{
    ActionImportPlan plan;
    const CsvDocument document = readCsv(bytes);
    auto finish = [&plan]() { return finishPlanning(plan); };
    if (!startPlanning(document, plan.problems))
        return finish();
    const CsvRecord& header = document.records.first();
    QHash<QString, qsizetype> indexOf;
    for (const QString& key : actionColumns())
        for (qsizetype i = 0; i < header.fields.size(); ++i)
            if (headerKey(header.fields.at(i)) == headerKey(key) && !indexOf.contains(key))
                indexOf.insert(key, i);
    bool columnsMissing = false;
    for (const char* required : {"case", "text", "owner", "due"}) {
        const QString key = QString::fromLatin1(required);
        if (!indexOf.contains(key)) {
            plan.problems.append(
                {header.line, key, QStringLiteral("the file has no \"%1\" column").arg(key)});
            columnsMissing = true;
        }
    }
    if (columnsMissing)
        return finish();

    QHash<QString, int> seen; // actionKey -> line, within the file
    for (qsizetype r = 1; r < document.records.size(); ++r) {
        const CsvRecord& record = document.records.at(r);
        if (std::all_of(record.fields.cbegin(), record.fields.cend(),
                        [](const QString& field) { return field.trimmed().isEmpty(); }))
            continue;
        const qsizetype before = plan.problems.size();
        auto cell = [&](const char* key) {
            const qsizetype index = indexOf.value(QString::fromLatin1(key), -1);
            return index < 0 ? QString() : unguardCell(record.fields.value(index));
        };
        auto problem = [&](const QString& column, const QString& message) {
            plan.problems.append(
                {record.line, header.fields.value(indexOf.value(column, -1), column), message});
        };
        ActionImportRow row;
        row.line = record.line;
        row.caseRef = cell("case").trimmed();
        const auto kase = casesByRefKey.constFind(CaseRepository::refKey(row.caseRef));
        if (row.caseRef.isEmpty())
            problem(QStringLiteral("case"), QStringLiteral("the case reference is required"));
        else if (kase == casesByRefKey.constEnd())
            problem(QStringLiteral("case"),
                    QStringLiteral("no case with reference %1 in the register").arg(row.caseRef));
        Action& action = row.action;
        action.recommendation = cell("text").trimmed();
        action.ownerAgency = cell("owner").simplified();
        action.officer = cell("officer").trimmed();
        action.evidence = cell("evidence").trimmed();
        if (auto due = parseOptionalIsoDate(cell("due"), QStringLiteral("date")); !due)
            problem(QStringLiteral("due"), due.error().message);
        else if (*due)
            action.due = **due;
        if (auto closed = parseOptionalIsoDate(cell("closed"), QStringLiteral("date")); !closed)
            problem(QStringLiteral("closed"), closed.error().message);
        else
            action.closed = *closed;
        const QString status = cell("status").trimmed();
        if (!status.isEmpty()) {
            std::optional<ActionStatus> value;
            for (const auto& [candidate, name] : EnumNames<ActionStatus>::table)
                if (headerKey(status) == headerKey(QString::fromLatin1(name)))
                    value = candidate;
            if (value)
                action.status = *value;
            else
                problem(QStringLiteral("status"),
                        QStringLiteral("unknown action status \"%1\"; use %2")
                            .arg(status, allNames<ActionStatus>(QStringLiteral(", "))));
        }
        if (plan.problems.size() == before && kase != casesByRefKey.constEnd())
            for (const Error& error : problemsWith(action, *kase))
                problem(error.field == QLatin1String("text") ||
                                error.field == QLatin1String("owner") ||
                                error.field == QLatin1String("due") ||
                                error.field == QLatin1String("closed")
                            ? error.field
                            : QStringLiteral("status"),
                        error.message);
        const QString key = actionKey(row.caseRef, action);
        if (plan.problems.size() == before && seen.contains(key))
            problem(QStringLiteral("text"),
                    QStringLiteral("the same action is also on line %1").arg(seen.value(key)));
        else if (plan.problems.size() == before && existingActions.contains(key))
            problem(QStringLiteral("text"),
                    QStringLiteral("case %1 already has this action (same text, owner and due "
                                   "date)")
                        .arg(row.caseRef));
        if (plan.problems.size() == before) {
            seen.insert(key, record.line);
            plan.rows.append(std::move(row));
        }
    }
    if (plan.rows.isEmpty() && plan.problems.isEmpty())
        plan.problems.append(
            {header.line, {}, QStringLiteral("the file has a header but no actions")});
    return finish();
}

Result<ActionImportPlan> planActionImport(Workspace& workspace, QByteArrayView bytes)
{
    auto files = workspace.loadRegisterRecords();
    if (!files)
        return files.error();
    QHash<QString, Case> byKey;
    QSet<QString> existing;
    byKey.reserve(files->size());
    for (const CaseRecord& file : *files) {
        byKey.insert(CaseRepository::refKey(file.kase.ref), file.kase);
        for (const Action& action : file.actions)
            existing.insert(actionKey(file.kase.ref, action));
    }
    return planActionImport(bytes, byKey, existing);
}

Result<int> importActions(Workspace& workspace, const ActionImportPlan& plan, const QString& source)
{
    if (!plan.problems.isEmpty())
        return problemsRefusal(plan.problems.size());
    if (plan.rows.isEmpty())
        return Error::invalid(QStringLiteral("the file has no actions; nothing was imported"));
    Transaction transaction(workspace.database());
    if (!transaction.began())
        return transaction.began().error();
    ActionRepository actions(workspace.database());
    CaseRepository cases(workspace.database());
    for (const ActionImportRow& row : plan.rows) {
        auto fail = [&row](const Error& error) {
            return Error{error.kind, QStringLiteral("line %1: %2").arg(row.line).arg(error.message),
                         error.field};
        };
        auto kase = cases.findByRef(row.caseRef);
        if (!kase)
            return kase.error();
        if (!*kase)
            return fail(Error::notFound(
                QStringLiteral("case %1 is no longer in the register").arg(row.caseRef)));
        Action action = row.action;
        action.caseId = (*kase)->id;
        bool created = false;
        auto agency =
            actions.findOrCreateAgency(action.ownerAgency, AgencyCategory::Other, &created);
        if (!agency)
            return fail(agency.error());
        action.ownerAgencyId = agency->id;
        action.ownerAgency = agency->name;
        if (created)
            if (auto audited = workspace.audit(
                    {}, QStringLiteral("agency"), agency->id, QStringLiteral("create"),
                    QStringLiteral("agency \"%1\" added").arg(agency->name), {},
                    json::toJson(*agency));
                !audited)
                return audited.error();
        if (auto inserted = actions.insert(action); !inserted)
            return fail(inserted.error());
        if (auto audited = workspace.audit((*kase)->ref, QStringLiteral("action"), action.id,
                                           QStringLiteral("create"),
                                           QStringLiteral("action %1 for %2 imported from %3")
                                               .arg(action.id)
                                               .arg((*kase)->ref, source),
                                           {}, json::toJson(action));
            !audited)
            return audited.error();
    }
    return commitImport(workspace, transaction, plan.rows.size(), actionsText, source);
}

} // namespace reviewdesk::io
