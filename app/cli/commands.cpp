#include "commands.h"

namespace reviewdesk::cli {

// Each command's file defines its factory.
std::unique_ptr<Command> makeCalendarCommand();
std::unique_ptr<Command> makeInitCommand();
std::unique_ptr<Command> makeCaseCommand();
std::unique_ptr<Command> makeRapidReviewCommand();
std::unique_ptr<Command> makeLcsprCommand();
std::unique_ptr<Command> makeExtendCommand();
std::unique_ptr<Command> makeActionCommand();
std::unique_ptr<Command> makeDeadlinesCommand();
std::unique_ptr<Command> makeAuditCommand();
std::unique_ptr<Command> makeAgencyCommand();
std::unique_ptr<Command> makePersonCommand();
std::unique_ptr<Command> makeMeetingCommand();
std::unique_ptr<Command> makeStatsCommand();
std::unique_ptr<Command> makeDemoCommand();
std::unique_ptr<Command> makeCheckCommand();
std::unique_ptr<Command> makeBackupCommand();
std::unique_ptr<Command> makeReportCommand();
std::unique_ptr<Command> makeExportCommand();
std::unique_ptr<Command> makeImportCommand();

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(makeCalendarCommand());
    commands.push_back(makeInitCommand());
    commands.push_back(makeCaseCommand());
    commands.push_back(makeRapidReviewCommand());
    commands.push_back(makeLcsprCommand());
    commands.push_back(makeExtendCommand());
    commands.push_back(makeActionCommand());
    commands.push_back(makeDeadlinesCommand());
    commands.push_back(makeAuditCommand());
    commands.push_back(makeAgencyCommand());
    commands.push_back(makePersonCommand());
    commands.push_back(makeMeetingCommand());
    commands.push_back(makeStatsCommand());
    commands.push_back(makeDemoCommand());
    commands.push_back(makeCheckCommand());
    commands.push_back(makeBackupCommand());
    commands.push_back(makeReportCommand());
    commands.push_back(makeExportCommand());
    commands.push_back(makeImportCommand());
    return commands;
}

} // namespace reviewdesk::cli
