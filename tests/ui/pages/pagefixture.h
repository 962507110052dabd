// A session on a fresh temporary file, "today" fixed at Fri 1 Mar 2024, with
// helpers that build data through the core services and read back what the
// database holds, so the pages' tests check what was written, not what was shown.
#pragma once

#include "catch.h"
#include "qtprinters.h"
#include "services/actionservice.h"
#include "services/caseservice.h"
#include "session/appsession.h"
#include "tempdir.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QSqlQuery>
#include <QWidget>

#include <memory>

namespace reviewdesk::testing {

inline const QDate kToday(2024, 3, 1);

struct PageFixture
{
    TempDir dir;
    std::unique_ptr<ui::AppSession> session;

    PageFixture()
    {
        auto opened = ui::AppSession::open(dir.path(QStringLiteral("register.rdk")),
                                           QStringLiteral("tester"), kToday);
        if (!opened)
            FAIL(opened.error().message.toStdString());
        session = std::move(*opened);
    }

    Workspace& workspace() { return session->workspace(); }

    Case addCase(const QString& ref, const QDate& aware)
    {
        Case draft;
        draft.ref = ref;
        draft.childId = QStringLiteral("A.B.");
        draft.aware = aware;
        draft.incident = aware.addDays(-1);
        auto added = CaseService(workspace()).addCase(draft);
        if (!added)
            FAIL(added.error().message.toStdString());
        REQUIRE(session->caseWritten(ref));
        return *added;
    }

    Action addAction(const QString& ref, const QString& text, const QString& owner,
                     const QDate& due)
    {
        Action draft;
        draft.recommendation = text;
        draft.ownerAgency = owner;
        draft.officer = QStringLiteral("Officer of ") + owner;
        draft.due = due;
        auto added = ActionService(workspace()).addAction(ref, draft);
        if (!added)
            FAIL(added.error().message.toStdString());
        REQUIRE(session->caseWritten(ref));
        return *added;
    }

    // One column of one row as the database holds it now (a null column reads as "NULL").
    QString stored(const QString& table, RecordId id, const QString& column)
    {
        QSqlQuery query(workspace().database().connection());
        REQUIRE(query.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(column, table)));
        query.addBindValue(id);
        REQUIRE(query.exec());
        REQUIRE(query.next());
        return query.isNull(0) ? QStringLiteral("NULL") : query.value(0).toString();
    }

    int count(const QString& table)
    {
        QSqlQuery query(workspace().database().connection());
        REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)));
        REQUIRE(query.next());
        return query.value(0).toInt();
    }
};

// A named child that must exist.
template <typename T>
T* child(const QObject& parent, const char* name)
{
    T* found = parent.findChild<T*>(QString::fromLatin1(name));
    if (!found)
        FAIL("no child named " << name);
    return found;
}

// Lets windows deleted on close go, so a later findChild sees only live dialogs.
inline void flushDeletes()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

// A column of a model's rows, read with one role: what the user sees in order.
inline QStringList column(const QAbstractItemModel& model, int column, int role = Qt::DisplayRole)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, column).data(role).toString();
    return values;
}

} // namespace reviewdesk::testing
