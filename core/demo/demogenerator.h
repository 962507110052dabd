// Realistic synthetic data for demonstrations, tests and benchmarks: cases
// across several years at every stage, reviews, extensions and actions, and
// the panel that works on them. No real person: child identifiers are random
// initials, officers and the chair are made-up names, agencies are generic
// service names. The same seed and "today" give the same data.
#pragma once

#include "services/workspace.h"

namespace reviewdesk {

struct DemoOptions
{
    int cases = 40;
    quint32 seed = 1;
    QDate today; // nothing recorded happens after this date
};

// Writes the data in one transaction with one audit event; refuses a file
// that already holds a case with a generated reference.
Result<int> generateDemoData(Workspace& workspace, const DemoOptions& options);

} // namespace reviewdesk
