# SPDX-License-Identifier: GPL-3.0-or-later
# The runbook's execution step: applying migrations and migrating backwards.
target_sources(migdesk_core PRIVATE
    runbook/djangomigrateprocess.cpp runbook/djangomigrateprocess.h
    runbook/djangomigrationsource.cpp runbook/djangomigrationsource.h
    runbook/djangotargetguard.cpp runbook/djangotargetguard.h
    runbook/lockblockerwatch.cpp runbook/lockblockerwatch.h
    runbook/locktimeoutretry.cpp runbook/locktimeoutretry.h
    runbook/migrationattempt.h
    runbook/migrationexecutor.cpp runbook/migrationexecutor.h
    runbook/migrationreverter.cpp runbook/migrationreverter.h
    runbook/migrationsequence.cpp runbook/migrationsequence.h
    runbook/migrationsource.h
    runbook/sqlfoldermigrationsource.cpp runbook/sqlfoldermigrationsource.h
    runbook/walposition.cpp runbook/walposition.h
    runbook/writesession.cpp runbook/writesession.h
)
# The runner DjangoMigrateProcess puts around manage.py to time each statement Django sends.
qt_add_resources(migdesk_core django_statement_timer
    PREFIX "/runbook"
    BASE "${CMAKE_CURRENT_LIST_DIR}"
    FILES "${CMAKE_CURRENT_LIST_DIR}/djangostatementtimer.py")
