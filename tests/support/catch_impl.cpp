// Catch2's implementation, compiled once for every test executable: with
// Catch2 2.x it lives in the single header and is the slowest file of the
// build to compile. The entry points (catch_main, gui_main, paint_main) make
// their application object and call runCatchSession; Catch2 3.x keeps its
// implementation in its own library, and this file only runs its session.
#include "catchsession.h"

#if __has_include(<catch2/catch_all.hpp>)
#include <catch2/catch_all.hpp>
#else
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>
#endif

int runCatchSession(int argc, char* argv[])
{
    return Catch::Session().run(argc, argv);
}
