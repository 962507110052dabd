// Importing learning actions from the spreadsheet `export actions-csv` writes
// (or one with the same column names): each row is checked against its case,
// then all are written in one transaction, or none. The owner agency is found
// by name or created, as when an action is added by hand. The id column is
// ignored: the register numbers its actions itself.
#pragma once

#include "io/caseimport.h"
#include "services/workspace.h"

namespace reviewdesk::io {

struct ActionImportRow
{
    int line = 0;
    QString caseRef;
    Action action;
};

struct ActionImportPlan
{
    QList<ActionImportRow> rows;
    QList<ImportProblem> problems; // ordered by line

    bool canImport() const { return problems.isEmpty() && !rows.isEmpty(); }
};

// What makes two actions the same for an import: case, text, owner and due
// date. A row matching an action already in the register (an export imported
// twice) is a problem, not a copy.
QString actionKey(const QString& caseRef, const Action& action);

// `casesByRefKey`: the register's cases by CaseRepository::refKey;
// `existingActions`: actionKey of each action in the register.
ActionImportPlan planActionImport(QByteArrayView bytes, const QHash<QString, Case>& casesByRefKey,
                                  const QSet<QString>& existingActions = {});
Result<ActionImportPlan> planActionImport(Workspace& workspace, QByteArrayView bytes);

// Returns the number of actions imported.
Result<int> importActions(Workspace& workspace, const ActionImportPlan& plan,
                          const QString& source);

} // namespace reviewdesk::io
