// A fresh temporary folder per test, removed afterwards.
#pragma once

#include <QString>
#include <QTemporaryDir>

namespace reviewdesk::testing {

class TempDir
{
public:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString root() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};

} // namespace reviewdesk::testing
