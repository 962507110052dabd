// The case summary: the case, its reviews, deadlines with status, timeline,
// actions and key decisions, as of the report's date.
#include "domain/themes.h"
#include "reports/reportcontent.h"
#include "reports/reportwording.h"
#include "reports/timelinefigure.h"
#include "schedule/ruleset.h"
#include "schedule/wording.h"
#include "util/capitalised.h"
#include "util/isodate.h"

namespace reviewdesk::reports {
namespace {

// The rule set's title ("England — Working Together 2018"), or its stored
// name when this version does not know it.
QString ruleSetText(const QString& name)
{
    const RuleSet* rules = findRuleSet(name);
    return rules ? rules->title : name;
}

QString decisionText(RapidReviewDecision decision)
{
    switch (decision) {
    case RapidReviewDecision::Lcspr:
        return QStringLiteral("An LCSPR");
    case RapidReviewDecision::NoLcspr:
        return QStringLiteral("No LCSPR: learning taken forward another way");
    case RapidReviewDecision::NationalReview:
        return QStringLiteral("A national review may be appropriate");
    }
    return {};
}

QString responseText(PanelResponse response)
{
    switch (response) {
    case PanelResponse::Agreed:
        return QStringLiteral("Agreed");
    case PanelResponse::Challenged:
        return QStringLiteral("Challenged");
    case PanelResponse::NationalReview:
        return QStringLiteral("National review");
    }
    return {};
}

QString reviewTypeText(PracticeReviewType type)
{
    switch (type) {
    case PracticeReviewType::Lcspr:
        return QStringLiteral("LCSPR");
    case PracticeReviewType::SeriousCaseReview:
        return QStringLiteral("Serious case review");
    case PracticeReviewType::LocalLearningReview:
        return QStringLiteral("Local learning review");
    case PracticeReviewType::NationalReview:
        return QStringLiteral("National review");
    }
    return {};
}

Table facts(const QList<std::pair<QString, QString>>& pairs)
{
    Table table;
    table.widths = {1.0, 3.0};
    for (const auto& [key, value] : pairs)
        if (!value.isEmpty())
            table.rows << QStringList{key, value};
    return table;
}

void addCase(ReportDocument& document, const CaseEntry& entry, const ReportRequest& request)
{
    const Case& k = entry.file.kase;
    const QDate asOf = request.snapshot->asOf();
    document.blocks << Heading{QStringLiteral("The case")};
    QList<std::pair<QString, QString>> pairs{
        {QStringLiteral("Reference"), k.ref},
        {QStringLiteral("National Panel reference"), k.panelRef}};
    if (!request.redact)
        pairs.append({QStringLiteral("Child"), k.childId});
    pairs.append(
        {{QStringLiteral("Age band"), k.ageBand},
         {QStringLiteral("Sex"), capitalised(k.sex)},
         {QStringLiteral("Ethnicity"), k.ethnicity},
         {QStringLiteral("Incident type"), harmText(k.harm)},
         {QStringLiteral("Incident"), displayDate(k.incident)},
         {QStringLiteral("Local authority aware"), toDisplay(k.aware)},
         {QStringLiteral("National Panel notified"), eventDate(k.notified, asOf)},
         {QStringLiteral("Themes"), themesText(k.themes)},
         {QStringLiteral("Lead officer"), k.leadOfficer},
         {QStringLiteral("Stage"), stageText(entry.stage)},
         {QStringLiteral("Status"),
          k.status == CaseStatus::Open ? QStringLiteral("Open") : QStringLiteral("Closed")},
         {QStringLiteral("Rule set"), ruleSetText(k.ruleSet)}});
    document.blocks << facts(pairs);
    const QString notes = scrubbed(k.notes, k, request.redact).trimmed();
    if (!notes.isEmpty())
        document.blocks << Paragraph{QStringLiteral("Notes: ") + notes, true};
}

void addDeadlines(ReportDocument& document, const CaseEntry& entry)
{
    document.blocks << Heading{QStringLiteral("Deadlines")};
    if (entry.deadlines.isEmpty()) {
        document.blocks << Paragraph{QStringLiteral("No deadlines on this date."), true};
        return;
    }
    Table table;
    table.headers = {QStringLiteral("Deadline"), QStringLiteral("Clock starts"),
                     QStringLiteral("Due"),      QStringLiteral("Done"),
                     QStringLiteral("Status"),   QStringLiteral("Working days")};
    table.widths = {2.2, 1.5, 1.5, 1.5, 1.1, 1.1};
    table.statusColumn = 4;
    for (const Deadline& deadline : entry.deadlines) {
        QString due = toDisplay(deadline.due);
        if (deadline.extended)
            due += QStringLiteral(" (extended)");
        if (deadline.provisional)
            due += QStringLiteral(" (provisional)");
        table.rows << QStringList{
            deadlineText(deadline),     toDisplay(deadline.start),   due,
            displayDate(deadline.done), statusText(deadline.status), workingDaysText(deadline)};
        table.rowStatus << deadline.status;
    }
    document.blocks << table;
}

void addReviews(ReportDocument& document, const CaseEntry& entry, const ReportRequest& request)
{
    const CaseRecord& file = entry.file;
    const QDate asOf = request.snapshot->asOf();
    document.blocks << Heading{QStringLiteral("Rapid review")};
    if (const auto& rr = file.rapidReview) {
        const bool decided = rr->decision && happenedBy(rr->completed, asOf);
        document.blocks << facts(
            {{QStringLiteral("Started"), eventDate(rr->started, asOf)},
             {QStringLiteral("Meeting"), eventDate(rr->meeting, asOf)},
             {QStringLiteral("Completed"), eventDate(rr->completed, asOf)},
             {QStringLiteral("Sent to the national Panel"), eventDate(rr->sent, asOf)},
             {QStringLiteral("Decision"), decided ? decisionText(*rr->decision) : QString()},
             {QStringLiteral("Rationale"),
              decided ? scrubbed(rr->rationale, file.kase, request.redact) : QString()},
             {QStringLiteral("National Panel response"),
              rr->panelResponse && happenedBy(rr->panelResponseDate, asOf)
                  ? QStringLiteral("%1 on %2")
                        .arg(responseText(*rr->panelResponse), toDisplay(*rr->panelResponseDate))
                  : QString()}});
    } else {
        document.blocks << Paragraph{QStringLiteral("No rapid review recorded."), true};
    }

    const auto& review = file.practiceReview;
    if (!review || review->decided > asOf)
        return;
    document.blocks << Heading{reviewTypeText(review->type)};
    document.blocks << facts(
        {{QStringLiteral("Decision to initiate"), toDisplay(review->decided)},
         {QStringLiteral("Reviewer"), review->reviewer},
         {QStringLiteral("Method"), scrubbed(review->method, file.kase, request.redact)},
         {QStringLiteral("Terms of reference"), eventDate(review->termsOfReference, asOf)},
         {QStringLiteral("Planned publication"), displayDate(review->plannedPublication)},
         {QStringLiteral("Sent to the national Panel and Secretary of State"),
          eventDate(review->sent, asOf)},
         {QStringLiteral("Published"), eventDate(review->published, asOf)},
         {QStringLiteral("Link"), happenedBy(review->published, asOf) ? review->link : QString()}});
}

void addMilestones(ReportDocument& document, const QList<Milestone>& milestones, const QDate& asOf)
{
    if (milestones.isEmpty())
        return;
    document.blocks << Heading{QStringLiteral("Milestones"), 2};
    Table table;
    table.headers = {QStringLiteral("Milestone"), QStringLiteral("Review"), QStringLiteral("Due"),
                     QStringLiteral("Done")};
    table.widths = {3, 1.4, 1.5, 1.5};
    for (const Milestone& milestone : milestones)
        table.rows << QStringList{milestone.name,
                                  milestone.owner == MilestoneOwner::RapidReview
                                      ? QStringLiteral("Rapid review")
                                      : QStringLiteral("Practice review"),
                                  toDisplay(milestone.due), eventDate(milestone.done, asOf)};
    document.blocks << table;
}

// Decisions in date order: the rapid review's, the national Panel's, the
// decision to initiate, and every extension with its reason.
void addDecisions(ReportDocument& document, const CaseRecord& file, const ReportRequest& request)
{
    const QDate asOf = request.snapshot->asOf();
    QList<std::pair<QDate, QString>> decisions;
    if (const auto& rr = file.rapidReview) {
        if (rr->decision && happenedBy(rr->completed, asOf))
            decisions.append({*rr->completed, QStringLiteral("Rapid review decision: ") +
                                                  decisionText(*rr->decision)});
        if (rr->panelResponse && happenedBy(rr->panelResponseDate, asOf))
            decisions.append({*rr->panelResponseDate, QStringLiteral("National Panel response: ") +
                                                          responseText(*rr->panelResponse)});
    }
    if (const auto& review = file.practiceReview; review && review->decided <= asOf) {
        decisions.append({review->decided, QStringLiteral("Decision to initiate the ") +
                                               reviewTypeText(review->type)});
        for (const Extension& extension : file.extensions) {
            const QDate agreed = extension.agreedOn.value_or(review->decided);
            if (agreed > asOf)
                continue;
            QString text = QStringLiteral("Publication extended to %1: %2")
                               .arg(toDisplay(extension.newDue),
                                    scrubbed(extension.reason, file.kase, request.redact));
            if (!extension.agreedBy.isEmpty())
                text += QStringLiteral(" (agreed by %1)").arg(extension.agreedBy);
            decisions.append({agreed, text});
        }
    }
    document.blocks << Heading{QStringLiteral("Key decisions")};
    if (decisions.isEmpty()) {
        document.blocks << Paragraph{QStringLiteral("No decisions recorded by this date."), true};
        return;
    }
    std::stable_sort(decisions.begin(), decisions.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    Table table;
    table.headers = {QStringLiteral("Date"), QStringLiteral("Decision")};
    table.widths = {1, 4};
    for (const auto& [date, text] : decisions)
        table.rows << QStringList{toDisplay(date), text};
    document.blocks << table;
}

void addActions(ReportDocument& document, const CaseEntry& entry, const ReportRequest& request)
{
    const QDate asOf = request.snapshot->asOf();
    document.blocks << Heading{QStringLiteral("Learning actions")};
    if (entry.file.actions.isEmpty()) {
        document.blocks << Paragraph{QStringLiteral("No actions recorded."), true};
        return;
    }
    Table table;
    table.headers = {QStringLiteral("No."),    QStringLiteral("Recommendation"),
                     QStringLiteral("Owner"),  QStringLiteral("Due"),
                     QStringLiteral("Status"), QStringLiteral("Closed")};
    table.widths = {0.5, 3.4, 1.5, 1.3, 1.1, 1.3};
    table.statusColumn = 4;
    for (const Action& action : entry.file.actions) {
        std::optional<DeadlineStatus> status;
        for (const Deadline& deadline : entry.deadlines)
            if (deadline.actionId == action.id)
                status = deadline.status;
        const bool closed = happenedBy(action.closed, asOf);
        QString owner = action.ownerAgency;
        if (!action.officer.isEmpty())
            owner += QStringLiteral(" (%1)").arg(action.officer);
        table.rows << QStringList{
            QString::number(action.id),
            scrubbed(action.recommendation, entry.file.kase, request.redact),
            owner,
            toDisplay(action.due),
            status ? statusText(*status)
                   : (closed ? actionStatusText(action.status) : QStringLiteral("Open")),
            closed ? toDisplay(*action.closed) : QString()};
        table.rowStatus << status;
    }
    document.blocks << table;
}

} // namespace

ReportDocument caseSummaryReport(const ReportRequest& request)
{
    ReportDocument document;
    document.title =
        QStringLiteral("%1: %2").arg(reportTitle(ReportKind::CaseSummary), request.caseRef);
    document.subtitle = subtitleFor(request, false);
    const RegisterSnapshot& snapshot = *request.snapshot;
    const CaseEntry* entry = nullptr;
    for (const CaseEntry& candidate : snapshot.entries())
        if (candidate.file.kase.ref.compare(request.caseRef, Qt::CaseInsensitive) == 0)
            entry = &candidate;
    if (!entry) {
        document.blocks << Paragraph{
            QStringLiteral("No case %1 in the register.").arg(request.caseRef)};
        return document;
    }
    document.title =
        QStringLiteral("%1: %2").arg(reportTitle(ReportKind::CaseSummary), entry->file.kase.ref);
    addCase(document, *entry, request);
    addDeadlines(document, *entry);
    addReviews(document, *entry, request);
    addMilestones(document, request.caseMilestones, snapshot.asOf());
    addDecisions(document, entry->file, request);
    addActions(document, *entry, request);
    document.blocks << Heading{QStringLiteral("Timeline")};
    document.blocks << caseTimelineFigure(*entry, request.caseMilestones, snapshot.engine());
    return document;
}

} // namespace reviewdesk::reports
