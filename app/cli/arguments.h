// Command-line arguments of one command: positionals, "--name value" (or
// "--name=value") options and "--flag" switches, checked against what the
// command accepts. An unknown option or a wrong count is a usage error.
#pragma once

#include <QHash>
#include <QSet>
#include <QStringList>

#include <optional>

namespace reviewdesk::cli {

struct ArgumentSpec
{
    QStringList valueOptions; // names without "--"
    QStringList flags;
    int minPositionals = 0;
    int maxPositionals = 0;
};

class Arguments
{
public:
    // On a usage error returns nothing and sets `error`.
    static std::optional<Arguments> parse(const QStringList& words, const ArgumentSpec& spec,
                                          QString* error);

    const QStringList& positionals() const { return m_positionals; }
    QString positional(int index) const { return m_positionals.value(index); }
    std::optional<QString> value(const QString& name) const;
    bool flag(const QString& name) const { return m_flags.contains(name); }

private:
    QStringList m_positionals;
    QHash<QString, QString> m_values;
    QSet<QString> m_flags;
};

} // namespace reviewdesk::cli
