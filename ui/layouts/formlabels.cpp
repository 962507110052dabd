#include "formlabels.h"

#include <QFormLayout>
#include <QWidget>

#include <algorithm>

namespace reviewdesk::ui {

void alignFormLabels(QWidget* container)
{
    QList<QWidget*> labels;
    int widest = 0;
    const QList<QFormLayout*> forms = container->findChildren<QFormLayout*>();
    for (const QFormLayout* form : forms)
        for (int row = 0; row < form->rowCount(); ++row) {
            const QLayoutItem* item = form->itemAt(row, QFormLayout::LabelRole);
            if (QWidget* label = item ? item->widget() : nullptr) {
                labels << label;
                widest = std::max(widest, label->sizeHint().width());
            }
        }
    for (QWidget* label : labels)
        label->setMinimumWidth(widest);
}

} // namespace reviewdesk::ui
