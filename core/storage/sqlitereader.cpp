#include "storage/sqlitereader.h"

#include <sqlite3.h>

namespace reviewdesk::sql {
namespace {

int digit(char c)
{
    return c >= '0' && c <= '9' ? c - '0' : -1;
}

// "YYYY-MM-DD" by hand: the form every date is stored in. Anything else goes
// through QDate::fromString, so both readers agree on every input.
QDate parseDate(std::string_view text)
{
    if (text.size() == 10 && text[4] == '-' && text[7] == '-') {
        int value[8];
        int n = 0;
        bool digits = true;
        for (int i : {0, 1, 2, 3, 5, 6, 8, 9})
            digits = digits && (value[n++] = digit(text[i])) >= 0;
        if (digits)
            return QDate(value[0] * 1000 + value[1] * 100 + value[2] * 10 + value[3],
                         value[4] * 10 + value[5], value[6] * 10 + value[7]);
    }
    return QDate::fromString(QString::fromUtf8(text.data(), qsizetype(text.size())), Qt::ISODate);
}

QString fromUtf8(std::string_view text)
{
    // Empty but not null, as QtSql reads an empty text.
    if (text.empty())
        return QStringLiteral("");
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// FNV-1a: the texts are short (initials, a plan step's name), where it beats
// the standard library's hash, and its low bits are spread well enough for a
// power-of-two table.
std::uint64_t hashOf(std::string_view text)
{
    std::uint64_t hash = 14695981039346656037ull;
    for (const char c : text)
        hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return hash;
}

} // namespace

QString TextPool::shared(std::string_view utf8)
{
    const std::uint64_t hash = hashOf(utf8);
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t at = hash & mask;; at = (at + 1) & mask) {
        Slot& slot = m_slots[at];
        if (!slot.used) {
            slot.used = true;
            slot.hash = hash;
            slot.key.assign(utf8);
            slot.text = fromUtf8(utf8);
            QString text = slot.text; // before grow() moves the slot
            if (++m_used * 2 > m_slots.size())
                grow();
            return text;
        }
        if (slot.hash == hash && slot.key == utf8)
            return slot.text;
    }
}

void TextPool::grow()
{
    std::vector<Slot> old(m_slots.size() * 2);
    old.swap(m_slots);
    const std::size_t mask = m_slots.size() - 1;
    for (Slot& slot : old) {
        if (!slot.used)
            continue;
        std::size_t at = slot.hash & mask;
        while (m_slots[at].used)
            at = (at + 1) & mask;
        m_slots[at] = std::move(slot);
    }
}

QStringList TextPool::sharedSplit(std::string_view utf8, QChar separator, ListCleaner clean)
{
    const auto found = m_lists.find(utf8);
    if (found != m_lists.end() && found->second.clean == clean)
        return found->second.parts;
    QStringList parts = clean(fromUtf8(utf8).split(separator, Qt::SkipEmptyParts));
    for (QString& part : parts)
        part = shared(part.toStdString());
    if (found != m_lists.end()) // the same text cleaned another way: not kept
        return parts;
    return m_lists.emplace(std::string(utf8), CleanedList{clean, parts}).first->second.parts;
}

// A null pointer from sqlite3_column_text is a NULL value (or memory ran
// out, read as NULL too). Asking for the type first would cost another call,
// and the connection's lock, for every text of every row.
std::optional<std::string_view> SqliteRow::nullableUtf8(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    if (!data)
        return std::nullopt;
    return std::string_view{data, size_t(sqlite3_column_bytes(m_statement, column))};
}

std::string_view SqliteRow::utf8(int column) const
{
    return nullableUtf8(column).value_or(std::string_view{});
}

bool SqliteRow::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 SqliteRow::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QString SqliteRow::text(int column) const
{
    const std::optional<std::string_view> text = nullableUtf8(column);
    return text ? fromUtf8(*text) : QString();
}

QString SqliteRow::sharedText(int column) const
{
    const std::optional<std::string_view> text = nullableUtf8(column);
    return text ? m_pool.shared(*text) : QString();
}

QStringList SqliteRow::sharedSplit(int column, QChar separator, ListCleaner clean) const
{
    return m_pool.sharedSplit(utf8(column), separator, clean);
}

QDate SqliteRow::date(int column) const
{
    return parseDate(utf8(column));
}

std::optional<QDate> SqliteRow::optionalDate(int column) const
{
    const std::string_view text = utf8(column);
    if (text.empty())
        return std::nullopt;
    return parseDate(text);
}

sqlite3* openReadOnly(const QString& path, int busyTimeoutMs, ConnectionLock lock)
{
    const int flags =
        SQLITE_OPEN_READONLY | (lock == ConnectionLock::None ? SQLITE_OPEN_NOMUTEX : 0);
    sqlite3* handle = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &handle, flags, nullptr);
    if (handle)
        sqlite3_busy_timeout(handle, busyTimeoutMs);
    return handle;
}

Result<SqliteReader> SqliteReader::on(Database& database)
{
    sqlite3* connection = database.sqliteHandle();
    if (!connection)
        return Error::storage(QStringLiteral("cannot read the register: the file is not open"));
    return SqliteReader(connection);
}

Status SqliteReader::forEachRow(const QString& select,
                                const std::function<void(const SqliteRow&)>& consume)
{
    const QByteArray sql = select.toUtf8();
    sqlite3_stmt* statement = nullptr;
    int code = sqlite3_prepare_v2(m_handle, sql.constData(), int(sql.size()), &statement, nullptr);
    if (code == SQLITE_OK) {
        const SqliteRow row(statement, m_pool);
        while ((code = sqlite3_step(statement)) == SQLITE_ROW)
            consume(row);
    }
    sqlite3_finalize(statement);
    if (code == SQLITE_DONE)
        return success();
    if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
        return Error::storage(QStringLiteral(
            "the database is busy with another program's change; try again in a moment"));
    return Error::storage(QStringLiteral("cannot read the register: %1")
                              .arg(QString::fromUtf8(sqlite3_errmsg(m_handle))));
}

} // namespace reviewdesk::sql
