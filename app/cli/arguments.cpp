#include "arguments.h"

namespace reviewdesk::cli {

std::optional<Arguments> Arguments::parse(const QStringList& words, const ArgumentSpec& spec,
                                          QString* error)
{
    Arguments arguments;
    bool optionsEnded = false;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString& word = words.at(i);
        if (optionsEnded || !word.startsWith(QLatin1String("--")) || word == QLatin1String("--")) {
            if (word == QLatin1String("--") && !optionsEnded) {
                optionsEnded = true;
                continue;
            }
            arguments.m_positionals << word;
            continue;
        }
        QString name = word.mid(2);
        std::optional<QString> inlineValue;
        if (const qsizetype equals = name.indexOf(QLatin1Char('=')); equals >= 0) {
            inlineValue = name.mid(equals + 1);
            name = name.left(equals);
        }
        if (spec.flags.contains(name)) {
            if (inlineValue) {
                *error = QStringLiteral("option --%1 takes no value").arg(name);
                return std::nullopt;
            }
            arguments.m_flags.insert(name);
        } else if (spec.valueOptions.contains(name)) {
            if (arguments.m_values.contains(name)) {
                *error = QStringLiteral("option --%1 given twice").arg(name);
                return std::nullopt;
            }
            if (inlineValue) {
                arguments.m_values.insert(name, *inlineValue);
            } else if (i + 1 < words.size()) {
                arguments.m_values.insert(name, words.at(++i));
            } else {
                *error = QStringLiteral("option --%1 needs a value").arg(name);
                return std::nullopt;
            }
        } else {
            *error = QStringLiteral("unknown option --%1").arg(name);
            return std::nullopt;
        }
    }
    if (arguments.m_positionals.size() < spec.minPositionals) {
        *error = QStringLiteral("missing arguments");
        return std::nullopt;
    }
    if (arguments.m_positionals.size() > spec.maxPositionals) {
        *error = QStringLiteral("unexpected argument \"%1\"")
                     .arg(arguments.m_positionals.at(spec.maxPositionals));
        return std::nullopt;
    }
    return arguments;
}

std::optional<QString> Arguments::value(const QString& name) const
{
    const auto found = m_values.constFind(name);
    if (found == m_values.constEnd())
        return std::nullopt;
    return *found;
}

} // namespace reviewdesk::cli
