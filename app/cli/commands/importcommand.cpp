// import csv FILE [--dry-run] [--map "FILE COLUMN=key" ...]: a case register
// from a spreadsheet, all or nothing; import actions-csv FILE: its actions. Every problem is
// printed on its own line as FILE:LINE: column NAME: message, and then nothing is written.
#include "command.h"
#include "io/actionimport.h"
#include "io/caseimporter.h"
#include "util/counted.h"

#include <QFile>
#include <QFileInfo>

namespace reviewdesk::cli {
namespace {

// A spreadsheet larger than this is not a register.
constexpr qint64 kMaxImportBytes = 256 * 1024 * 1024;

class ImportCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override
    {
        return QStringLiteral("add cases from a spreadsheet (CSV), all or nothing");
    }
    QStringList usage() const override
    {
        return {QStringLiteral("import csv FILE [--dry-run] [--map \"FILE COLUMN=key\" ...]"),
                QStringLiteral("import actions-csv FILE [--dry-run]")};
    }

    int run(Context& context, const QStringList& words) override
    {
        return dispatchSubcommand(
            context, *this, words,
            {{"csv", &ImportCommand::csv}, {"actions-csv", &ImportCommand::actionsCsv}});
    }

private:
    static std::optional<QByteArray> readInput(Context& context, const QString& path)
    {
        QFile file(path);
        const QFileInfo info(path);
        if (!info.exists()) {
            context.fail(QStringLiteral("%1 does not exist").arg(path));
            return std::nullopt;
        }
        if (!info.isFile()) {
            context.fail(QStringLiteral("%1 is not a file").arg(path));
            return std::nullopt;
        }
        if (file.size() > kMaxImportBytes) {
            context.fail(QStringLiteral("%1 is too large to import (over %2 MB)")
                             .arg(path)
                             .arg(kMaxImportBytes / (1024 * 1024)));
            return std::nullopt;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            context.fail(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
            return std::nullopt;
        }
        return file.readAll();
    }

    static int reportProblems(Context& context, const QString& path,
                              const QList<io::ImportProblem>& problems)
    {
        for (const io::ImportProblem& problem : problems) {
            QString message = problem.message;
            message.replace(QLatin1Char('\n'), QLatin1Char(' '));
            context.err() << path << ':' << problem.line << ": ";
            if (!problem.column.isEmpty())
                context.err() << "column " << problem.column << ": ";
            context.err() << message << '\n';
        }
        context.err() << "reviewdesk-cli: "
                      << counted(problems.size(), QStringLiteral("problem"),
                                 QStringLiteral("problems"))
                      << " found; nothing was imported" << Qt::endl;
        return UserError;
    }

    int actionsCsv(Context& context, const QStringList& words)
    {
        auto arguments =
            parseOrComplain(context, *this, words, {{}, {QStringLiteral("dry-run")}, 1, 1});
        if (!arguments)
            return UsageError;
        const QString path = arguments->positional(0);
        const auto bytes = readInput(context, path);
        if (!bytes)
            return UserError;
        // Actions belong to cases, so the register must exist already.
        auto workspace = context.existingWorkspace();
        if (!workspace)
            return context.fail(workspace.error());
        auto plan = io::planActionImport(**workspace, *bytes);
        if (!plan)
            return context.fail(plan.error());
        if (!plan->problems.isEmpty())
            return reportProblems(context, path, plan->problems);
        if (arguments->flag(QStringLiteral("dry-run"))) {
            context.out() << actionsText(plan->rows.size()) << " would be imported from " << path
                          << " (dry run: nothing written)\n";
            return Success;
        }
        auto imported = io::importActions(**workspace, *plan, QFileInfo(path).fileName());
        if (!imported)
            return context.fail(imported.error());
        context.out() << actionsText(*imported) << " imported from " << path << '\n';
        return Success;
    }

    // --map may be given many times, which the common parser refuses; take
    // them out first.
    static QStringList takeMaps(QStringList& words, bool* missingValue)
    {
        QStringList maps;
        QStringList rest;
        for (qsizetype i = 0; i < words.size(); ++i) {
            const QString& word = words.at(i);
            if (word == QLatin1String("--")) { // what follows is positional
                rest << words.mid(i);
                break;
            }
            if (word == QLatin1String("--map")) {
                if (i + 1 >= words.size()) {
                    *missingValue = true;
                    break;
                }
                maps << words.at(++i);
            } else if (word.startsWith(QLatin1String("--map="))) {
                maps << word.mid(6);
            } else {
                rest << word;
            }
        }
        words = rest;
        return maps;
    }

    int csv(Context& context, const QStringList& given)
    {
        QStringList words = given;
        bool missingValue = false;
        const QStringList maps = takeMaps(words, &missingValue);
        if (missingValue)
            return complainUsage(context, *this, QStringLiteral("option --map needs a value"));
        auto arguments =
            parseOrComplain(context, *this, words, {{}, {QStringLiteral("dry-run")}, 1, 1});
        if (!arguments)
            return UsageError;
        const QString path = arguments->positional(0);
        const bool dryRun = arguments->flag(QStringLiteral("dry-run"));

        const auto input = readInput(context, path);
        if (!input)
            return UserError;
        const QByteArray& bytes = *input;

        const QStringList header = io::csvHeader(bytes);
        io::ColumnMapping mapping = io::defaultMapping(header);
        if (auto applied = io::applyMappingOverrides(mapping, header, maps); !applied)
            return context.fail(applied.error());

        // A dry run against a register that does not exist yet must not create it.
        const bool registerExists = QFileInfo::exists(context.databasePath());
        io::CaseImportPlan plan;
        Workspace* workspace = nullptr;
        if (dryRun && !registerExists) {
            plan = io::planCaseImport(bytes, mapping);
        } else {
            auto opened = context.workspace();
            if (!opened)
                return context.fail(opened.error());
            workspace = *opened;
        }
        // An import that fails leaves no register it made behind.
        const auto failed = [&](int code) {
            if (workspace && !registerExists)
                context.removeNewRegister();
            return code;
        };
        if (workspace) {
            auto planned = io::planCaseImport(*workspace, bytes, mapping);
            if (!planned)
                return failed(context.fail(planned.error()));
            plan = std::move(*planned);
        }
        if (!plan.problems.isEmpty())
            return failed(reportProblems(context, path, plan.problems));
        if (dryRun) {
            context.out() << casesText(plan.rows.size()) << " would be imported from " << path
                          << " (dry run: nothing written)\n";
            return Success;
        }
        auto imported = io::importCases(*workspace, plan, QFileInfo(path).fileName());
        if (!imported)
            return failed(context.fail(imported.error()));
        context.out() << casesText(*imported) << " imported from " << path << '\n';
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeImportCommand()
{
    return std::make_unique<ImportCommand>();
}

} // namespace reviewdesk::cli
