// PRAGMA quick_check on its own read-only connection: every page of the file
// read once, the check the issue of a zeroed page needs before anything is shown
// or written. On a large register it takes as long as loading the register, so
// the desktop application and the register-wide commands run it on another
// thread while the register loads (Database::OpenCheck::WhileLoading).
#pragma once

#include "util/result.h"

#include <QString>

#include <mutex>
#include <thread>

struct sqlite3;

namespace reviewdesk {

// Runs the check now, on this thread.
Status quickCheck(const QString& path);

// Runs the check on a thread of its own from construction. The destructor stops
// a check still running (sqlite3_interrupt) and waits for its thread to end.
class BackgroundQuickCheck
{
public:
    explicit BackgroundQuickCheck(const QString& path);
    ~BackgroundQuickCheck();
    BackgroundQuickCheck(const BackgroundQuickCheck&) = delete;
    BackgroundQuickCheck& operator=(const BackgroundQuickCheck&) = delete;

    // Waits for the outcome; call once.
    Status wait();

private:
    void run(const QString& path);

    std::mutex m_mutex;          // guards m_handle and m_stopping
    sqlite3* m_handle = nullptr; // the thread's connection while it is open
    bool m_stopping = false;
    Status m_outcome = success(); // written by the thread before it ends
    std::thread m_thread;
};

} // namespace reviewdesk
