// Importing a case register from a spreadsheet, step one: read the CSV, map
// its columns and check every row, without a database. The result lists every
// problem with its line and column; only a plan with none can be written (see
// caseimporter.h). Pure and safe on any bytes: the fuzz target calls
// planCaseImport directly.
#pragma once

#include "io/casecolumns.h"
#include "util/result.h"

#include <QByteArrayView>
#include <QSet>

namespace reviewdesk::io {

struct ImportProblem
{
    int line = 0;   // physical line of the file (from 1; the header is line 1)
    QString column; // the file's column name, or a ReviewDesk column key when none is mapped
    QString message;
};

struct ImportRow
{
    int line = 0;
    CaseFile file;             // the case with its rapid review and practice review, ids 0
    bool ruleSetGiven = false; // false: the register's default rule set applies
};

struct CaseImportPlan
{
    QStringList header; // the file's column names
    ColumnMapping mapping;
    QList<ImportRow> rows;         // the rows that passed every check
    QList<ImportProblem> problems; // ordered by line

    bool canImport() const { return problems.isEmpty() && !rows.isEmpty(); }
};

// The file's header row (empty if it has none or cannot be read).
QStringList csvHeader(QByteArrayView bytes);

// Checks every row of `bytes` as mapped by `mapping` (ReviewDesk column key ->
// file column). `existingRefKeys` are the references already in the register,
// as CaseRepository::refKey gives them; a row repeating one is a problem.
CaseImportPlan planCaseImport(QByteArrayView bytes, const ColumnMapping& mapping,
                              const QSet<QString>& existingRefKeys = {});

// As above with the default mapping: the file's headers matched by name.
CaseImportPlan planCaseImport(QByteArrayView bytes);

// Applies "FILE COLUMN=key" overrides (the CLI's --map) on top of `mapping`.
// An unknown key or a column the header does not have is an error.
Status applyMappingOverrides(ColumnMapping& mapping, const QStringList& header,
                             const QStringList& overrides);

// "line 3: column Aware: ..." in one line; for messages outside the CLI.
QString describe(const ImportProblem& problem);

} // namespace reviewdesk::io
