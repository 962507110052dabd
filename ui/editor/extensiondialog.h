// Asks for an extension of an LCSPR's publication date: the new date, the
// reason (required: an extension without one cannot be recorded), who agreed
// it and when.
#pragma once

#include "domain/practicereview.h"

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace reviewdesk::ui {

class DateField;

class ExtensionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ExtensionDialog(QWidget* parent = nullptr);

    Extension extension() const;

private:
    void refresh();

    DateField* m_newDue;
    QPlainTextEdit* m_reason;
    QLineEdit* m_agreedBy;
    DateField* m_agreedOn;
    QDialogButtonBox* m_buttons;
};

} // namespace reviewdesk::ui
