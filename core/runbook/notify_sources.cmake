# SPDX-License-Identifier: GPL-3.0-or-later
# The run's end: production confirmation, summary and report, webhook notification.
target_sources(migdesk_core PRIVATE
    runbook/productionguard.cpp runbook/productionguard.h
    runbook/runsummary.cpp runbook/runsummary.h
    runbook/webhooknotifier.cpp runbook/webhooknotifier.h
)
