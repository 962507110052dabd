#include "demo/demogenerator.h"

#include "domain/childanswers.h"
#include "domain/themes.h"
#include "schedule/milestoneplan.h"
#include "storage/actionrepository.h"
#include "storage/caserepository.h"
#include "storage/directoryrepository.h"
#include "storage/reviewrepository.h"
#include "util/counted.h"

#include <QHash>
#include <QSet>

#include <random>

namespace reviewdesk {
namespace {

// The demo's themes are the standard ones but the last: historical abuse is
// rare among recent cases.
constexpr int kDemoThemes = 12;

// The agencies a partnership's actions are owned by, each in its category.
struct DemoAgency
{
    const char* name;
    AgencyCategory category;
};
const DemoAgency kAgencies[] = {{"Children's Social Care", AgencyCategory::LocalAuthority},
                                {"Police", AgencyCategory::Police},
                                {"Integrated Care Board", AgencyCategory::Health},
                                {"Acute Hospital Trust", AgencyCategory::Health},
                                {"Community Health Trust", AgencyCategory::Health},
                                {"Mental Health Trust", AgencyCategory::Health},
                                {"Education", AgencyCategory::Education},
                                {"Probation Service", AgencyCategory::Justice},
                                {"Housing", AgencyCategory::LocalAuthority},
                                {"Ambulance Service", AgencyCategory::Health}};
const char* const kOfficers[] = {"R. Okafor",    "J. Whitfield", "S. Malik",  "T. Brennan",
                                 "A. Lindqvist", "M. Osei",      "K. Farrow", "L. Ashdown"};
const char* const kReviewers[] = {"Independent reviewer A", "Independent reviewer B",
                                  "Independent reviewer C", "Independent reviewer D"};

// The panel's chair, the one member the cases do not name. The lead officers
// (kOfficers) sit on the panel from the three statutory partners, the first
// entries of kAgencies; the last two of them keep the records.
const char* const kChair = "C. Hartigan";
constexpr int kStatutoryPartners = 3;
constexpr int kSupportOfficers = 2;

const char* const kRecommendations[] = {
    "Audit the use of the pre-birth assessment pathway",
    "Refresh multi-agency training on recognising neglect",
    "Review information sharing between health visiting and GP practices",
    "Embed the safe sleep briefing in all health contacts",
    "Strengthen escalation when children are missing education",
    "Review the response to domestic abuse notifications",
    "Introduce a practitioner briefing on the learning from this review",
};

class Generator
{
public:
    Generator(Workspace& workspace, const DemoOptions& options)
        : m_workspace(workspace), m_options(options), m_random(options.seed)
    {}

    Result<int> run();

private:
    int uniform(int low, int high)
    {
        return std::uniform_int_distribution<int>(low, high)(m_random);
    }
    bool chance(double p) { return std::bernoulli_distribution(p)(m_random); }
    template <typename T, std::size_t N>
    const T& pick(const T (&items)[N])
    {
        return items[static_cast<std::size_t>(uniform(0, int(N) - 1))];
    }
    // A date that is recorded only if it has happened by "today".
    std::optional<QDate> happened(const QDate& date) const
    {
        return date <= m_options.today ? std::optional<QDate>(date) : std::nullopt;
    }

    Status addCase(int index, const QDate& aware, const DeadlineEngine& engine);
    Status addPanel();
    Result<RecordId> agencyId(const DemoAgency& agency);

