// What differs between operating systems, in one place. The rest of the code
// uses Qt's portable API only (paths through QStandardPaths, files through
// QFile); a call that exists on one system only belongs here, with a branch
// for each system ReviewDesk builds on (Linux, Windows, macOS).
#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace reviewdesk::platform {

// Makes a file that holds special-category data readable by its owner only,
// as far as the system allows: mode 0600 on Linux and macOS. On Windows a new
// file takes the access list of its folder, and the default folder (the
// user's AppData) is private to the user already. Returns false when the
// system refused (a file system without Unix modes keeps its own rules).
bool restrictToOwner(const QString& path);

enum class MoveOutcome
{
    Moved,
    TargetExists,
    Failed
};

// Gives the file `from` the name `to` in one step, and never over a file that
// already has that name: then `to` is left as it is, `from` stays, and the
// outcome is TargetExists. QFile::rename cannot promise this: it checks for
// `to` first and renames afterwards, and when a file appears at `to` in
// between, it copies `from` over it. On Failed, `errorText` says why.
MoveOutcome moveWithoutReplacing(const QString& from, const QString& to, QString* errorText);

// Which file a path names at this moment: its device and inode on Linux and
// macOS. Two opens of one path reached the same file only if the identities
// match; a file replaced by another under the same name (a restore, a sync
// program's rename) has another. Empty where the system gives none (Windows
// here) or the path names nothing.
struct FileIdentity
{
    quint64 device = 0;
    quint64 inode = 0;
    bool operator==(const FileIdentity&) const = default;
};
std::optional<FileIdentity> fileIdentity(const QString& path);

} // namespace reviewdesk::platform
