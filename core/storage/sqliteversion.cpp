#include "storage/sqliteversion.h"

#include <QAtomicInt>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace reviewdesk {

Result<QString> sqliteVersion()
{
    static QAtomicInt counter;
    const QString name =
        QStringLiteral("reviewdesk-sqlite-version-%1").arg(counter.fetchAndAddRelaxed(1));
    Result<QString> outcome = Error::storage(QStringLiteral("the SQLite driver is not available"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("select sqlite_version()")) && query.next())
                outcome = query.value(0).toString();
            else
                outcome = Error::storage(QStringLiteral("cannot ask SQLite its version: %1")
                                             .arg(query.lastError().text()));
            db.close();
        } else if (db.isValid()) {
            outcome =
                Error::storage(QStringLiteral("cannot open SQLite: %1").arg(db.lastError().text()));
        }
    }
    QSqlDatabase::removeDatabase(name);
    return outcome;
}

} // namespace reviewdesk
