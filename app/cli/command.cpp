#include "command.h"

#include "util/isodate.h"

#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QJsonDocument>

namespace reviewdesk::cli {

Context::Context(QString databasePath, QTextStream& out, QTextStream& err, QDate today)
    : m_databasePath(std::move(databasePath)), m_out(out), m_err(err), m_today(today)
{}

Result<Workspace*> Context::workspace()
{
    return openWorkspace(Database::OpenCheck::BeforeReturning);
}

Status Context::requireExistingFile() const
{
    if (!m_workspace && !QFileInfo::exists(m_databasePath))
        return Error::notFound(QStringLiteral("%1 does not exist").arg(m_databasePath));
    return success();
}

Result<Workspace*> Context::existingWorkspace()
{
    if (auto exists = requireExistingFile(); !exists)
        return exists.error();
    return workspace();
}

Result<Workspace*> Context::workspaceForRegister()
{
    if (auto exists = requireExistingFile(); !exists)
        return exists.error();
    return openWorkspace(Database::OpenCheck::WhileLoading);
}

void Context::removeNewRegister()
{
    m_workspace.reset();
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(m_databasePath + QLatin1String(suffix));
}

Result<Workspace*> Context::openWorkspace(Database::OpenCheck check)
{
    if (!m_workspace) {
        auto opened = Workspace::open(m_databasePath, systemUserName(), check);
        if (!opened)
            return opened.error();
        m_workspace = std::move(*opened);
    }
    return m_workspace.get();
}

void Context::writeUtf8(const QByteArray& text)
{
    m_out.flush();
    if (QIODevice* device = m_out.device()) {
        device->write(text);
        return;
    }
    m_out << QString::fromUtf8(text); // a stream on a string (tests)
}

int Context::fail(const Error& error)
{
    QString message = error.message;
    message.replace(QLatin1Char('\n'), QLatin1Char(' '));
    m_err << "reviewdesk-cli: " << message << Qt::endl;
    return UserError;
}

void Context::printJson(const QJsonArray& array)
{
    // Compact: a register's arrays can hold hundreds of thousands of rows.
    m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)) << '\n';
    m_out.flush();
}

void Context::printJson(const QJsonObject& object)
{
    m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    m_out.flush();
}

std::optional<Arguments> parseOrComplain(Context& context, const Command& command,
                                         const QStringList& words, const ArgumentSpec& spec)
{
    QString error;
    auto arguments = Arguments::parse(words, spec, &error);
    if (!arguments)
        complainUsage(context, command, error);
    return arguments;
}

int complainUsage(Context& context, const Command& command, const QString& message)
{
    context.err() << "reviewdesk-cli " << command.name() << ": " << message << "\nusage:\n";
    for (const QString& line : command.usage())
        context.err() << "  reviewdesk-cli " << line << "\n";
    context.err().flush();
    return UsageError;
}

Result<QDate> dateArgument(const QString& text, const QString& what)
{
    return parseIsoDate(text, what);
}

Result<std::optional<QDate>> optionalDateOption(const Arguments& arguments, const QString& option,
                                                const QString& what)
{
    const auto text = arguments.value(option);
    if (!text)
        return std::optional<QDate>{};
    auto date = parseIsoDate(*text, what);
    if (!date)
        return date.error();
    return std::optional<QDate>{*date};
}

Result<int> integerArgument(const QString& text, const QString& what)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok)
        return Error::invalid(QStringLiteral("%1 \"%2\" is not a whole number").arg(what, text));
    return value;
}

} // namespace reviewdesk::cli
