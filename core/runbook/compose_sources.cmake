# SPDX-License-Identifier: GPL-3.0-or-later
# The steps composed as the wizard and the commands run them.
target_sources(migdesk_core PRIVATE
    runbook/backupstep.cpp runbook/backupstep.h
    runbook/migrationwatchlog.cpp runbook/migrationwatchlog.h
    runbook/rollbackstep.cpp runbook/rollbackstep.h
)
