// reviewdesk-trial-writer: the process the kill -9 trials kill. It writes to a
// ReviewDesk file through the real services, in a loop, and reports each write
// on stdout only after its commit has returned, so the trial driver knows
// exactly which writes were acknowledged when the process died.
//
//   reviewdesk-trial-writer FILE PREFIX [COUNT]
//
// Each round opens a case, edits it (a second audited write on the same row)
// and adds a learning action to it. Lines printed:
//   case REF ID            the case was added (with its "create" audit row)
//   edit REF VERSION LEAD  the case was saved with that lead at that version
//   action ID REF TEXT     the action was added (its owner agency made if new)
// Exit status 1 with a line on stderr if any write fails: under the trials,
// no write may fail, it may only be cut short by the kill.
#include "services/actionservice.h"
#include "services/caseservice.h"
#include "services/workspace.h"

#include <QCoreApplication>
#include <QDate>

#include <cstdio>

using namespace reviewdesk;

namespace {

// One line, written and flushed at once: the driver reads it as an acknowledgement.
void acknowledge(const QString& line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

int fail(const QString& what, const Error& error)
{
    std::fprintf(stderr, "reviewdesk-trial-writer: %s: %s\n", qPrintable(what),
                 qPrintable(error.message));
    return 1;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList words = QCoreApplication::arguments().mid(1);
    if (words.size() < 2 || words.size() > 3) {
        std::fprintf(stderr, "usage: reviewdesk-trial-writer FILE PREFIX [COUNT]\n");
        return 2;
    }
    const QString prefix = words.at(1);
    const int count = words.size() == 3 ? words.at(2).toInt() : 1000000;

    auto workspace = Workspace::open(words.at(0), QStringLiteral("trial-writer"));
    if (!workspace)
        return fail(QStringLiteral("open"), workspace.error());
    CaseService cases(**workspace);
    ActionService actions(**workspace);
    const QDate aware(2024, 3, 1);

    for (int round = 0; round < count; ++round) {
        Case draft;
        draft.ref = QStringLiteral("%1-%2").arg(prefix).arg(round);
        draft.aware = aware.addDays(round % 200);
        draft.harm = round % 2 ? Harm::Death : Harm::SeriousHarm;
        draft.childId = QStringLiteral("C%1").arg(round % 97);
        draft.themes = {QStringLiteral("neglect")};
        auto added = cases.addCase(draft);
        if (!added)
            return fail(QStringLiteral("add %1").arg(draft.ref), added.error());
        acknowledge(QStringLiteral("case %1 %2").arg(added->ref).arg(added->id));

        Case edited = *added;
        edited.leadOfficer = QStringLiteral("Lead%1").arg(round);
        auto saved = cases.updateCase(edited);
        if (!saved)
            return fail(QStringLiteral("edit %1").arg(draft.ref), saved.error());
        acknowledge(QStringLiteral("edit %1 %2 %3")
                        .arg(saved->ref)
                        .arg(saved->version)
                        .arg(saved->leadOfficer));

        Action action;
        action.recommendation = QStringLiteral("Action%1").arg(round);
        // A new agency every tenth round: the agency and the action share one transaction.
        action.ownerAgency = QStringLiteral("Agency%1").arg(round / 10);
        // Due after the case's own aware date, which validation requires.
        action.due = draft.aware.addDays(60 + round % 300);
        auto recorded = actions.addAction(saved->ref, action);
        if (!recorded)
            return fail(QStringLiteral("action on %1").arg(saved->ref), recorded.error());
        acknowledge(QStringLiteral("action %1 %2 %3")
                        .arg(recorded->id)
                        .arg(saved->ref, recorded->recommendation));
    }
    return 0;
}
