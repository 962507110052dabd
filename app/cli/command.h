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

    // Opens (or creates) the database on first use.
    Result<Workspace*> workspace();

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

// Strict ISO date from an option or positional, named in the error.
Result<QDate> dateArgument(const QString& text, const QString& what);
Result<std::optional<QDate>> optionalDateOption(const Arguments& arguments, const QString& option,
                                                const QString& what);
Result<int> integerArgument(const QString& text, const QString& what);

} // namespace reviewdesk::cli
