#include "io/registerexport.h"

#include "domain/redaction.h"
#include "io/casecolumns.h"
#include "io/csv.h"
#include "util/isodate.h"

namespace reviewdesk::io {

QByteArray caseRegisterCsv(const QList<CaseFile>& files, const CaseExportOptions& options)
{
    QList<QStringList> rows;
    rows.reserve(files.size() + 1);
    QStringList header;
    for (const CaseColumn& column : caseColumns())
        header << column.key;
    rows << header;
    // Redacted before it is written out, while each text is still as typed.
    for (const CaseFile& file : files)
        rows << caseRow(options.redact ? withoutChildIdentifier(file) : file, options.asOf);
    return csvFile(rows);
}

QStringList actionColumns()
{
    return {QStringLiteral("case"),   QStringLiteral("id"),       QStringLiteral("text"),
            QStringLiteral("owner"),  QStringLiteral("officer"),  QStringLiteral("due"),
            QStringLiteral("status"), QStringLiteral("evidence"), QStringLiteral("closed")};
}

QByteArray actionsCsv(const QList<CaseRecord>& files)
{
    QList<QStringList> rows{actionColumns()};
    for (const CaseRecord& file : files)
        for (const Action& action : file.actions)
            rows << QStringList{guardCell(file.kase.ref),
                                QString::number(action.id),
                                guardCell(action.recommendation),
                                guardCell(action.ownerAgency),
                                guardCell(action.officer),
                                toIso(action.due),
                                nameOf(action.status),
                                guardCell(action.evidence),
                                toIso(action.closed)};
    return csvFile(rows);
}

} // namespace reviewdesk::io
