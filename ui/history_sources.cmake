# SPDX-License-Identifier: GPL-3.0-or-later
# The history pane: timeline with its per-day chart, run detail and reports, snapshot
# comparison, table growth.
target_sources(migdesk_ui PRIVATE
    historychart.cpp historychart.h
    historypane.cpp historypane.h
    reportexport.cpp reportexport.h
    rundetaildialog.cpp rundetaildialog.h
    sharebardelegate.cpp sharebardelegate.h
    tablegrowthchart.cpp tablegrowthchart.h
)
