// Fuzz target: importing learning actions from a spreadsheet (CSV), checked
// against the register's cases. Whatever the bytes, the plan lists problems in
// line order, each with a message, and keeps only rows that would pass the
// same checks as an action added by hand: a known case, no repeat within the
// file or of an action already in the register.
#include "io/actionimport.h"

#include "fuzzcheck.h"
#include "importchecks.h"
#include "services/validation.h"
#include "storage/caserepository.h"

#include <cstddef>
#include <cstdint>

using namespace reviewdesk;
using namespace reviewdesk::io;

namespace {

Case registeredCase(const char* ref, QDate aware)
{
    Case kase;
    kase.ref = QString::fromLatin1(ref);
    kase.aware = aware;
    return kase;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const QHash<QString, Case> cases = [] {
        QHash<QString, Case> byKey;
        for (const Case& kase : {registeredCase("SSCP-2024-001", QDate(2024, 3, 4)),
                                 registeredCase("A-1", QDate(2023, 1, 10))})
            byKey.insert(CaseRepository::refKey(kase.ref), kase);
        return byKey;
    }();
    static const QSet<QString> existing = [] {
        Action action;
        action.recommendation = QStringLiteral("Audit");
        action.ownerAgency = QStringLiteral("Police");
        action.due = QDate(2024, 5, 1);
        return QSet<QString>{actionKey(QStringLiteral("A-1"), action)};
    }();

    const QByteArrayView bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const ActionImportPlan plan = planActionImport(bytes, cases, existing);

    expectProblemsInLineOrder(plan.problems);
    QSet<QString> keys;
    for (const ActionImportRow& row : plan.rows) {
        FUZZ_EXPECT(row.line >= 2);
        const auto kase = cases.constFind(CaseRepository::refKey(row.caseRef));
        FUZZ_EXPECT(kase != cases.constEnd());
        FUZZ_EXPECT(problemsWith(row.action, *kase).isEmpty());
        FUZZ_EXPECT(row.action.due.isValid());
        const QString key = actionKey(row.caseRef, row.action);
        FUZZ_EXPECT(!existing.contains(key));
        FUZZ_EXPECT(!keys.contains(key));
        keys.insert(key);
    }
    FUZZ_EXPECT(plan.canImport() == (plan.problems.isEmpty() && !plan.rows.isEmpty()));
    return 0;
}
