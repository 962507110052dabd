#include "window/welcomepage.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace reviewdesk::ui {

WelcomePage::WelcomePage(QWidget* parent) : QWidget(parent)
{
    auto* title = new QLabel(tr("Welcome to ReviewDesk"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto* text = new QLabel(
        tr("ReviewDesk keeps the register of serious child safeguarding cases, their rapid "
           "reviews and practice reviews, and works out every statutory deadline in working "
           "days.\n\nThis register is empty. Record your first case, bring in your existing "
           "tracker, or look around with made-up demonstration data."),
        this);
    text->setWordWrap(true);
    text->setMaximumWidth(560);

    auto* newCase = new QPushButton(tr("&New case"), this);
    newCase->setObjectName(QStringLiteral("welcomeNewCase"));
    auto* import = new QPushButton(tr("&Import…"), this);
    import->setObjectName(QStringLiteral("welcomeImport"));
    import->setToolTip(tr("Brings in the cases of a spreadsheet tracker saved as CSV."));
    auto* demo = new QPushButton(tr("Load &demo data"), this);
    demo->setObjectName(QStringLiteral("welcomeDemo"));
    demo->setToolTip(tr("Adds made-up cases; no real person is named."));

    connect(newCase, &QPushButton::clicked, this, &WelcomePage::newCaseRequested);
    connect(import, &QPushButton::clicked, this, &WelcomePage::importRequested);
    connect(demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(newCase);
    buttons->addWidget(import);
    buttons->addWidget(demo);
    buttons->addStretch();

    auto* column = new QVBoxLayout;
    column->addWidget(title);
    column->addSpacing(12);
    column->addWidget(text);
    column->addSpacing(18);
    column->addLayout(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->addStretch();
    auto* centred = new QHBoxLayout;
    centred->addStretch();
    centred->addLayout(column);
    centred->addStretch();
    layout->addLayout(centred);
    layout->addStretch(2);
}

} // namespace reviewdesk::ui
