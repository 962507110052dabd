// The learning actions from the case's reviews. Adding an action and marking
// one complete are events written at once through ActionService, not fields
// waiting for Save.
#pragma once

#include "domain/casefile.h"

#include <QGroupBox>

class QPushButton;
class QTableView;

namespace reviewdesk::ui {

class AppSession;
class TextTableModel;

class ActionsSection : public QGroupBox
{
    Q_OBJECT

public:
    explicit ActionsSection(AppSession* session, QWidget* parent = nullptr);

    // `ref` empty for a case not saved yet: actions need a stored case.
    void load(const QString& ref, const QList<Action>& actions);

signals:
    void recordsWritten();
    void failed(const QString& message);

private:
    void addAction();
    void completeAction();
    void refreshButtons();

    AppSession* m_session;
    QString m_ref;
    QList<Action> m_actions;
    TextTableModel* m_model;
    QTableView* m_view;
    QPushButton* m_add;
    QPushButton* m_complete;
};

} // namespace reviewdesk::ui
