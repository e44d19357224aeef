# SPDX-License-Identifier: GPL-3.0-or-later
# What the history keeps of a runbook run as it happens, for the commands and the wizard.
target_sources(migdesk_core PRIVATE
    history/recordedrun.cpp history/recordedrun.h
    history/runschemachanges.cpp history/runschemachanges.h
)
