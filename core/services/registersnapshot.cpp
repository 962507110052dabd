#include "services/registersnapshot.h"

#include "storage/registerloader.h"

#include <system_error>
#include <thread>

namespace reviewdesk {
namespace {

// Fills in what is computed from the entry's file.
void computeDeadlines(CaseEntry& entry, const DeadlineEngine& engine)
{
    entry.deadlines = engine.deadlinesFor(entry.file);
    // Held for as long as the file is open, 50,000 cases at a time: without
    // the room left over from growing the list one deadline at a time.
    entry.deadlines.squeeze();
    entry.stage = stageOf(entry.file, engine.options().asOf);
    entry.nextIndex = -1;
    for (qint32 index = 0; index < entry.deadlines.size(); ++index) {
        const Deadline& deadline = entry.deadlines.at(index);
        if (isOpen(deadline.status) && (!entry.next() || deadline.due < entry.next()->due))
            entry.nextIndex = index;
    }
}

// Every case's deadlines, the second half of the cases on a thread of their
// own: a register's worth is a tenth of its load, and by then the open's
// check has usually left the second core free. The engine only reads its
// calendar and rules.
void computeAllDeadlines(QList<CaseEntry>& entries, const DeadlineEngine& engine)
{
    CaseEntry* const first = entries.data(); // detached here, once, before the threads
    const auto computeRange = [first, &engine](qsizetype from, qsizetype to) {
        for (qsizetype index = from; index < to; ++index)
            computeDeadlines(first[index], engine);
    };
    const qsizetype count = entries.size();
    if (count < RegisterSnapshot::casesForTwoThreads) {
        computeRange(0, count);
        return;
    }
    const qsizetype half = count / 2;
    std::thread secondHalf;
    try {
        secondHalf = std::thread(computeRange, half, count);
    } catch (const std::system_error&) {
        computeRange(0, count); // no thread to be had: all of them here
        return;
    }
    computeRange(0, half);
    secondHalf.join();
}

// The loader reads each case straight into its entry.
class EntrySink : public CaseRecordSink
{
public:
    explicit EntrySink(QList<CaseEntry>& entries) : m_entries(entries) {}
    void reserve(qsizetype count) override { m_entries.reserve(count); }
    CaseRecord& append() override { return m_entries.emplace_back().file; }
    CaseRecord& at(qsizetype index) override { return m_entries[index].file; }
    void swap(qsizetype a, qsizetype b) override { m_entries.swapItemsAt(a, b); }

private:
    QList<CaseEntry>& m_entries;
};

} // namespace

CaseEntry RegisterSnapshot::entryFor(CaseRecord file, const DeadlineEngine& engine)
{
    CaseEntry entry;
    entry.file = std::move(file);
    computeDeadlines(entry, engine);
    return entry;
}

Result<RegisterSnapshot> RegisterSnapshot::load(Workspace& workspace, const QDate& asOf,
                                                RegisterLoadReport* report)
{
    auto snapshot = [&]() -> Result<RegisterSnapshot> {
        auto engine = workspace.engine(asOf);
        if (!engine)
            return engine.error();
        RegisterSnapshot loaded(*engine);
        EntrySink sink(loaded.m_entries);
        if (auto read = loadRegister(workspace.database(), sink, report); !read)
            return read.error();
        loaded.m_indexById.reserve(loaded.m_entries.size());
        for (qsizetype index = 0; index < loaded.m_entries.size(); ++index)
            loaded.m_indexById.insert(loaded.m_entries.at(index).file.kase.id, index);
        computeAllDeadlines(loaded.m_entries, loaded.m_engine);
        return loaded;
    }();
    // Nothing is returned before the file has passed its damage check, which
    // may still be running on another thread; its verdict comes first.
    if (auto ready = workspace.database().finishOpening(); !ready)
        return ready.error();
    return snapshot;
}

Result<qsizetype> RegisterSnapshot::refresh(Workspace& workspace, const QString& ref, bool* added)
{
    auto file = workspace.caseRecord(ref);
    if (!file)
        return file.error();
    // The calendar may have changed (a closure day added): take the current one.
    auto engine = workspace.engine(asOf());
    if (!engine)
        return engine.error();
    m_engine = *engine;
    const RecordId id = file->kase.id;
    CaseEntry entry = entryFor(std::move(*file), m_engine);
    qsizetype index = indexOf(id);
    if (added)
        *added = index < 0;
    if (index < 0) {
        index = m_entries.size();
        m_indexById.insert(id, index);
        m_entries.append(std::move(entry));
    } else {
        m_entries[index] = std::move(entry);
    }
    return index;
}

} // namespace reviewdesk
