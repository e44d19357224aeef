# SPDX-License-Identifier: GPL-3.0-or-later
# The history pane's models: the timeline and its filter, a run's steps, migrations and their
# statements, a schema diff.
target_sources(migdesk_models PRIVATE
    runmigrationsmodel.cpp runmigrationsmodel.h
    runstatementsmodel.cpp runstatementsmodel.h
    runstepsmodel.cpp runstepsmodel.h
    schemadiffmodel.cpp schemadiffmodel.h
    timelinefiltermodel.cpp timelinefiltermodel.h
    timelinemodel.cpp timelinemodel.h
)
