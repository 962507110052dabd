// NonWorkingDayDialog: asks for a date (YYYY-MM-DD) and a name for a local
// closure day or a newly announced bank holiday. The settings dialog saves it
// through CalendarService and keeps this open with the reason if refused.
#pragma once

#include "pages/recorddialog.h"
#include "storage/settingsrepository.h"
#include "util/result.h"

class QLineEdit;

namespace reviewdesk::ui {

class NonWorkingDayDialog : public RecordDialog
{
    Q_OBJECT

public:
    explicit NonWorkingDayDialog(NonWorkingDayKind kind, QWidget* parent = nullptr);

    NonWorkingDayKind kind() const { return m_kind; }
    // The date typed, or why it is not a date.
    Result<QDate> date() const;
    QString name() const;

    void setDateText(const QString& text);
    void setName(const QString& name);

private:
    NonWorkingDayKind m_kind;
    QLineEdit* m_date = nullptr;
    QLineEdit* m_name = nullptr;
};

} // namespace reviewdesk::ui
