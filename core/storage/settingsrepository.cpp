#include "storage/settingsrepository.h"

#include "storage/sqlvalues.h"

namespace reviewdesk {

Result<QString> SettingsRepository::value(const QString& key, const QString& fallback)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(sql::text(key));
    if (auto ran = sql::run(query, "read the settings"); !ran)
        return ran.error();
    return query.next() ? query.value(0).toString() : fallback;
}

Status SettingsRepository::setValue(const QString& key, const QString& value)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(sql::text(key));
    query.addBindValue(sql::text(value));
    return sql::run(query, "save the setting");
}

Result<NamedDays> SettingsRepository::nonWorkingDays()
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT day, name FROM non_working_days ORDER BY day"));
    if (auto ran = sql::run(query, "read the non-working days"); !ran)
        return ran.error();
    NamedDays days;
    while (query.next())
        days.append({sql::toDate(query.value(0)), query.value(1).toString()});
    return days;
}

Result<bool> SettingsRepository::hasNonWorkingDay(const QDate& day)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT 1 FROM non_working_days WHERE day = ?"));
    query.addBindValue(sql::date(day));
    if (auto ran = sql::run(query, "read the non-working days"); !ran)
        return ran.error();
    return query.next();
}

Status SettingsRepository::addNonWorkingDay(const NamedDay& day, NonWorkingDayKind kind)
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("INSERT INTO non_working_days (day, name, kind) VALUES (?, ?, ?)"));
    query.addBindValue(sql::date(day.date));
    query.addBindValue(sql::text(day.name));
    query.addBindValue(kind == NonWorkingDayKind::Closure ? QStringLiteral("closure")
                                                          : QStringLiteral("bank-holiday"));
    return sql::run(query, "add the non-working day");
}

} // namespace reviewdesk
