# SPDX-License-Identifier: GPL-3.0-or-later
# The checks around a migration: the preflight checklist and the post-migration verification.
target_sources(migdesk_core PRIVATE
    runbook/checkrun.cpp runbook/checkrun.h
    runbook/djangocheck.cpp runbook/djangocheck.h
    runbook/healthprobe.cpp runbook/healthprobe.h
    runbook/preflight.cpp runbook/preflight.h
    runbook/smokequery.cpp runbook/smokequery.h
    runbook/verifier.cpp runbook/verifier.h
)
