#include "storage/migrations.h"

#include <QDir>
#include <QFile>

static void initMigrationResources()
{
    // Resources of a static library need registering by hand.
    Q_INIT_RESOURCE(migrations);
}

namespace reviewdesk {

QStringList migrationScripts()
{
    initMigrationResources();
    QStringList scripts;
    const QDir dir(QStringLiteral(":/reviewdesk/migrations"));
    for (const QString& name : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            scripts << QString::fromUtf8(file.readAll());
    }
    return scripts;
}

QStringList splitStatements(const QString& script)
{
    QStringList statements;
    QString current;
    for (const QString& line : script.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("--")) || trimmed.isEmpty())
            continue;
        current += line + QLatin1Char('\n');
        if (trimmed.endsWith(QLatin1Char(';'))) {
            statements << current.trimmed();
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

} // namespace reviewdesk
