// FontConfigurationPreload: its load runs on a thread of its own, and has run
// in full by the time wait() returns (or the preload is gone).
#include "catch.h"
#include "window/fontconfigpreload.h"

#include <atomic>
#include <chrono>
#include <thread>

using reviewdesk::ui::FontConfigurationPreload;

namespace {

// A load slow enough that a wait() which did not wait would see it unfinished.
struct RecordedLoad
{
    std::atomic<bool> finished = false;
    std::thread::id thread;

    std::function<void()> function()
    {
        return [this] {
            thread = std::this_thread::get_id();
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
            finished = true;
        };
    }
};

} // namespace

TEST_CASE("the preload runs its load on another thread, and wait returns once the load has")
{
    RecordedLoad load;
    FontConfigurationPreload preload(load.function());
    preload.wait();
    CHECK(load.finished);
    CHECK(load.thread != std::this_thread::get_id());
    CHECK(load.thread != std::thread::id());
    preload.wait(); // a second wait has nothing left to wait for
    CHECK(load.finished);
}

TEST_CASE("a preload never waited for finishes its load before it is gone")
{
    RecordedLoad load;
    {
        FontConfigurationPreload preload(load.function());
    }
    CHECK(load.finished);
}
