#include "io/casecolumns.h"

#include "io/csv.h"
#include "schedule/casestage.h"
#include "util/isodate.h"
#include "util/loosekey.h"

namespace reviewdesk::io {
namespace {

CaseColumn column(const char* key, const char* label, CaseColumnGroup group, bool required = false,
                  bool importable = true)
{
    return {QString::fromLatin1(key), QString::fromUtf8(label), group, required, importable};
}

template <typename Enum>
QString nameOrEmpty(const std::optional<Enum>& value)
{
    return value ? nameOf(*value) : QString();
}

} // namespace

QString escapedCellPart(const QString& text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (const QChar c : text.trimmed()) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('|'))
            escaped += QLatin1Char('\\');
        if (c == QLatin1Char('\n'))
            escaped += QStringLiteral("\\n");
        else if (c != QLatin1Char('\r'))
            escaped += c;
    }
    return escaped;
}

QStringList splitCellParts(const QString& line)
{
    QStringList parts;
    QString part;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        const QChar next = i + 1 < line.size() ? line.at(i + 1) : QChar();
        if (c == QLatin1Char('\\') && (next == QLatin1Char('\\') || next == QLatin1Char('|'))) {
            part += next;
            ++i;
        } else if (c == QLatin1Char('\\') && next == QLatin1Char('n')) {
            part += QLatin1Char('\n');
            ++i;
        } else if (c == QLatin1Char('|')) {
            parts << part;
            part.clear();
        } else {
            part += c;
        }
    }
    parts << part;
    return parts;
}

QString extensionLines(const QList<Extension>& extensions)
{
    QStringList lines;
    for (const Extension& extension : extensions)
        lines << QStringList{toIso(extension.newDue), escapedCellPart(extension.agreedBy),
                             toIso(extension.agreedOn), escapedCellPart(extension.reason)}
                     .join(kCellSeparator);
    return lines.join(QLatin1Char('\n'));
}

QString milestoneLines(const QList<Milestone>& milestones)
{
    QStringList lines;
    for (const Milestone& milestone : milestones)
        lines << QStringList{nameOf(milestone.owner), escapedCellPart(milestone.name),
                             toIso(milestone.due), toIso(milestone.done)}
                     .join(kCellSeparator);
    return lines.join(QLatin1Char('\n'));
}

const QList<CaseColumn>& caseColumns()
{
    using G = CaseColumnGroup;
    static const QList<CaseColumn> columns = {
        column("ref", "Reference", G::Case, true),
        column("panel_ref", "National Panel reference", G::Case),
        column("child", "Child identifier", G::Case),
        column("age_band", "Age band", G::Case),
        column("sex", "Sex", G::Case),
        column("ethnicity", "Ethnicity", G::Case),
        column("harm", "Harm (death or serious harm)", G::Case, true),
        column("incident", "Incident date", G::Case),
        column("aware", "Date the local authority became aware", G::Case, true),
        column("notified", "Date the national Panel was notified", G::Case),
        column("themes", "Themes", G::Case),
        column("lead", "Lead officer", G::Case),
        column("status", "Status (open or closed)", G::Case),
        column("notes", "Notes", G::Case),
        column("rules", "Rule set", G::Case),
        column("stage", "Stage (computed, not imported)", G::Case, false, false),
        column("rr_started", "Rapid review started", G::RapidReview),
        column("rr_meeting", "Rapid review meeting", G::RapidReview),
        column("rr_completed", "Rapid review completed", G::RapidReview),
        column("rr_sent", "Rapid review sent to the national Panel", G::RapidReview),
        column("rr_decision", "Rapid review decision", G::RapidReview),
        column("rr_rationale", "Decision rationale", G::RapidReview),
        column("rr_panel_response", "National Panel response", G::RapidReview),
        column("rr_panel_response_date", "National Panel response date", G::RapidReview),
        column("review_type", "Practice review type", G::PracticeReview),
        column("review_decided", "Decision to initiate the review", G::PracticeReview),
        column("reviewer", "Reviewer", G::PracticeReview),
        column("review_method", "Review method", G::PracticeReview),
        column("review_terms_of_reference", "Terms of reference agreed", G::PracticeReview),
        column("review_planned_publication", "Planned publication", G::PracticeReview),
        column("review_sent", "Report sent to the national Panel and Secretary of State",
               G::PracticeReview),
        column("review_published", "Published", G::PracticeReview),
        column("review_link", "Publication link", G::PracticeReview),
        column("review_extensions",
               "Extensions (one a line: new due | agreed by | agreed on | "
               "reason)",
               G::PracticeReview),
        column("milestones", "Milestones (one a line: review | name | due | done)", G::Case),
    };
    return columns;
}

const CaseColumn* findCaseColumn(const QString& key)
{
    for (const CaseColumn& column : caseColumns())
        if (column.key == key)
            return &column;
    return nullptr;
}

QStringList caseRow(const CaseFile& file, const QDate& asOf)
{
    const Case& k = file.kase;
    QStringList row{guardCell(k.ref),
                    guardCell(k.panelRef),
                    guardCell(k.childId),
                    guardCell(k.ageBand),
                    guardCell(k.sex),
                    guardCell(k.ethnicity),
                    nameOf(k.harm),
                    toIso(k.incident),
                    toIso(k.aware),
                    toIso(k.notified),
                    guardCell(k.themes.join(QStringLiteral("; "))),
                    guardCell(k.leadOfficer),
                    nameOf(k.status),
                    guardCell(k.notes),
                    k.ruleSet,
                    nameOf(stageOf(file, asOf))};
    if (const auto& rr = file.rapidReview) {
        row << toIso(rr->started) << toIso(rr->meeting) << toIso(rr->completed) << toIso(rr->sent)
            << nameOrEmpty(rr->decision) << guardCell(rr->rationale)
            << nameOrEmpty(rr->panelResponse) << toIso(rr->panelResponseDate);
    } else {
        for (int i = 0; i < 8; ++i)
            row << QString();
    }
    if (const auto& pr = file.practiceReview) {
        row << nameOf(pr->type) << toIso(pr->decided) << guardCell(pr->reviewer)
            << guardCell(pr->method) << toIso(pr->termsOfReference) << toIso(pr->plannedPublication)
            << toIso(pr->sent) << toIso(pr->published) << guardCell(pr->link)
            << guardCell(extensionLines(file.extensions));
    } else {
        for (int i = 0; i < 10; ++i)
            row << QString();
    }
    row << guardCell(milestoneLines(file.milestones));
    Q_ASSERT(row.size() == caseColumns().size());
    return row;
}

QString headerKey(const QString& header)
{
    return looseKey(header);
}

ColumnMapping defaultMapping(const QStringList& fileHeader)
{
    ColumnMapping mapping;
    for (const CaseColumn& column : caseColumns()) {
        if (!column.importable)
            continue;
        const QString wanted = headerKey(column.key);
        for (const QString& header : fileHeader)
            if (headerKey(header) == wanted) {
                mapping.insert(column.key, header);
                break;
            }
    }
    return mapping;
}

} // namespace reviewdesk::io
