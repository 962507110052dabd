// The common base of reviewdesk-cli's commands: one command per file, each
// registered with one line in commands.cpp (as keepassxc-cli does).
#pragma once

#include "arguments.h"
#include "services/workspace.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <memory>

namespace reviewdesk::cli {

enum ExitCode
{
    Success = 0,
    UserError = 1,
    UsageError = 2
};

// What every command may use: the chosen database, output streams, "today".
class Context
{
public:
    Context(QString databasePath, QTextStream& out, QTextStream& err, QDate today);

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }
    const QDate& today() const { return m_today; }
    const QString& databasePath() const { return m_databasePath; }

    // Opens (or creates) the database on first use: for commands that write.
    Result<Workspace*> workspace();
    // Opens the database, which must exist already: a command that only
    // reads never makes an empty register at a mistyped path.
    Result<Workspace*> existingWorkspace();
    // For a command that reads the whole register before it prints anything
    // (so the file must exist): the file's damage check runs while the
    // register loads (see Database::OpenCheck), and RegisterSnapshot::load waits for it.
    Result<Workspace*> workspaceForRegister();
    // Closes the database and deletes it with SQLite's files beside it: for
    // a command that created the register and then failed, so that its
    // failure leaves nothing behind.
    void removeNewRegister();

    // Writes UTF-8 text to the output as it is, after what out() holds.
    void writeUtf8(const QByteArray& text);

    // Prints "reviewdesk-cli: message" on stderr and returns exit code 1.
    int fail(const Error& error);
    int fail(const QString& message) { return fail(Error::invalid(message)); }

    void printJson(const QJsonArray& array);
    void printJson(const QJsonObject& object);

private:
    QString m_databasePath;
    QTextStream& m_out;
    QTextStream& m_err;
    QDate m_today;
    Result<Workspace*> openWorkspace(Database::OpenCheck check);
    // "FILE does not exist", unless the file is there (or open already).
    Status requireExistingFile() const;

    std::unique_ptr<Workspace> m_workspace;
};

class Command
{
public:
    virtual ~Command() = default;

    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    // Usage lines, one per form, without the program name.
    virtual QStringList usage() const = 0;

    // `words` are the arguments after the command's name.
    virtual int run(Context& context, const QStringList& words) = 0;
};

// Parses `words` against `spec`; on a usage error prints it with this
// command's usage and returns nothing (the caller exits with 2).
std::optional<Arguments> parseOrComplain(Context& context, const Command& command,
                                         const QStringList& words, const ArgumentSpec& spec);

// Prints a usage error with the command's usage lines; returns exit code 2.
int complainUsage(Context& context, const Command& command, const QString& message);

// Runs the subcommand named by the first word ("case add ..."), or complains
// about a missing or unknown one with the command's usage.
template <typename Owner>
int dispatchSubcommand(
    Context& context, Owner& owner, const QStringList& words,
    std::initializer_list<std::pair<const char*, int (Owner::*)(Context&, const QStringList&)>>
        subcommands)
{
    const QString sub = words.value(0);
    for (const auto& [name, run] : subcommands)
        if (sub == QLatin1String(name))
            return (owner.*run)(context, words.mid(1));
    return complainUsage(context, owner,
                         sub.isEmpty() ? QStringLiteral("missing subcommand")
                                       : QStringLiteral("unknown subcommand \"%1\"").arg(sub));
}

// "X list [--json]": loads records from the workspace and prints them as a
// JSON array, or one line each.
template <typename Load, typename ToJson, typename ToLine>
int runListing(Context& context, const Command& command, const QStringList& words, Load load,
               ToJson toJson, ToLine toLine)
{
    auto arguments = parseOrComplain(context, command, words, {{}, {QStringLiteral("json")}, 0, 0});
    if (!arguments)
        return UsageError;
    auto workspace = context.existingWorkspace();
    if (!workspace)
        return context.fail(workspace.error());
    auto records = load(**workspace);
    if (!records)
        return context.fail(records.error());
    if (arguments->flag(QStringLiteral("json"))) {
        QJsonArray rows;
        for (const auto& record : *records)
            rows.append(toJson(record));
        context.printJson(rows);
    } else {
        for (const auto& record : *records)
            context.out() << toLine(record) << '\n';
    }
    return Success;
}

// Strict ISO date from an option or positional, named in the error.
Result<QDate> dateArgument(const QString& text, const QString& what);
Result<std::optional<QDate>> optionalDateOption(const Arguments& arguments, const QString& option,
                                                const QString& what);
Result<int> integerArgument(const QString& text, const QString& what);

// An enum option by its stable name ("--harm death"); an unknown name is a user
// error that lists the accepted names.
template <typename Enum>
Result<std::optional<Enum>> enumOption(const Arguments& arguments, const QString& option,
                                       const QString& what)
{
    const auto text = arguments.value(option);
    if (!text)
        return std::optional<Enum>{};
    const auto value = enumFromName<Enum>(*text);
    if (!value)
        return Error::invalid(QStringLiteral("unknown %1 \"%2\"; use %3")
                                  .arg(what, *text, allNames<Enum>(QStringLiteral(", "))));
    return std::optional<Enum>{*value};
}

// A date option that fills an optional date of a record when given.
template <typename Record>
struct DateOption
{
    const char* option;
    const char* what;
    OptionalDate Record::*field;
};

template <typename Record, std::size_t N>
Status applyDateOptions(const Arguments& arguments, const DateOption<Record> (&options)[N],
                        Record& record)
{
    for (const DateOption<Record>& date : options) {
        auto value = optionalDateOption(arguments, QString::fromLatin1(date.option),
                                        QString::fromLatin1(date.what));
        if (!value)
            return value.error();
        if (*value)
            record.*date.field = *value;
    }
    return success();
}

} // namespace reviewdesk::cli
