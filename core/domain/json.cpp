#include "domain/json.h"

#include "util/isodate.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace reviewdesk::json {
namespace {

QJsonValue date(const std::optional<QDate>& value)
{
    return value ? QJsonValue(toIso(*value)) : QJsonValue(QJsonValue::Null);
}

template <typename Enum>
QJsonValue name(const std::optional<Enum>& value)
{
    return value ? QJsonValue(nameOf(*value)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject toJson(const Case& kase)
{
    return {
        {QStringLiteral("id"), kase.id},
        {QStringLiteral("ref"), kase.ref},
        {QStringLiteral("panel_ref"), kase.panelRef},
        {QStringLiteral("child"), kase.childId},
        {QStringLiteral("age_band"), kase.ageBand},
        {QStringLiteral("sex"), kase.sex},
        {QStringLiteral("ethnicity"), kase.ethnicity},
        {QStringLiteral("harm"), nameOf(kase.harm)},
        {QStringLiteral("incident"), date(kase.incident)},
        {QStringLiteral("aware"), toIso(kase.aware)},
        {QStringLiteral("notified"), date(kase.notified)},
        {QStringLiteral("themes"), QJsonArray::fromStringList(kase.themes)},
        {QStringLiteral("lead"), kase.leadOfficer},
        {QStringLiteral("status"), nameOf(kase.status)},
        {QStringLiteral("notes"), kase.notes},
        {QStringLiteral("rules"), kase.ruleSet},
        {QStringLiteral("version"), kase.version},
    };
}

QJsonObject toJson(const RapidReview& review)
{
    return {
        {QStringLiteral("id"), review.id},
        {QStringLiteral("started"), date(review.started)},
        {QStringLiteral("meeting"), date(review.meeting)},
        {QStringLiteral("completed"), date(review.completed)},
        {QStringLiteral("sent"), date(review.sent)},
        {QStringLiteral("decision"), name(review.decision)},
        {QStringLiteral("rationale"), review.rationale},
        {QStringLiteral("panel_response"), name(review.panelResponse)},
        {QStringLiteral("panel_response_date"), date(review.panelResponseDate)},
        {QStringLiteral("version"), review.version},
    };
}

QJsonObject toJson(const PracticeReview& review)
{
    return {
        {QStringLiteral("id"), review.id},
        {QStringLiteral("type"), nameOf(review.type)},
        {QStringLiteral("decided"), toIso(review.decided)},
        {QStringLiteral("reviewer"), review.reviewer},
        {QStringLiteral("method"), review.method},
        {QStringLiteral("terms_of_reference"), date(review.termsOfReference)},
        {QStringLiteral("planned_publication"), date(review.plannedPublication)},
        {QStringLiteral("sent"), date(review.sent)},
        {QStringLiteral("published"), date(review.published)},
        {QStringLiteral("link"), review.link},
        {QStringLiteral("version"), review.version},
    };
}

QJsonObject toJson(const Extension& extension)
{
    return {
        {QStringLiteral("id"), extension.id},
        {QStringLiteral("to"), toIso(extension.newDue)},
        {QStringLiteral("reason"), extension.reason},
        {QStringLiteral("agreed_by"), extension.agreedBy},
        {QStringLiteral("agreed_on"), date(extension.agreedOn)},
    };
}

QJsonObject toJson(const Milestone& milestone)
{
    return {
        {QStringLiteral("id"), milestone.id},
        {QStringLiteral("review"), nameOf(milestone.owner)},
        {QStringLiteral("name"), milestone.name},
        {QStringLiteral("due"), toIso(milestone.due)},
        {QStringLiteral("done"), date(milestone.done)},
        {QStringLiteral("version"), milestone.version},
    };
}

QJsonObject toJson(const Action& action)
{
    return {
        {QStringLiteral("id"), action.id},
        {QStringLiteral("text"), action.recommendation},
        {QStringLiteral("owner"), action.ownerAgency},
        {QStringLiteral("officer"), action.officer},
        {QStringLiteral("due"), toIso(action.due)},
        {QStringLiteral("status"), nameOf(action.status)},
        {QStringLiteral("evidence"), action.evidence},
        {QStringLiteral("closed"), date(action.closed)},
        {QStringLiteral("version"), action.version},
    };
}

QJsonObject toJson(const Agency& agency)
{
    return {
        {QStringLiteral("id"), agency.id},
        {QStringLiteral("name"), agency.name},
        {QStringLiteral("category"), nameOf(agency.category)},
        {QStringLiteral("version"), agency.version},
    };
}

QJsonObject toJson(const Person& person)
{
    return {
        {QStringLiteral("id"), person.id},
        {QStringLiteral("name"), person.name},
        {QStringLiteral("role"), nameOf(person.role)},
        {QStringLiteral("agency"),
         person.agencyId ? QJsonValue(*person.agencyId) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("version"), person.version},
    };
}

QJsonObject toJson(const Meeting& meeting)
{
    QJsonArray cases;
    for (RecordId id : meeting.caseIds)
        cases.append(id);
    return {
        {QStringLiteral("id"), meeting.id},
        {QStringLiteral("date"), toIso(meeting.date)},
        {QStringLiteral("title"), meeting.title},
        {QStringLiteral("attendees"), meeting.attendees},
        {QStringLiteral("decisions"), meeting.decisions},
        {QStringLiteral("cases"), cases},
        {QStringLiteral("version"), meeting.version},
    };
}

QJsonObject toJson(const AuditEvent& event)
{
    auto parsed = [](const QString& text) -> QJsonValue {
        if (text.isEmpty())
            return QJsonValue::Null;
        return QJsonDocument::fromJson(text.toUtf8()).object();
    };
    return {
        {QStringLiteral("id"), event.id},
        {QStringLiteral("at"), event.at.toString(Qt::ISODate)},
        {QStringLiteral("actor"), event.actor},
        {QStringLiteral("case"), event.caseRef},
        {QStringLiteral("entity"), event.entity},
        {QStringLiteral("entity_id"), event.entityId},
        {QStringLiteral("operation"), event.operation},
        {QStringLiteral("summary"), event.summary},
        {QStringLiteral("before"), parsed(event.before)},
        {QStringLiteral("after"), parsed(event.after)},
    };
}

QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace reviewdesk::json
