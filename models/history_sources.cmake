# SPDX-License-Identifier: GPL-3.0-or-later
# The history pane's models: the timeline and its filter, a run's steps and migrations, a
# schema diff.
target_sources(migdesk_models PRIVATE
    runmigrationsmodel.cpp runmigrationsmodel.h
    runstepsmodel.cpp runstepsmodel.h
    schemadiffmodel.cpp schemadiffmodel.h
    timelinefiltermodel.cpp timelinefiltermodel.h
    timelinemodel.cpp timelinemodel.h
)
