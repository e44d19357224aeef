# SPDX-License-Identifier: GPL-3.0-or-later
# The SQL migration linter on libpg_query (PostgreSQL 15 parser) and its lock model.
target_sources(migdesk_core PRIVATE
    risk/lintreport.cpp risk/lintreport.h
    risk/locklevels.cpp risk/locklevels.h
    risk/sqllinter.cpp risk/sqllinter.h
    risk/sqllintexpr.cpp risk/sqllintexpr.h
    risk/sqllintnode.cpp risk/sqllintnode.h
    risk/sqllintrules.cpp risk/sqllintrules.h
    risk/sqllintsource.cpp risk/sqllintsource.h
)
