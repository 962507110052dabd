// RegisterSnapshot: the whole register as of a date, each case with its stage,
// its deadlines and its next open deadline computed once. What the desktop
// views, reports and statistics read; refreshed one case at a time after a write.
#pragma once

#include "schedule/casestage.h"
#include "schedule/deadlineengine.h"
#include "services/workspace.h"

#include <QHash>

namespace reviewdesk {

struct RegisterLoadReport;

struct CaseEntry
{
    // The case without its milestones: read them with Workspace::milestonesOf
    // where one case is shown.
    CaseRecord file;
    CaseStage stage = CaseStage::Notification;
    QList<Deadline> deadlines;
    qint32 nextIndex = -1; // in deadlines: the earliest open deadline, or -1

    // The earliest open deadline, or null. An index rather than a copy: the
    // desktop holds 50,000 entries, and a copy would add 112 bytes to each.
    const Deadline* next() const { return nextIndex < 0 ? nullptr : &deadlines.at(nextIndex); }
};

class RegisterSnapshot
{
public:
    // `report`, when given, says how the register was read (see registerloader.h).
    static Result<RegisterSnapshot> load(Workspace& workspace, const QDate& asOf,
                                         RegisterLoadReport* report = nullptr);

    const QList<CaseEntry>& entries() const { return m_entries; }
    const DeadlineEngine& engine() const { return m_engine; }
    const QDate& asOf() const { return m_engine.options().asOf; }

    // The index of a case in entries(), or -1.
    qsizetype indexOf(RecordId caseId) const { return m_indexById.value(caseId, -1); }

    // Re-reads one case after a write. Returns its index; `added` tells whether
    // it is new to the snapshot (appended at the end).
    Result<qsizetype> refresh(Workspace& workspace, const QString& ref, bool* added = nullptr);

    static CaseEntry entryFor(CaseRecord file, const DeadlineEngine& engine);

    // From this many cases up, load() computes the deadlines of the second
    // half of them on a thread of its own; below it a thread is not worth it.
    static constexpr qsizetype casesForTwoThreads = 4000;

private:
    explicit RegisterSnapshot(DeadlineEngine engine) : m_engine(std::move(engine)) {}

    DeadlineEngine m_engine;
    QList<CaseEntry> m_entries;
    QHash<RecordId, qsizetype> m_indexById;
};

} // namespace reviewdesk
