// reviewdesk-cli: the headless face of ReviewDesk, for scripts and checks.
// Exit codes: 0 success, 1 user error (one line on stderr), 2 bad usage.
#include "commands.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QStandardPaths>

#include <cstdio>
#include <memory>

using namespace reviewdesk;
using namespace reviewdesk::cli;

namespace {

QString defaultDatabasePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return QDir(folder).filePath(QStringLiteral("reviewdesk.sqlite"));
}

void printUsage(QTextStream& stream, const std::vector<std::unique_ptr<Command>>& commands)
{
    stream << "usage: reviewdesk-cli [--database FILE] COMMAND [ARGS]\n\ncommands:\n";
    for (const auto& command : commands)
        for (const QString& line : command->usage())
            stream << "  " << line << "\n";
    stream << "\nDates are YYYY-MM-DD. --json prints JSON. Exit status: 0 success, 1 user "
              "error, 2 bad usage.\n";
    stream.flush();
}

// Takes "--database FILE" (anywhere before "--") out of the words.
std::optional<QString> takeDatabaseOption(QStringList& words, QString* error)
{
    std::optional<QString> path;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString& word = words.at(i);
        if (word == QLatin1String("--"))
            break;
        if (word == QLatin1String("--database") || word.startsWith(QLatin1String("--database="))) {
            if (path) {
                *error = QStringLiteral("option --database given twice");
                return std::nullopt;
            }
            if (word.contains(QLatin1Char('='))) {
                path = word.mid(word.indexOf(QLatin1Char('=')) + 1);
                words.removeAt(i--);
            } else if (i + 1 < words.size()) {
                path = words.at(i + 1);
                words.remove(i, 2);
                --i;
            } else {
                *error = QStringLiteral("option --database needs a value");
                return std::nullopt;
            }
        }
    }
    return path;
}

// The command named on the command line (the first word that is neither
// --database nor its value), read before any application object exists.
QString commandWord(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QString word = QString::fromLocal8Bit(argv[i]);
        if (word == QLatin1String("--database"))
            ++i;
        else if (!word.startsWith(QLatin1String("--database=")))
            return word;
    }
    return {};
}

// The platform plugin's start-up notices (no runtime folder, no window
// manager) are not the user's business: stderr carries one line per error.
QtMessageHandler previousMessageHandler = nullptr;

void quietPlatformNotices(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    const bool notice = type == QtWarningMsg || type == QtInfoMsg || type == QtDebugMsg;
    const QLatin1String category(context.category ? context.category : "");
    if (notice && (message.startsWith(QLatin1String("QStandardPaths: ")) ||
                   category.startsWith(QLatin1String("qt.qpa"))))
        return;
    if (previousMessageHandler)
        previousMessageHandler(type, context, message);
    else
        std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

// PDF reports lay out text with fonts, which need a QGuiApplication; the other
// commands stay on a QCoreApplication, fast and without any display. Without a
// display (a server, a script) the report renders on the offscreen platform.
std::unique_ptr<QCoreApplication> makeApplication(int& argc, char* argv[])
{
    if (commandWord(argc, argv) != QLatin1String("report"))
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    previousMessageHandler = qInstallMessageHandler(quietPlatformNotices);
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace

int main(int argc, char* argv[])
{
    const auto app = makeApplication(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("reviewdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REVIEWDESK_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto commands = allCommands();

    QStringList words = QCoreApplication::arguments().mid(1);
    QString error;
    const auto database = takeDatabaseOption(words, &error);
    if (!error.isEmpty()) {
        err << "reviewdesk-cli: " << error << Qt::endl;
        return UsageError;
    }
    if (words.isEmpty()) {
        printUsage(err, commands);
        return UsageError;
    }
    const QString name = words.takeFirst();
    if (name == QLatin1String("--version")) {
        out << "reviewdesk-cli " << REVIEWDESK_VERSION << Qt::endl;
        return Success;
    }
    if (name == QLatin1String("--help") || name == QLatin1String("help")) {
        printUsage(out, commands);
        return Success;
    }
    for (const auto& command : commands) {
        if (command->name() == name) {
            Context context(database.value_or(QString()).isEmpty() ? defaultDatabasePath()
                                                                   : *database,
                            out, err, QDate::currentDate());
            const int code = command->run(context, words);
            out.flush();
            err.flush();
            return code;
        }
    }
    err << "reviewdesk-cli: unknown command \"" << name << "\"\n";
    printUsage(err, commands);
    return UsageError;
}
