// The first thing a new user sees in an empty register: what ReviewDesk is
// for, and the three ways to begin.
#pragma once

#include <QWidget>

class QPushButton;

namespace reviewdesk::ui {

class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget* parent = nullptr);

signals:
    void newCaseRequested();
    void importRequested();
    void demoRequested();
};

} // namespace reviewdesk::ui
