# SPDX-License-Identifier: GPL-3.0-or-later
# The runbook's backup step: one pg_dump run, checksummed as written, verified, with metadata.
target_sources(migdesk_core PRIVATE
    runbook/backupjob.cpp runbook/backupjob.h
    runbook/pgdumpoutput.cpp runbook/pgdumpoutput.h
)
