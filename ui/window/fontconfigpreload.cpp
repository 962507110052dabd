#include "window/fontconfigpreload.h"

#ifdef REVIEWDESK_HAVE_FONTCONFIG
#include <fontconfig/fontconfig.h>
#endif

namespace reviewdesk::ui {

FontConfigurationPreload::FontConfigurationPreload(std::function<void()> load)
    : m_loading(std::move(load))
{}

void FontConfigurationPreload::wait()
{
    if (m_loading.joinable())
        m_loading.join();
}

void FontConfigurationPreload::loadFontConfiguration()
{
#ifdef REVIEWDESK_HAVE_FONTCONFIG
    // The configuration FcInit loads becomes fontconfig's current one, which
    // Qt's own FcInit then finds already made.
    FcInit();
#endif
}

} // namespace reviewdesk::ui
