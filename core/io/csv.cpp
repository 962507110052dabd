#include "io/csv.h"

namespace reviewdesk::io {
namespace {

constexpr char kBom[] = "\xEF\xBB\xBF";

bool isContinuation(unsigned char byte)
{
    return (byte & 0xC0) == 0x80;
}

int lineOfOffset(QByteArrayView bytes, qsizetype offset)
{
    int line = 1;
    for (qsizetype i = 0; i < offset && i < bytes.size(); ++i)
        if (bytes[i] == '\n' ||
            (bytes[i] == '\r' && (i + 1 >= bytes.size() || bytes[i + 1] != '\n')))
            ++line;
    return line;
}

bool needsQuotes(const QString& field)
{
    for (const QChar c : field)
        if (c == QLatin1Char(',') || c == QLatin1Char('"') || c == QLatin1Char('\n') ||
            c == QLatin1Char('\r'))
            return true;
    // Leading or trailing spaces survive a spreadsheet only inside quotes.
    return !field.isEmpty() && (field.front().isSpace() || field.back().isSpace());
}

} // namespace

qsizetype firstInvalidUtf8(QByteArrayView bytes)
{
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const auto lead = static_cast<unsigned char>(bytes[i]);
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        char32_t minimum = 0;
        char32_t code = 0;
        if ((lead & 0xE0) == 0xC0) {
            length = 2;
            minimum = 0x80;
            code = lead & 0x1F;
        } else if ((lead & 0xF0) == 0xE0) {
            length = 3;
            minimum = 0x800;
            code = lead & 0x0F;
        } else if ((lead & 0xF8) == 0xF0) {
            length = 4;
            minimum = 0x10000;
            code = lead & 0x07;
        } else {
            return i;
        }
        if (i + length > size)
            return i;
        for (int k = 1; k < length; ++k) {
            const auto next = static_cast<unsigned char>(bytes[i + k]);
            if (!isContinuation(next))
                return i;
            code = (code << 6) | (next & 0x3F);
        }
        if (code < minimum || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return i;
        i += length;
    }
    return -1;
}

CsvDocument readCsv(QByteArrayView bytes)
{
    CsvDocument document;
    if (bytes.startsWith(QByteArrayView(kBom)))
        bytes = bytes.sliced(3);
    if (const qsizetype bad = firstInvalidUtf8(bytes); bad >= 0) {
        document.problems.append({lineOfOffset(bytes, bad),
                                  QStringLiteral("the file is not valid UTF-8 text (save it from "
                                                 "the spreadsheet as \"CSV UTF-8\")")});
        return document;
    }
    const QString text = QString::fromUtf8(bytes);
    const qsizetype size = text.size();
    qsizetype pos = 0;
    int line = 1;
    qsizetype expectedFields = -1;

    auto atLineEnd = [&](qsizetype at) {
        return at >= size || text[at] == QLatin1Char('\n') || text[at] == QLatin1Char('\r');
    };
    auto skipLineEnd = [&]() {
        if (pos < size && text[pos] == QLatin1Char('\r'))
            ++pos;
        if (pos < size && text[pos] == QLatin1Char('\n'))
            ++pos;
        ++line;
    };

    while (pos < size) {
        if (atLineEnd(pos)) { // a blank line
            skipLineEnd();
            continue;
        }
        CsvRecord record;
        record.line = line;
        bool broken = false;
        while (true) {
            QString field;
            if (text[pos] == QLatin1Char('"')) {
                ++pos;
                bool closed = false;
                while (pos < size) {
                    const QChar c = text[pos];
                    if (c == QLatin1Char('"')) {
                        if (pos + 1 < size && text[pos + 1] == QLatin1Char('"')) {
                            field += QLatin1Char('"');
                            pos += 2;
                            continue;
                        }
                        ++pos;
                        closed = true;
                        break;
                    }
                    if (c == QLatin1Char('\n') ||
                        (c == QLatin1Char('\r') &&
                         (pos + 1 >= size || text[pos + 1] != QLatin1Char('\n'))))
                        ++line;
                    field += c;
                    ++pos;
                }
                if (!closed) {
                    document.problems.append(
                        {record.line,
                         QStringLiteral("a quoted field is never closed (a \" is "
                                        "missing); nothing after this line was read")});
                    return document;
                }
                if (pos < size && text[pos] != QLatin1Char(',') && !atLineEnd(pos)) {
                    document.problems.append(
                        {record.line,
                         QStringLiteral("text after the closing quote of a field; a quote inside "
                                        "a quoted field must be doubled (\"\")")});
                    broken = true;
                    // Resynchronise at the next line end.
                    while (pos < size && !atLineEnd(pos))
                        ++pos;
                }
            } else {
                while (pos < size && text[pos] != QLatin1Char(',') && !atLineEnd(pos))
                    field += text[pos++];
            }
            record.fields << field;
            if (pos < size && text[pos] == QLatin1Char(',')) {
                ++pos;
                if (pos >= size)
                    record.fields << QString(); // "a," ends with an empty field
                else
                    continue;
            }
            break;
        }
        if (pos < size)
            skipLineEnd();
        if (broken)
            continue;
        if (expectedFields < 0)
            expectedFields = record.fields.size();
        if (record.fields.size() != expectedFields) {
            document.problems.append(
                {record.line, QStringLiteral("%1 fields where the header has %2")
                                  .arg(record.fields.size())
                                  .arg(expectedFields)});
            continue;
        }
        document.records.append(std::move(record));
    }
    return document;
}

QByteArray csvRecord(const QStringList& fields)
{
    // A lone empty field written bare would be a blank line, which readers skip.
    if (fields.size() == 1 && fields.first().isEmpty())
        return QByteArrayLiteral("\"\"\r\n");
    QByteArray line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += ',';
        const QString& field = fields.at(i);
        if (needsQuotes(field)) {
            QString quoted = field;
            quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
            line += '"' + quoted.toUtf8() + '"';
        } else {
            line += field.toUtf8();
        }
    }
    line += "\r\n";
    return line;
}

QByteArray csvFile(const QList<QStringList>& rows)
{
    QByteArray file(kBom);
    for (const QStringList& row : rows)
        file += csvRecord(row);
    return file;
}

QString guardCell(const QString& text)
{
    if (text.isEmpty())
        return text;
    const QChar first = text.front();
    if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') ||
        first == QLatin1Char('@') || first == QLatin1Char('\''))
        return QLatin1Char('\'') + text;
    return text;
}

QString unguardCell(const QString& text)
{
    if (text.startsWith(QLatin1Char('\'')))
        return text.mid(1);
    return text;
}

} // namespace reviewdesk::io
