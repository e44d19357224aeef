// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QThread;

namespace migdesk::core {

// Worker threads whose owner went without waiting for them (a session stuck in a connect to a
// server that does not answer, a history job waiting on another window's SQLite lock): the
// GUI thread never joins them. A released thread quits once its current job returns; it and the
// objects deleted on its finished() go then.
class ReleasedThreads
{
public:
    // Takes the thread over and asks it to quit.
    static void release(QThread* thread);
    // Waits up to `ms` for every released thread to end; true when none is left. For the end of
    // the program, before the application object goes.
    static bool waitForAll(int ms);
};

} // namespace migdesk::core
