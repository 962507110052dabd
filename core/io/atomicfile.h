// Writing an export: to a temporary file beside the destination, renamed over
// it only once complete, so a failed or interrupted export never leaves a
// half-written file (or destroys the previous one). A new file is readable by
// its owner only: exports hold records about children.
#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QString>

namespace reviewdesk::io {

// `keep` names a file the export must never replace (the open register itself).
Status writeFileAtomically(const QString& path, const QByteArray& bytes, const QString& keep = {});

// Whether writing `path` would replace the register at `registerPath`, or one
// of the files SQLite keeps beside it (-wal, -shm, -journal), however either is spelled.
bool replacesRegister(const QString& path, const QString& registerPath);

// "FILE is the register itself; choose another file for the WHAT".
Error registerItselfError(const QString& path, const QString& what);

} // namespace reviewdesk::io
