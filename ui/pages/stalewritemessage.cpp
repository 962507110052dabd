#include "pages/stalewritemessage.h"

#include <QMessageBox>

namespace reviewdesk::ui {

void showStaleWriteMessage(QWidget* parent, const QString& serviceMessage)
{
    auto* box =
        new QMessageBox(QMessageBox::Warning, QObject::tr("Someone else saved this record first"),
                        QObject::tr("Your change was not saved, because this record was "
                                    "changed by someone else after you opened it. The "
                                    "list now shows their version; make your change "
                                    "again if it is still needed."),
                        QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("staleWriteMessage"));
    box->setInformativeText(serviceMessage);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace reviewdesk::ui
