# SPDX-License-Identifier: GPL-3.0-or-later
# What the history keeps of a runbook run or an assessment as it happens, for the commands, the
# wizard and the migrations pane.
target_sources(migdesk_core PRIVATE
    history/recordedassessment.cpp history/recordedassessment.h
    history/recordedrun.cpp history/recordedrun.h
    history/runschemachanges.cpp history/runschemachanges.h
)
