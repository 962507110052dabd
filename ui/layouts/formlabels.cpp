#include "formlabels.h"

#include "layouts/fontfit.h"

#include <QFormLayout>
#include <QWidget>

#include <algorithm>

namespace reviewdesk::ui {

namespace {

void alignNow(QWidget* container)
{
    QList<QWidget*> labels;
    int widest = 0;
    const QList<QFormLayout*> forms = container->findChildren<QFormLayout*>();
    for (const QFormLayout* form : forms)
        for (int row = 0; row < form->rowCount(); ++row) {
            const QLayoutItem* item = form->itemAt(row, QFormLayout::LabelRole);
            if (QWidget* label = item ? item->widget() : nullptr) {
                labels << label;
                label->setMinimumWidth(0); // measured as the label, not as last aligned
                widest = std::max(widest, label->sizeHint().width());
            }
        }
    for (QWidget* label : labels)
        label->setMinimumWidth(widest);
}

} // namespace

void alignFormLabels(QWidget* container)
{
    refitOnFontChange(container, [container] { alignNow(container); });
}

} // namespace reviewdesk::ui
