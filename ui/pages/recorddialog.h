// RecordDialog: the shape every small editing dialog of the pages shares: a
// form, a line for the service's error in words, OK and Cancel. OK does not
// close the dialog; it asks the page to save, and the page closes it only when
// the service accepted the write, so a refused save leaves the user's input
// in place next to the reason.
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QFormLayout;
class QLabel;

namespace reviewdesk::ui {

class RecordDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RecordDialog(const QString& title, QWidget* parent = nullptr);

    // Shows the reason a save was refused (empty clears it).
    void setError(const QString& message);
    QString error() const;

    // What clicking OK does; public so tests and keyboard shortcuts share one path.
    void requestSave();

signals:
    void saveRequested();

protected:
    QFormLayout* form() const { return m_form; }

private:
    QFormLayout* m_form = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace reviewdesk::ui
