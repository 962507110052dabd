// FontConfigurationPreload: reads the system's font configuration on a second
// thread while QApplication connects to the window system.
//
// On Linux Qt finds fonts through fontconfig, which reads its configuration
// (every file under /etc/fonts, then the font caches) the first time any text
// is measured: on the GUI thread, before the window's first paint, and a third
// of the work of starting on a Debian desktop. Begun before QApplication and
// waited for just after it, that reading overlaps the connection to the
// display instead of following it (on X; offscreen, QApplication connects to
// nothing and the start is no faster). Where Qt uses no fontconfig (Windows,
// macOS) there is nothing to read ahead, and the thread returns at once.
#pragma once

#include <functional>
#include <thread>

namespace reviewdesk::ui {

class FontConfigurationPreload
{
public:
    // Starts `load` on a thread of its own; by default, reading the configuration.
    explicit FontConfigurationPreload(std::function<void()> load = loadFontConfiguration);

    // Returns once `load` has returned. Call it before any text is measured
    // or drawn: fontconfig, asked meanwhile, would read it all a second time.
    void wait();

    // Reads the font configuration the way Qt's first use of fontconfig would,
    // so that Qt finds it ready.
    static void loadFontConfiguration();

private:
    std::jthread m_loading; // joined by wait(), or at the latest on destruction
};

} // namespace reviewdesk::ui
