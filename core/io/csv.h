// RFC 4180 comma-separated values, the format spreadsheets exchange. The
// reader takes UTF-8 with or without a byte order mark, CRLF or LF line ends,
// quoted fields holding commas, quotes and line breaks, and reports problems
// by the physical line on which the record starts. The writer quotes only
// where needed and ends lines with CRLF, as RFC 4180 asks.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

namespace reviewdesk::io {

struct CsvRecord
{
    int line = 0; // physical line (from 1) on which the record starts
    QStringList fields;
};

struct CsvProblem
{
    int line = 0;
    QString message;
};

struct CsvDocument
{
    // The first record is the header; records with another field count are
    // reported as problems and left out. Blank lines are skipped.
    QList<CsvRecord> records;
    QList<CsvProblem> problems;
};

// Invalid UTF-8 or an unterminated quote stops reading: after either, field
// boundaries cannot be trusted, so nothing after it is returned.
CsvDocument readCsv(QByteArrayView bytes);

// One record with its CRLF line end.
QByteArray csvRecord(const QStringList& fields);

// A whole file. It starts with a UTF-8 byte order mark: without one, Excel
// (the spreadsheet most partnerships use) reads the file in the legacy code
// page and mangles any non-ASCII letter, such as an accented name of a lead
// officer. readCsv accepts the mark, so files round-trip.
QByteArray csvFile(const QList<QStringList>& rows);

// A spreadsheet runs a cell that starts with = + - @ as a formula. Exported
// text that starts so is guarded with a leading apostrophe (the spreadsheet
// convention for "this is text"); so is text that starts with an apostrophe,
// which keeps the guard reversible: unguardCell(guardCell(s)) == s.
QString guardCell(const QString& text);
QString unguardCell(const QString& text);

// The 0-based offset of the first byte that is not part of valid UTF-8
// (overlong forms, surrogates and code points above U+10FFFF are invalid), or
// -1 when the whole input is valid.
qsizetype firstInvalidUtf8(QByteArrayView bytes);

} // namespace reviewdesk::io