    Workspace& m_workspace;
    DemoOptions m_options;
    std::mt19937 m_random;
    QHash<QString, int> m_sequenceByYear;
    QHash<QString, RecordId> m_agencyIds;
};

Result<RecordId> Generator::agencyId(const DemoAgency& demoAgency)
{
    const QString name = QString::fromUtf8(demoAgency.name);
    if (auto found = m_agencyIds.constFind(name); found != m_agencyIds.cend())
        return *found;
    auto agency = ActionRepository(m_workspace.database())
                      .findOrCreateAgency(name, demoAgency.category, nullptr);
    if (!agency)
        return agency.error();
    m_agencyIds.insert(name, agency->id);
    return agency->id;
}

// Each member once: a second run into the same file, or a file where someone
// already added people, gains only the members it lacks, by name. Drawn from
// no random numbers, so the cases of a seed stay as they were.
Status Generator::addPanel()
{
    DirectoryRepository directory(m_workspace.database());
    auto people = directory.people();
    if (!people)
        return people.error();
    QSet<QString> present;
    for (const Person& person : *people)
        present.insert(person.name.toCaseFolded());
    auto add = [&](const char* name, PersonRole role, const DemoAgency* from) -> Status {
        Person person;
        person.name = QString::fromUtf8(name);
        if (present.contains(person.name.toCaseFolded()))
            return success();
        person.role = role;
        if (from) {
            auto agency = agencyId(*from);
            if (!agency)
                return agency.error();
            person.agencyId = *agency;
        }
        return directory.insert(person);
    };
    if (auto chair = add(kChair, PersonRole::Chair, &kAgencies[0]); !chair)
        return chair;
    const int officers = int(std::size(kOfficers));
    for (int i = 0; i < officers; ++i) {
        const PersonRole role =
            i < officers - kSupportOfficers ? PersonRole::PanelMember : PersonRole::SupportOfficer;
        if (auto added = add(kOfficers[i], role, &kAgencies[i % kStatutoryPartners]); !added)
            return added;
    }
    for (const char* reviewer : kReviewers)
        if (auto added = add(reviewer, PersonRole::Reviewer, nullptr); !added)
            return added;
    return success();
}

Status Generator::addCase(int index, const QDate& aware, const DeadlineEngine& engine)
{
    const WorkingCalendar& calendar = engine.calendar();
    CaseFile file;
    Case& kase = file.kase;
    const QString year = QString::number(aware.year());
    const int sequence = ++m_sequenceByYear[year];
    kase.ref = QStringLiteral("DEMO-%1-%2").arg(year).arg(sequence, 4, 10, QLatin1Char('0'));
    kase.childId = QStringLiteral("%1.%2.")
                       .arg(QChar(u'A' + uniform(0, 25)))
                       .arg(QChar(u'A' + uniform(0, 25)));
    kase.ageBand = ageBands().at(uniform(0, int(ageBands().size()) - 1)).stored;
    kase.sex = sexes().at(chance(0.5) ? 0 : 1).stored; // female or male
    kase.harm = chance(0.35) ? Harm::Death : Harm::SeriousHarm;
    kase.incident = aware.addDays(-uniform(0, 10));
    kase.aware = aware;
    for (int t = uniform(1, 3); t > 0; --t) {
        const QString theme = standardThemes().at(uniform(0, kDemoThemes - 1)).name;
        if (!kase.themes.contains(theme))
            kase.themes << theme;
    }
    kase.leadOfficer = QString::fromLatin1(pick(kOfficers));
    kase.ruleSet =
        aware.year() >= 2024 ? QStringLiteral("england-wt2023") : QStringLiteral("england-wt2018");
    // Most notifications are on time; a few are late.
    kase.notified =
        happened(calendar.addWorkingDays(aware, chance(0.9) ? uniform(1, 5) : uniform(6, 9)));
    if (kase.notified)
        kase.panelRef = QStringLiteral("NP-%1-%2").arg(year).arg(10000 + index);
    (void)m_options;

    CaseRepository cases(m_workspace.database());
    ReviewRepository reviews(m_workspace.database());
    if (auto inserted = cases.insert(kase); !inserted)
        return inserted;

    // Rapid review: most within 15 working days.
    RapidReview rapid;
    rapid.caseId = kase.id;
    rapid.started = happened(calendar.addWorkingDays(aware, 1));
    if (!rapid.started)
        return success();
    const QDate completed =
        calendar.addWorkingDays(aware, chance(0.85) ? uniform(11, 15) : uniform(16, 25));
    rapid.meeting = happened(calendar.addWorkingDays(completed, -2));
    rapid.completed = happened(completed);
    if (rapid.completed) {
        rapid.sent = happened(calendar.addWorkingDays(completed, uniform(0, 1)));
        const int roll = uniform(1, 100);
        rapid.decision = roll <= 25 ? RapidReviewDecision::Lcspr
                                    : (roll <= 92 ? RapidReviewDecision::NoLcspr
                                                  : RapidReviewDecision::NationalReview);
        rapid.rationale =
            *rapid.decision == RapidReviewDecision::Lcspr
                ? QStringLiteral("Criteria met; learning for several agencies.")
                : QStringLiteral("Learning can be taken forward through a single-agency review.");
        if (rapid.sent && chance(0.8)) {
            rapid.panelResponse = *rapid.decision == RapidReviewDecision::NationalReview
                                      ? PanelResponse::NationalReview
                                      : PanelResponse::Agreed;
            rapid.panelResponseDate = happened(rapid.sent->addDays(uniform(10, 30)));
            if (!rapid.panelResponseDate)
                rapid.panelResponse.reset();
        }
    }
    if (auto inserted = reviews.insert(rapid); !inserted)
        return inserted;
    file.rapidReview = rapid;
    QList<Milestone> milestones = plannedMilestones(file, MilestoneOwner::RapidReview, engine);

    if (rapid.decision == RapidReviewDecision::Lcspr && rapid.completed) {
        PracticeReview practice;
        practice.caseId = kase.id;
        practice.type = PracticeReviewType::Lcspr;
        practice.decided = rapid.completed->addDays(uniform(0, 14));
        if (practice.decided <= m_options.today) {
            practice.reviewer = QString::fromLatin1(pick(kReviewers));
            practice.method =
                QStringLiteral("Systems methodology with a practitioner learning event");
            practice.termsOfReference = happened(practice.decided.addDays(uniform(14, 30)));
            const QDate due = WorkingCalendar::addMonths(practice.decided, 6);
            const bool late = chance(0.4);
            const QDate publish =
                late ? due.addDays(uniform(20, 200)) : due.addDays(-uniform(0, 40));
            practice.plannedPublication = publish;
            practice.sent = happened(calendar.addWorkingDays(publish, -uniform(7, 10)));
            practice.published = happened(publish);
            if (practice.published)
                practice.link =
                    QStringLiteral("https://example.org/reviews/%1").arg(kase.ref.toLower());
            if (auto inserted = reviews.insert(practice); !inserted)
                return inserted;
            file.practiceReview = practice;
            if (late && chance(0.6)) {
                Extension extension;
                extension.practiceReviewId = practice.id;
                extension.newDue = publish.addDays(uniform(0, 14));
                extension.reason = QStringLiteral("Criminal proceedings delayed family engagement");
                extension.agreedBy = QStringLiteral("Case Review Panel chair");
                extension.agreedOn = happened(due.addDays(-uniform(10, 30)));
                if (extension.agreedOn) {
                    if (auto inserted = reviews.insert(extension); !inserted)
                        return inserted;
                    file.extensions.append(extension);
                }
            }
            milestones << plannedMilestones(file, MilestoneOwner::PracticeReview, engine);
        }
    }

    for (Milestone& milestone : milestones) {
        milestone.done =
            happened(milestone.due.addDays(chance(0.8) ? -uniform(0, 3) : uniform(1, 10)));
        if (auto inserted = reviews.insert(milestone, kase.id); !inserted)
            return inserted;
    }

    // Actions follow a completed rapid review.
    if (rapid.completed) {
        ActionRepository actions(m_workspace.database());
        for (int a = uniform(0, 3); a > 0; --a) {
            Action action;
            action.caseId = kase.id;
            action.recommendation = QString::fromLatin1(pick(kRecommendations));
            auto owner = agencyId(pick(kAgencies));
            if (!owner)
                return owner.error();
            action.ownerAgencyId = *owner;
            action.officer = QString::fromLatin1(pick(kOfficers));
            action.due = rapid.completed->addDays(uniform(30, 240));
            // Partnerships set due dates on working days.
            while (!calendar.isWorkingDay(action.due))
                action.due = action.due.addDays(1);
            // Most actions close around their due date; one due long ago has
            // almost surely been closed since, as the partnership chases it.
            const bool longPast = action.due.addMonths(6) < m_options.today;
            const QDate closed = action.due.addDays(uniform(-40, 30));
            if (chance(longPast ? 0.97 : 0.7) && closed <= m_options.today &&
                closed >= kase.aware) {
                action.status =
                    chance(0.3) ? ActionStatus::ImpactEvidenced : ActionStatus::Complete;
                action.closed = closed;
                action.evidence = QStringLiteral("Briefing delivered; audit shows improvement.");
            } else {
                action.status = chance(0.5) ? ActionStatus::InProgress : ActionStatus::Open;
            }
            if (auto inserted = actions.insert(action); !inserted)
                return inserted;
        }
    }
    return success();
}

Result<int> Generator::run()
{
    auto engine = m_workspace.engine(QDate(2100, 12, 31));
    if (!engine)
        return engine.error();
    Transaction transaction(m_workspace.database());
    if (!transaction.began())
        return transaction.began().error();

    // Awareness dates spread evenly over the years before "today", newest last.
    const int spanDays = std::max(365, std::min(8 * 365, m_options.cases * 20));
    const QDate first = m_options.today.addDays(-spanDays);
    QList<QDate> awareDates;
    for (int i = 0; i < m_options.cases; ++i) {
        QDate day = first.addDays(uniform(0, spanDays));
        while (!engine->calendar().isWorkingDay(day))
            day = day.addDays(1);
        awareDates << std::min(day, m_options.today);
    }
    std::sort(awareDates.begin(), awareDates.end());

    // Continue numbering after existing demo cases, so a second run adds rather than clashes.
    auto existing = CaseRepository(m_workspace.database()).all();
    if (!existing)
        return existing.error();
    for (const Case& kase : *existing) {
        const QStringList parts = kase.ref.split(QLatin1Char('-'));
        if (parts.size() == 3 && parts.at(0) == QLatin1String("DEMO"))
            m_sequenceByYear[parts.at(1)] =
                std::max(m_sequenceByYear.value(parts.at(1)), parts.at(2).toInt());
    }

    for (int i = 0; i < awareDates.size(); ++i)
        if (auto added = addCase(i, awareDates.at(i), *engine); !added)
            return added.error();
    if (auto panel = addPanel(); !panel)
        return panel.error();
    if (auto audited = m_workspace.audit(
            {}, QStringLiteral("demo"), 0, QStringLiteral("create"),
            QStringLiteral("%1 generated (seed %2)")
                .arg(counted(m_options.cases, QStringLiteral("demonstration case"),
                             QStringLiteral("demonstration cases")))
                .arg(m_options.seed));
        !audited)
        return audited.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return m_options.cases;
}

} // namespace

Result<int> generateDemoData(Workspace& workspace, const DemoOptions& options)
{
    if (options.cases < 1 || options.cases > 1000000)
        return Error::invalid(QStringLiteral("the number of demo cases must be 1 to 1,000,000"));
    if (!options.today.isValid())
        return Error::invalid(QStringLiteral("the demo needs a valid 'today'"));
    return Generator(workspace, options).run();
}

} // namespace reviewdesk
