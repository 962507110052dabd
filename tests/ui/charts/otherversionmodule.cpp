// A charts module as another version of ReviewDesk would have built it: the
// same entry points, another build string. The loader must refuse it rather
// than hand it a ChartSpec that version may lay out differently.
#include <QtGlobal>

class QWidget;
namespace reviewdesk::ui {
struct ChartSpec;
}

extern "C" {

Q_DECL_EXPORT const char* reviewdesk_charts_version()
{
    return "0.0.1 (charts module revision 0)";
}

Q_DECL_EXPORT QWidget* reviewdesk_chart_view(const reviewdesk::ui::ChartSpec&, bool, QWidget*)
{
    return nullptr;
}

} // extern "C"
