// The registry of reviewdesk-cli's commands.
#pragma once

#include "command.h"

#include <vector>

namespace reviewdesk::cli {

std::vector<std::unique_ptr<Command>> allCommands();

} // namespace reviewdesk::cli
