# SPDX-License-Identifier: GPL-3.0-or-later
# The static Django reader: Python tokenizer and module shape, migration modules, project scan,
# dependency graph and plan. No Python at run time.
target_sources(migdesk_core PRIVATE
    migrations/pythontoken.h
    migrations/pythontokenizer.cpp migrations/pythontokenizer.h
    migrations/pythonvalue.h
    migrations/pythonexpressionparser.cpp migrations/pythonexpressionparser.h
    migrations/pythonmodule.cpp migrations/pythonmodule.h
    migrations/pythonsourcefile.cpp migrations/pythonsourcefile.h
    migrations/djangomigrationreader.cpp migrations/djangomigrationreader.h
    migrations/djangoproject.cpp migrations/djangoproject.h
    migrations/migrationgraph.cpp migrations/migrationgraph.h
)
