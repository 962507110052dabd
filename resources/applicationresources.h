// The desktop application's own resources, compiled in: the application icon
// (the hicolor PNG sizes rendered from the SVG at build time) and the licence
// text shown by the About dialog.
#pragma once

#include <QIcon>
#include <QString>

namespace reviewdesk {

// The application icon at every rendered size, for the window and dialogs.
// PNGs rather than the SVG, so no image-format plugin is needed at run time.
QIcon applicationIcon();

// The full text of the GNU General Public License, version 3 (the LICENSE file).
QString licenceText();

} // namespace reviewdesk
