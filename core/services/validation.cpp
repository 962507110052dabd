#include "services/validation.h"

#include "schedule/ruleset.h"
#include "util/isodate.h"

#include <QRegularExpression>

namespace reviewdesk {
namespace {

// "notified (2024-01-02) is before aware (2024-01-05)".
void requireOrder(Problems& problems, const std::optional<QDate>& earlier,
                  const QString& earlierName, const std::optional<QDate>& later,
                  const QString& laterName, const QString& field)
{
    if (earlier && later && *later < *earlier)
        problems.append(
            Error::invalid(QStringLiteral("the %1 date %2 is before the %3 date %4")
                               .arg(laterName, toIso(*later), earlierName, toIso(*earlier)),
                           field));
}

void requireSupportedYear(Problems& problems, const std::optional<QDate>& date, const QString& name,
                          const QString& field)
{
    // A missing date is another problem, said once where the date is required.
    if (date && date->isValid() &&
        (date->year() < kFirstSupportedYear || date->year() > kLastSupportedYear))
        problems.append(Error::invalid(QStringLiteral("the %1 date must be between %2 and %3")
                                           .arg(name)
                                           .arg(kFirstSupportedYear)
                                           .arg(kLastSupportedYear),
                                       field));
}

} // namespace

Problems problemsWith(const Case& kase)
{
    Problems problems;
    static const QRegularExpression refPattern(
        QStringLiteral("^[A-Za-z0-9][A-Za-z0-9/_.-]{0,39}$"));
    if (kase.ref.trimmed().isEmpty())
        problems.append(Error::invalid(QStringLiteral("the case reference is required"),
                                       QStringLiteral("ref")));
    else if (!refPattern.match(kase.ref).hasMatch())
        problems.append(Error::invalid(
            QStringLiteral("the case reference \"%1\" may use only letters, digits and - _ / . "
                           "(at most 40 characters)")
                // A long paste is shown by its start: enough to find it, not all of it.
                .arg(kase.ref.size() > 50 ? kase.ref.left(40) + QStringLiteral("…") : kase.ref),
            QStringLiteral("ref")));
    if (kase.childId.size() > 20)
        problems.append(Error::invalid(
            QStringLiteral("the child identifier must be initials or a short pseudonym (at most 20 "
                           "characters), never a full name"),
            QStringLiteral("child")));
    if (!kase.aware.isValid())
        problems.append(
            Error::invalid(QStringLiteral("the date the local authority became aware is "
                                          "required"),
                           QStringLiteral("aware")));
    requireSupportedYear(problems, kase.aware, QStringLiteral("aware"), QStringLiteral("aware"));
    requireSupportedYear(problems, kase.incident, QStringLiteral("incident"),
                         QStringLiteral("incident"));
    requireSupportedYear(problems, kase.notified, QStringLiteral("notification"),
                         QStringLiteral("notified"));
    requireOrder(problems, kase.incident, QStringLiteral("incident"), kase.aware,
                 QStringLiteral("aware"), QStringLiteral("aware"));
    requireOrder(problems, kase.aware, QStringLiteral("aware"), kase.notified,
                 QStringLiteral("notification"), QStringLiteral("notified"));
    if (!findRuleSet(kase.ruleSet))
        problems.append(Error::invalid(QStringLiteral("unknown rule set \"%1\"").arg(kase.ruleSet),
                                       QStringLiteral("rules")));
    for (const QString& theme : kase.themes)
        if (theme.trimmed().isEmpty() || theme.contains(QLatin1Char(',')))
            problems.append(
                Error::invalid(QStringLiteral("a theme cannot be empty or contain a comma"),
                               QStringLiteral("themes")));
    return problems;
}

Problems problemsWith(const RapidReview& review, const Case& kase)
{
    Problems problems;
    const std::optional<QDate> aware = kase.aware;
    requireSupportedYear(problems, review.started, QStringLiteral("start"),
                         QStringLiteral("started"));
    requireSupportedYear(problems, review.completed, QStringLiteral("completion"),
                         QStringLiteral("completed"));
    requireSupportedYear(problems, review.sent, QStringLiteral("sent"), QStringLiteral("sent"));
    requireOrder(problems, aware, QStringLiteral("aware"), review.started,
                 QStringLiteral("rapid review start"), QStringLiteral("started"));
    requireOrder(problems, aware, QStringLiteral("aware"), review.completed,
                 QStringLiteral("rapid review completion"), QStringLiteral("completed"));
    // Sending is what meets the deadline: never before the case was known.
    requireOrder(problems, aware, QStringLiteral("aware"), review.sent,
                 QStringLiteral("sent to the national Panel"), QStringLiteral("sent"));
    requireOrder(problems, review.started, QStringLiteral("rapid review start"), review.completed,
                 QStringLiteral("rapid review completion"), QStringLiteral("completed"));
    requireOrder(problems, review.started, QStringLiteral("rapid review start"), review.meeting,
                 QStringLiteral("rapid review meeting"), QStringLiteral("meeting"));
    requireOrder(problems, review.completed, QStringLiteral("rapid review completion"), review.sent,
                 QStringLiteral("sent to the national Panel"), QStringLiteral("sent"));
    requireOrder(problems, review.sent, QStringLiteral("sent to the national Panel"),
                 review.panelResponseDate, QStringLiteral("national Panel response"),
                 QStringLiteral("panel_response_date"));
    if (review.decision && !review.completed)
        problems.append(Error::invalid(
            QStringLiteral("a rapid review decision needs the date the rapid review was completed"),
            QStringLiteral("completed")));
    return problems;
}

Problems problemsWith(const PracticeReview& review, const Case& kase)
{
    Problems problems;
    if (!review.decided.isValid()) {
        problems.append(Error::invalid(QStringLiteral("the date of the decision to initiate the "
                                                      "review is required"),
                                       QStringLiteral("decided")));
        return problems;
    }
    const std::optional<QDate> decided = review.decided;
    requireSupportedYear(problems, decided, QStringLiteral("decision"), QStringLiteral("decided"));
    requireSupportedYear(problems, review.plannedPublication, QStringLiteral("planned publication"),
                         QStringLiteral("planned_publication"));
    requireSupportedYear(problems, review.sent, QStringLiteral("sent"), QStringLiteral("sent"));
    requireSupportedYear(problems, review.published, QStringLiteral("publication"),
                         QStringLiteral("published"));
    requireOrder(problems, kase.aware, QStringLiteral("aware"), decided, QStringLiteral("decision"),
                 QStringLiteral("decided"));
    requireOrder(problems, decided, QStringLiteral("decision"), review.termsOfReference,
                 QStringLiteral("terms of reference"), QStringLiteral("terms_of_reference"));
    requireOrder(problems, decided, QStringLiteral("decision"), review.plannedPublication,
                 QStringLiteral("planned publication"), QStringLiteral("planned_publication"));
    requireOrder(problems, decided, QStringLiteral("decision"), review.sent,
                 QStringLiteral("sent to the national Panel"), QStringLiteral("sent"));
    requireOrder(problems, decided, QStringLiteral("decision"), review.published,
                 QStringLiteral("publication"), QStringLiteral("published"));
    return problems;
}

Problems problemsWith(const Action& action, const Case& kase)
{
    Problems problems;
    if (action.recommendation.trimmed().isEmpty())
        problems.append(Error::invalid(QStringLiteral("the action's text is required"),
                                       QStringLiteral("text")));
    if (action.ownerAgency.trimmed().isEmpty())
        problems.append(Error::invalid(QStringLiteral("the action needs an owner agency"),
                                       QStringLiteral("owner")));
    // An unknown owner becomes an agency: the same limit as naming one directly.
    if (action.ownerAgency.trimmed().size() > kMaxNameLength)
        problems.append(Error::invalid(QStringLiteral("the owner agency's name is too long (at "
                                                      "most %1 characters)")
                                           .arg(kMaxNameLength),
                                       QStringLiteral("owner")));
    if (!action.due.isValid())
        problems.append(
            Error::invalid(QStringLiteral("the action needs a due date"), QStringLiteral("due")));
    requireSupportedYear(problems, action.due, QStringLiteral("due"), QStringLiteral("due"));
    requireOrder(problems, kase.aware, QStringLiteral("aware"), action.due,
                 QStringLiteral("action due"), QStringLiteral("due"));
    requireOrder(problems, kase.aware, QStringLiteral("aware"), action.closed,
                 QStringLiteral("action completion"), QStringLiteral("closed"));
    if (isClosed(action.status) && !action.closed)
        problems.append(
            Error::invalid(QStringLiteral("a complete action needs its completion date"),
                           QStringLiteral("closed")));
    if (!isClosed(action.status) && action.closed)
        problems.append(Error::invalid(
            QStringLiteral("an action with a completion date must be complete or impact-evidenced"),
            QStringLiteral("status")));
    return problems;
}

Problems problemsWith(const Extension& extension, const PracticeReview& review,
                      const QDate& currentDue)
{
    Problems problems;
    if (extension.reason.trimmed().isEmpty())
        problems.append(Error::invalid(QStringLiteral("an extension needs a reason"),
                                       QStringLiteral("reason")));
    if (!extension.newDue.isValid() || extension.newDue <= currentDue)
        problems.append(Error::invalid(
            QStringLiteral("an extension must move the publication due date later than %1")
                .arg(toIso(currentDue)),
            QStringLiteral("to")));
    else if (extension.newDue.year() > kLastSupportedYear)
        problems.append(
            Error::invalid(QStringLiteral("the extended date is beyond the supported years"),
                           QStringLiteral("to")));
    if (extension.agreedOn && *extension.agreedOn < review.decided)
        problems.append(Error::invalid(
            QStringLiteral("an extension cannot be agreed before the decision to initiate the "
                           "LCSPR (%1)")
                .arg(toIso(review.decided)),
            QStringLiteral("agreed-on")));
    if (extension.agreedOn && review.published && *extension.agreedOn > *review.published)
        problems.append(Error::invalid(QStringLiteral("the LCSPR was published on %1; an "
                                                      "extension agreed after that cannot move "
                                                      "its due date")
                                           .arg(toIso(*review.published)),
                                       QStringLiteral("agreed-on")));
    return problems;
}

} // namespace reviewdesk
