# SPDX-License-Identifier: GPL-3.0-or-later
# The runbook's execution step: applying migrations and migrating backwards.
target_sources(migdesk_core PRIVATE
    runbook/djangomigrateprocess.cpp runbook/djangomigrateprocess.h
    runbook/lockblockerwatch.cpp runbook/lockblockerwatch.h
    runbook/locktimeoutretry.cpp runbook/locktimeoutretry.h
    runbook/migrationattempt.h
    runbook/migrationexecutor.cpp runbook/migrationexecutor.h
    runbook/migrationreverter.cpp runbook/migrationreverter.h
    runbook/walposition.cpp runbook/walposition.h
    runbook/writesession.cpp runbook/writesession.h
)
