// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QThreadPool;

namespace migdesk::core {

// The threads that parse files and scripts on every core (migration modules, SQL statements).
// Apart from the global pool on purpose: that one also runs manage.py calls and cancels that
// wait for minutes, and a parse must never queue behind them. Only CPU-bound work that never
// blocks goes here.
QThreadPool* parserThreadPool();

} // namespace migdesk::core
