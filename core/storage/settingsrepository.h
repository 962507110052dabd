// Partnership settings (key/value) and the user-added non-working days.
#pragma once

#include "calendar/namedday.h"
#include "storage/database.h"

namespace reviewdesk {

enum class NonWorkingDayKind
{
    Closure,
    BankHoliday
};

class SettingsRepository
{
public:
    explicit SettingsRepository(Database& database) : m_database(database) {}

    Result<QString> value(const QString& key, const QString& fallback = {});
    Status setValue(const QString& key, const QString& value);

    Result<NamedDays> nonWorkingDays();
    Result<bool> hasNonWorkingDay(const QDate& day);
    Status addNonWorkingDay(const NamedDay& day, NonWorkingDayKind kind);

private:
    Database& m_database;
};

} // namespace reviewdesk
