// The columns of the case register spreadsheet: one row per case with its
// rapid review and practice review. The export writes them in this order with
// these names as the header; the import maps a file's columns onto them.
#pragma once

#include "domain/casefile.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace reviewdesk::io {

enum class CaseColumnGroup
{
    Case,
    RapidReview,   // any value in the group records a rapid review
    PracticeReview // any value in the group records a practice review
};

struct CaseColumn
{
    QString key;   // the header the export writes, and the name --map uses
    QString label; // how the column reads to people (the import dialog)
    CaseColumnGroup group;
    bool required = false;  // every imported row needs a value
    bool importable = true; // false: computed on export (the stage), ignored on import
};

// Every column, in the order the export writes them.
const QList<CaseColumn>& caseColumns();
const CaseColumn* findCaseColumn(const QString& key);

// A case file's row, in caseColumns() order. `asOf` is the date the stage is given for.
QStringList caseRow(const CaseFile& file, const QDate& asOf);

// Records with several of their own in one cell, one a line, parts between
// " | ": the extensions of the practice review and the milestones of both reviews.
inline const QString kCellSeparator = QStringLiteral(" | ");
// A part of such a record, written so that any text comes back whole: a
// backslash, "|" and a line break are written \\, \| and \n.
QString escapedCellPart(const QString& text);
// A line of such a cell cut at each "|" not escaped, the escapes undone.
QStringList splitCellParts(const QString& line);
QString extensionLines(const QList<Extension>& extensions);
QString milestoneLines(const QList<Milestone>& milestones);

// Which file column feeds each ReviewDesk column: column key -> file header.
using ColumnMapping = QHash<QString, QString>;

// The comparable form of a header: case, spaces, hyphens and underscores do
// not matter ("Panel ref", "panel_ref" and "PANEL-REF" are one name).
QString headerKey(const QString& header);

// Each importable column mapped to the file's header of the same name, if any.
ColumnMapping defaultMapping(const QStringList& fileHeader);

} // namespace reviewdesk::io
