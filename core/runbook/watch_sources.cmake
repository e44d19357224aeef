# SPDX-License-Identifier: GPL-3.0-or-later
# The live watch of a running migration: its backend, locks, queue and progress.
target_sources(migdesk_core PRIVATE
    runbook/migrationwatchreader.cpp runbook/migrationwatchreader.h
    runbook/migrationwatchsnapshot.cpp runbook/migrationwatchsnapshot.h
)
