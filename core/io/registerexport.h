// The register as spreadsheets: the case register (one row per case, the
// columns of casecolumns.h) and the learning actions (one row per action).
#pragma once

#include "domain/casefile.h"

#include <QByteArray>
#include <QDate>

namespace reviewdesk::io {

struct CaseExportOptions
{
    QDate asOf;          // the date the stage column is given for
    bool redact = false; // leave the child identifier out (the file is for sharing)
};

QByteArray caseRegisterCsv(const QList<CaseFile>& files, const CaseExportOptions& options);

// The action columns: case, id, text, owner, officer, due, status, evidence, closed.
QStringList actionColumns();
QByteArray actionsCsv(const QList<CaseRecord>& files);

} // namespace reviewdesk::io
