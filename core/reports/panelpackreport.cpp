// The panel meeting pack: every open case with its stage, next deadlines and
// the decision the panel needs to take, the overdue items first.
#include "reports/reportcontent.h"
#include "reports/reportwording.h"
#include "schedule/wording.h"
#include "util/isodate.h"

#include <algorithm>

namespace reviewdesk::reports {
namespace {

bool isOpenCase(const CaseEntry& entry)
{
    return entry.file.kase.status == CaseStatus::Open && entry.stage != CaseStage::Closed;
}

int overdueCount(const CaseEntry& entry)
{
    return int(std::count_if(entry.deadlines.begin(), entry.deadlines.end(), [](const Deadline& d) {
        return d.status == DeadlineStatus::Overdue;
    }));
}

// Up to two open deadlines, soonest first, as "Rapid review Mon 4 Mar 2024".
QString nextDeadlines(const CaseEntry& entry)
{
    QList<const Deadline*> open;
    for (const Deadline& deadline : entry.deadlines)
        if (isOpen(deadline.status))
            open << &deadline;
    std::sort(open.begin(), open.end(),
              [](const Deadline* a, const Deadline* b) { return a->due < b->due; });
    QStringList parts;
    for (qsizetype i = 0; i < std::min<qsizetype>(2, open.size()); ++i)
        parts << QStringLiteral("%1 %2").arg(deadlineText(*open[i]), toDisplay(open[i]->due));
    if (open.size() > 2)
        parts << QStringLiteral("+%1 more").arg(open.size() - 2);
    return parts.join(QLatin1Char('\n'));
}

} // namespace

ReportDocument panelPackReport(const ReportRequest& request)
{
    const RegisterSnapshot& snapshot = *request.snapshot;
    const QDate asOf = snapshot.asOf();
    ReportDocument document;
    document.title = reportTitle(ReportKind::PanelPack);
    document.subtitle = subtitleFor(request, false);

    QList<const CaseEntry*> open;
    for (const CaseEntry& entry : snapshot.entries())
        if (isOpenCase(entry) && entry.file.kase.aware <= asOf)
            open << &entry;
    // Cases with overdue deadlines first, then by the next deadline, then reference.
    std::stable_sort(open.begin(), open.end(), [](const CaseEntry* a, const CaseEntry* b) {
        const bool aOverdue = a->next() && a->next()->status == DeadlineStatus::Overdue;
        const bool bOverdue = b->next() && b->next()->status == DeadlineStatus::Overdue;
        if (aOverdue != bOverdue)
            return aOverdue;
        const QDate aDue = a->next() ? a->next()->due : QDate(9999, 12, 31);
        const QDate bDue = b->next() ? b->next()->due : QDate(9999, 12, 31);
        if (aDue != bDue)
            return aDue < bDue;
        return a->file.kase.ref < b->file.kase.ref;
    });

    QList<std::pair<const CaseEntry*, const Deadline*>> overdue;
    for (const CaseEntry* entry : open)
        for (const Deadline& deadline : entry->deadlines)
            if (deadline.status == DeadlineStatus::Overdue)
                overdue.append({entry, &deadline});
    std::stable_sort(overdue.begin(), overdue.end(),
                     [](const auto& a, const auto& b) { return a.second->due < b.second->due; });
    const qsizetype casesOverdue = std::count_if(
        open.begin(), open.end(), [](const CaseEntry* e) { return overdueCount(*e) > 0; });

    document.blocks << Heading{QStringLiteral("Summary")};
    Table summary;
    summary.widths = {2, 3};
    summary.rows << QStringList{QStringLiteral("Open cases"), QString::number(open.size())}
                 << QStringList{QStringLiteral("Cases with overdue items"),
                                QString::number(casesOverdue)}
                 << QStringList{QStringLiteral("Overdue items"), QString::number(overdue.size())};
    QMap<CaseStage, int> byStage;
    for (const CaseEntry* entry : open)
        ++byStage[entry->stage];
    for (auto it = byStage.cbegin(); it != byStage.cend(); ++it)
        summary.rows << QStringList{QStringLiteral("At stage: %1").arg(stageText(it.key())),
                                    QString::number(it.value())};
    document.blocks << summary;

    document.blocks << Heading{QStringLiteral("Overdue items")};
    if (overdue.isEmpty()) {
        document.blocks << Paragraph{QStringLiteral("Nothing is overdue on this date."), true};
    } else {
        Table table;
        table.headers = {QStringLiteral("Case"), QStringLiteral("Stage"), QStringLiteral("Item"),
                         QStringLiteral("Was due"), QStringLiteral("Late by")};
        table.widths = {1.5, 1.3, 3.6, 1.5, 1.1}; // the item names an action in words
        table.statusColumn = 4;
        for (const auto& [entry, deadline] : overdue) {
            // An action is named under its number: "Action 12" alone tells a
            // panel nothing of what is late.
            QString item = deadlineText(*deadline);
            if (const Action* action = actionOf(*deadline, entry->file))
                item += QLatin1Char('\n') +
                        scrubbed(actionText(*action), entry->file.kase, request.redact);
            table.rows << QStringList{entry->file.kase.ref, stageText(entry->stage), item,
                                      toDisplay(deadline->due), workingDaysText(*deadline)};
            table.rowStatus << deadline->status;
        }
        document.blocks << table;
    }

    document.blocks << Heading{QStringLiteral("Open cases")};
    if (open.isEmpty()) {
        document.blocks << Paragraph{QStringLiteral("No open cases on this date."), true};
        return document;
    }
    Table table;
    table.headers = {QStringLiteral("Case")};
    table.widths = {1.5};
    if (!request.redact) {
        table.headers << QStringLiteral("Child");
        table.widths << 0.8;
    }
    table.headers << QStringLiteral("Aware") << QStringLiteral("Stage")
                  << QStringLiteral("Next deadlines") << QStringLiteral("Status")
                  << QStringLiteral("Decision needed");
    table.widths << 1.2 << 1.1 << 2.3 << 0.9 << 2.2;
    table.statusColumn = int(table.headers.size()) - 2;
    for (const CaseEntry* entry : open) {
        const Case& k = entry->file.kase;
        QStringList row{k.ref};
        if (!request.redact)
            row << k.childId;
        row << toDisplay(k.aware) << stageText(entry->stage) << nextDeadlines(*entry)
            << (entry->next() ? statusText(entry->next()->status) : QString())
            << decisionNeeded(*entry);
        table.rows << row;
        table.rowStatus << (entry->next() ? std::optional(entry->next()->status) : std::nullopt);
    }
    document.blocks << table;
    return document;
}

} // namespace reviewdesk::reports
