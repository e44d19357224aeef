# SPDX-License-Identifier: GPL-3.0-or-later
# The SQL migration folder source (Flyway naming) and its history table.
target_sources(migdesk_core PRIVATE
    migrations/sqlfolderapplier.cpp migrations/sqlfolderapplier.h
    migrations/sqlfolderappliedrow.h
    migrations/sqlfolderhistory.cpp migrations/sqlfolderhistory.h
    migrations/sqlfoldername.cpp migrations/sqlfoldername.h
    migrations/sqlfolderplan.h
    migrations/sqlfolderscan.h
    migrations/sqlfolderscript.h
    migrations/sqlfoldersource.cpp migrations/sqlfoldersource.h
    migrations/sqlfolderstatements.cpp migrations/sqlfolderstatements.h
)
