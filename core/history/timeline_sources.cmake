# SPDX-License-Identifier: GPL-3.0-or-later
# The history timeline (migdesk runs, mirrored runs, django_migrations, the SQL-folder history)
# and the run reports.
target_sources(migdesk_core PRIVATE
    history/timeline.cpp history/timeline.h
    history/timelineentry.cpp history/timelineentry.h
    history/timelinereader.cpp history/timelinereader.h
    history/runfinding.h
    history/runreport.cpp history/runreport.h
    history/runreportmarkdown.cpp
    history/runreporttext.cpp history/runreporttext.h
    history/statementsummary.cpp history/statementsummary.h
)
