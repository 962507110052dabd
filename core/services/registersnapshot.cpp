#include "services/registersnapshot.h"

namespace reviewdesk {

CaseEntry RegisterSnapshot::entryFor(CaseFile file, const DeadlineEngine& engine)
{
    CaseEntry entry;
    entry.deadlines = engine.deadlinesFor(file);
    entry.stage = stageOf(file, engine.options().asOf);
    for (const Deadline& deadline : entry.deadlines)
        if (isOpen(deadline.status) && (!entry.next || deadline.due < entry.next->due))
            entry.next = deadline;
    entry.file = std::move(file);
    return entry;
}

Result<RegisterSnapshot> RegisterSnapshot::load(Workspace& workspace, const QDate& asOf)
{
    auto engine = workspace.engine(asOf);
    if (!engine)
        return engine.error();
    auto files = workspace.loadRegister();
    if (!files)
        return files.error();
    RegisterSnapshot snapshot(*engine);
    snapshot.m_entries.reserve(files->size());
    snapshot.m_indexById.reserve(files->size());
    for (CaseFile& file : *files) {
        snapshot.m_indexById.insert(file.kase.id, snapshot.m_entries.size());
        snapshot.m_entries.append(entryFor(std::move(file), snapshot.m_engine));
    }
    return snapshot;
}

Result<qsizetype> RegisterSnapshot::refresh(Workspace& workspace, const QString& ref, bool* added)
{
    auto file = workspace.caseFile(ref);
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
