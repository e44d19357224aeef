# SPDX-License-Identifier: GPL-3.0-or-later
# The runbook's risk score, safety colours, migration types, time estimate and recommendations.
target_sources(migdesk_core PRIVATE
    risk/runbookscore.cpp risk/runbookscore.h
    risk/runbooksql.cpp risk/runbooksql.h
)
