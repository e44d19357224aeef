# SPDX-License-Identifier: GPL-3.0-or-later
# The restore side of a backup: verify, restore, prove, retention, upload.
target_sources(migdesk_core PRIVATE
    runbook/backupproof.cpp runbook/backupproof.h
    runbook/backupretention.cpp runbook/backupretention.h
    runbook/backupverifier.cpp runbook/backupverifier.h
    runbook/restorejob.cpp runbook/restorejob.h
    runbook/streamedprocess.cpp runbook/streamedprocess.h
    runbook/uploadcommand.cpp runbook/uploadcommand.h
)
