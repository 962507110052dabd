// What every import plan promises, whatever bytes it was made from: its
// problems come in line order, each with a message a user can read.
#pragma once

#include "fuzzcheck.h"
#include "io/caseimport.h"

inline void expectProblemsInLineOrder(const QList<reviewdesk::io::ImportProblem>& problems)
{
    int previous = 0;
    for (const reviewdesk::io::ImportProblem& problem : problems) {
        FUZZ_EXPECT(problem.line >= previous);
        FUZZ_EXPECT(!problem.message.isEmpty());
        FUZZ_EXPECT(!reviewdesk::io::describe(problem).isEmpty());
        previous = problem.line;
    }
}
