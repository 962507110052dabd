// deadlines: every deadline of every case with its status as of a date.
#include "command.h"
#include "deadlineformat.h"

#include <algorithm>

namespace reviewdesk::cli {
namespace {

class DeadlinesCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("deadlines"); }
    QString summary() const override { return QStringLiteral("every deadline with its status"); }
    QStringList usage() const override
    {
        return {QStringLiteral("deadlines [--as-of DATE] [--open] [--json]")};
    }

    int run(Context& context, const QStringList& words) override
    {
        auto arguments = parseOrComplain(
            context, *this, words,
            {{QStringLiteral("as-of")}, {QStringLiteral("json"), QStringLiteral("open")}, 0, 0});
        if (!arguments)
            return UsageError;
        auto given =
            optionalDateOption(*arguments, QStringLiteral("as-of"), QStringLiteral("as-of date"));
        if (!given)
            return context.fail(given.error());
        const QDate asOf = given->value_or(context.today());
        auto workspace = context.workspaceForRegister();
        if (!workspace)
            return context.fail(workspace.error());
        auto files = (*workspace)->loadRegisterRecords();
        if (!files)
            return context.fail(files.error());
        auto engine = (*workspace)->engine(asOf);
        if (!engine)
            return context.fail(engine.error());

        QList<Deadline> deadlines;
        deadlines.reserve(files->size() * 6);
        for (const CaseRecord& file : *files)
            deadlines.append(engine->deadlinesFor(file));
        if (arguments->flag(QStringLiteral("open")))
            deadlines.removeIf([](const Deadline& d) { return !isOpen(d.status); });
        std::stable_sort(deadlines.begin(), deadlines.end(),
                         [](const Deadline& a, const Deadline& b) { return a.due < b.due; });

        if (arguments->flag(QStringLiteral("json"))) {
            // Streamed in UTF-8 a megabyte at a time: the same compact array
            // printJson would print.
            constexpr qsizetype kChunk = 1 << 20;
            QByteArray json;
            json.reserve(kChunk + 4096);
            json += '[';
            for (qsizetype i = 0; i < deadlines.size(); ++i) {
                if (i)
                    json += ',';
                appendDeadlineJson(json, deadlines[i]);
                if (json.size() >= kChunk) {
                    context.writeUtf8(json);
                    json.clear();
                }
            }
            json += "]\n";
            context.writeUtf8(json);
        } else {
            for (const Deadline& deadline : deadlines)
                context.out() << deadlineLine(deadline) << '\n';
        }
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeDeadlinesCommand()
{
    return std::make_unique<DeadlinesCommand>();
}

} // namespace reviewdesk::cli
