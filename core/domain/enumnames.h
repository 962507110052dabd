// Stable string names for the domain's enums: what the database stores, the
// CLI accepts and JSON prints. Renaming one is a schema migration.
#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <string_view>
#include <utility>

namespace reviewdesk {

template <typename Enum>
struct EnumNames; // specialised next to each enum with `static constexpr std::pair<Enum, const
                  // char*> table[]`

template <typename Enum>
QString nameOf(Enum value)
{
    for (const auto& [candidate, name] : EnumNames<Enum>::table)
        if (candidate == value)
            return QString::fromLatin1(name);
    return {};
}

template <typename Enum>
std::optional<Enum> enumFromName(const QString& name)
{
    for (const auto& [candidate, candidateName] : EnumNames<Enum>::table)
        if (name == QLatin1String(candidateName))
            return candidate;
    return std::nullopt;
}

// The same from the bytes as stored: the bulk loader reads them straight from
// SQLite, with no QString made (and pooled) for each of half a million columns.
template <typename Enum>
std::optional<Enum> enumFromStoredName(std::string_view name)
{
    for (const auto& [candidate, candidateName] : EnumNames<Enum>::table)
        if (name == candidateName)
            return candidate;
    return std::nullopt;
}

// "death|serious-harm": for usage lines and error messages.
template <typename Enum>
QString allNames(const QString& separator = QStringLiteral("|"))
{
    QStringList names;
    for (const auto& entry : EnumNames<Enum>::table)
        names << QString::fromLatin1(entry.second);
    return names.join(separator);
}

} // namespace reviewdesk
