// Runs Catch2 on the command line's arguments (see catch_impl.cpp).
#pragma once

int runCatchSession(int argc, char* argv[]);
