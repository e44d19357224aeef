# SPDX-License-Identifier: GPL-3.0-or-later
# The runbook: what every step shares (run log, cancel, checks, results, tools, backup metadata).
target_sources(migdesk_core PRIVATE
    runbook/backupmetadata.cpp runbook/backupmetadata.h
    runbook/backupproofreport.cpp runbook/backupproofreport.h
    runbook/backupreport.cpp runbook/backupreport.h
    runbook/canceltoken.cpp runbook/canceltoken.h
    runbook/check.cpp runbook/check.h
    runbook/databaserunlock.cpp runbook/databaserunlock.h
    runbook/migrationrunreport.cpp runbook/migrationrunreport.h
    runbook/pgtools.cpp runbook/pgtools.h
    runbook/poolerguard.cpp runbook/poolerguard.h
    runbook/restorereport.cpp runbook/restorereport.h
    runbook/retentionreport.cpp runbook/retentionreport.h
    runbook/rollbackreport.cpp runbook/rollbackreport.h
    runbook/runbooktarget.h
    runbook/runlog.cpp runbook/runlog.h
    runbook/stepcontext.h
    runbook/stepresult.cpp runbook/stepresult.h
    runbook/steprunner.cpp runbook/steprunner.h
    runbook/uploadreport.cpp runbook/uploadreport.h
    runbook/writepolicy.h
)
