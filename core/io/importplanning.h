#pragma once
// The start and the end every import plan shares (cases and actions): the
// file's own CSV problems first, "the file is empty", and at the end the
// problems in line order with no rows left to write if there is any problem.
#include "io/caseimport.h"
#include "io/csv.h"

#include <algorithm>

namespace reviewdesk::io {

// Copies the reader's problems into `problems`; false when there is no
// record at all, so the plan has nothing more to check.
inline bool startPlanning(const CsvDocument& document, QList<ImportProblem>& problems)
{
    for (const CsvProblem& problem : document.problems)
        problems.append({problem.line, {}, problem.message});
    if (!document.records.isEmpty())
        return true;
    if (problems.isEmpty())
        problems.append({1, {}, QStringLiteral("the file is empty")});
    return false;
}

// A plan is all or nothing: any problem leaves no row to write.
template <typename Plan>
Plan finishPlanning(Plan& plan)
{
    std::stable_sort(
        plan.problems.begin(), plan.problems.end(),
        [](const ImportProblem& a, const ImportProblem& b) { return a.line < b.line; });
    if (!plan.problems.isEmpty())
        plan.rows.clear();
    return plan;
}

} // namespace reviewdesk::io
