#include "scrollingform.h"

#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QWidget>

namespace reviewdesk::ui {
namespace {

class WheelGuard : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        auto* field = static_cast<QWidget*>(watched);
        if (event->type() != QEvent::Wheel || field->hasFocus())
            return false;
        // Handed to the scroll area that holds the field, which scrolls.
        for (QWidget* parent = field->parentWidget(); parent; parent = parent->parentWidget())
            if (auto* area = qobject_cast<QAbstractScrollArea*>(parent)) {
                QCoreApplication::sendEvent(area->viewport(), event);
                break;
            }
        event->accept(); // and offered to nothing else
        return true;
    }
};

} // namespace

void keepWheelForScrolling(QWidget* form)
{
    auto* guard = new WheelGuard(form);
    const QList<QWidget*> fields = form->findChildren<QWidget*>();
    for (QWidget* field : fields) {
        if (!qobject_cast<QComboBox*>(field) && !qobject_cast<QAbstractSpinBox*>(field))
            continue;
        field->setFocusPolicy(Qt::StrongFocus); // the wheel alone never focuses it
        field->installEventFilter(guard);
    }
}

} // namespace reviewdesk::ui
