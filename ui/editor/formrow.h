// One labelled row of an editor form: the label's mnemonic focuses the input
// (its buddy), and the input is named for screen readers after the label.
#pragma once

#include <QFormLayout>
#include <QLabel>

namespace reviewdesk::ui {

inline QLabel* addFormRow(QFormLayout* form, const QString& text, QWidget* field,
                          QWidget* buddy = nullptr)
{
    if (!buddy)
        buddy = field;
    auto* label = new QLabel(text, form->parentWidget());
    label->setBuddy(buddy);
    if (buddy->accessibleName().isEmpty()) {
        QString name = text;
        buddy->setAccessibleName(name.remove(QLatin1Char('&')));
    }
    form->addRow(label, field);
    return label;
}

} // namespace reviewdesk::ui
