#include "storage/caserepository.h"

#include "domain/themes.h"
#include "storage/sqlitereader.h"
#include "storage/sqlrow.h"
#include "storage/sqlvalues.h"

namespace reviewdesk {
namespace {

QString joinThemes(const QStringList& themes)
{
    return themes.join(QLatin1Char(','));
}

void bindFields(QSqlQuery& query, const Case& kase)
{
    query.bindValue(QStringLiteral(":ref"), sql::text(kase.ref));
    query.bindValue(QStringLiteral(":ref_key"), CaseRepository::refKey(kase.ref));
    query.bindValue(QStringLiteral(":panel_ref"), sql::text(kase.panelRef));
    query.bindValue(QStringLiteral(":child_id"), sql::text(kase.childId));
    query.bindValue(QStringLiteral(":age_band"), sql::text(kase.ageBand));
    query.bindValue(QStringLiteral(":sex"), sql::text(kase.sex));
    query.bindValue(QStringLiteral(":ethnicity"), sql::text(kase.ethnicity));
    query.bindValue(QStringLiteral(":harm"), sql::name(kase.harm));
    query.bindValue(QStringLiteral(":incident_date"), sql::date(kase.incident));
    query.bindValue(QStringLiteral(":aware_date"), sql::date(kase.aware));
    query.bindValue(QStringLiteral(":notified_date"), sql::date(kase.notified));
    query.bindValue(QStringLiteral(":themes"), sql::text(joinThemes(kase.themes)));
    query.bindValue(QStringLiteral(":lead_officer"), sql::text(kase.leadOfficer));
    query.bindValue(QStringLiteral(":status"), sql::name(kase.status));
    query.bindValue(QStringLiteral(":notes"), sql::text(kase.notes));
    query.bindValue(QStringLiteral(":rule_set"), sql::text(kase.ruleSet));
}

} // namespace

QString CaseRepository::columns()
{
    return QStringLiteral(
        "id, ref, panel_ref, child_id, age_band, sex, ethnicity, harm, incident_date, aware_date, "
        "notified_date, themes, lead_officer, status, notes, rule_set, version");
}

Case CaseRepository::read(const QSqlQuery& query, int first)
{
    return readRow(sql::QueryRow(query), first);
}

template <typename Row>
Case CaseRepository::readRow(const Row& row, int first)
{
    Case kase;
    int column = first;
    kase.id = row.integer(column++);
    kase.ref = row.text(column++);
    kase.panelRef = row.text(column++);
    kase.childId = row.sharedText(column++); // initials: few, and repeated
    kase.ageBand = row.sharedText(column++);
    kase.sex = row.sharedText(column++);
    kase.ethnicity = row.sharedText(column++);
    kase.harm = sql::enumAt(row, column++, Harm::SeriousHarm);
    kase.incident = row.optionalDate(column++);
    kase.aware = row.date(column++);
    kase.notified = row.optionalDate(column++);
    // Themes typed before they were stored in one form ("online harm" beside
    // "online-harm") read as one theme. The file is rewritten only when the
    // case is next saved, and the audit does not record that as a change: its
    // before-image is read this way too, and the theme is the same.
    kase.themes = row.sharedSplit(column++, QLatin1Char(','), &canonicalThemes);
    kase.leadOfficer = row.sharedText(column++);
    kase.status = sql::enumAt(row, column++, CaseStatus::Open);
    kase.notes = row.text(column++);
    kase.ruleSet = row.sharedText(column++);
    kase.version = int(row.integer(column++));
    return kase;
}

template Case CaseRepository::readRow(const sql::QueryRow&, int);
template Case CaseRepository::readRow(const sql::SqliteRow&, int);

Result<std::optional<Case>> CaseRepository::findOne(const QString& where, const QVariant& value)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM cases WHERE %2").arg(columns(), where));
    query.addBindValue(value);
    if (auto ran = sql::run(query, "read the case"); !ran)
        return ran.error();
    if (!query.next())
        return std::optional<Case>{};
    return std::optional<Case>{read(query)};
}

Result<std::optional<Case>> CaseRepository::findByRef(const QString& ref)
{
    return findOne(QStringLiteral("ref_key = ?"), refKey(ref));
}

Result<std::optional<Case>> CaseRepository::findById(RecordId id)
{
    return findOne(QStringLiteral("id = ?"), id);
}

Result<QList<Case>> CaseRepository::all()
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM cases ORDER BY aware_date, ref").arg(columns()));
    if (auto ran = sql::run(query, "read the cases"); !ran)
        return ran.error();
    QList<Case> cases;
    while (query.next())
        cases.append(read(query));
    return cases;
}

Status CaseRepository::insert(Case& kase)
{
    auto prepared = m_database.preparedStatement(QStringLiteral(
        "INSERT INTO cases (ref, ref_key, panel_ref, child_id, age_band, sex, ethnicity, harm, "
        "incident_date, aware_date, notified_date, themes, lead_officer, status, notes, rule_set) "
        "VALUES (:ref, :ref_key, :panel_ref, :child_id, :age_band, :sex, :ethnicity, :harm, "
        ":incident_date, :aware_date, :notified_date, :themes, :lead_officer, :status, :notes, "
        ":rule_set)"));
    if (!prepared)
        return prepared.error();
    QSqlQuery& query = **prepared;
    bindFields(query, kase);
    if (auto ran = sql::run(query, "add the case"); !ran)
        return ran;
    kase.id = query.lastInsertId().toLongLong();
    kase.version = 1;
    return success();
}

Status CaseRepository::update(Case& kase)
{
    auto prepared = m_database.preparedStatement(QStringLiteral(
        "UPDATE cases SET ref = :ref, ref_key = :ref_key, panel_ref = :panel_ref, "
        "child_id = :child_id, age_band = :age_band, sex = :sex, ethnicity = :ethnicity, "
        "harm = :harm, incident_date = :incident_date, aware_date = :aware_date, "
        "notified_date = :notified_date, themes = :themes, lead_officer = :lead_officer, "
        "status = :status, notes = :notes, rule_set = :rule_set, version = version + 1 "
        "WHERE id = :id AND version = :version"));
    if (!prepared)
        return prepared.error();
    QSqlQuery& query = **prepared;
    bindFields(query, kase);
    query.bindValue(QStringLiteral(":id"), kase.id);
    query.bindValue(QStringLiteral(":version"), kase.version);
    if (auto ran = sql::run(query, "save the case"); !ran)
        return ran;
    if (query.numRowsAffected() != 1)
        return Error::conflict(
            QStringLiteral("case %1 was changed by someone else since you opened it; reload it "
                           "and make your change again")
                .arg(kase.ref));
    ++kase.version;
    return success();
}

} // namespace reviewdesk
