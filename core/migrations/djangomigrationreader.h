// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/migration.h"

#include <QCoreApplication>
#include <QString>

#include <variant>
#include <vector>

namespace migdesk::core {

// Reads a Django migration module without Python: the Migration class's dependencies,
// replaces, run_before, initial, atomic and operations, as far as they are written as literals.
// A value that is not a literal is left out, never guessed; the one exception is a module-level
// name bound once, above the class, to a literal (`CREATE_SQL = """..."""`), which is read as
// that literal.
//
// Migration::sql is filled only when every operation is a RunSQL with literal SQL (then it is
// all the migration runs); sqlFirstLine is then the line of the first literal, exact for
// offsets into the first statement.
class DjangoMigrationReader
{
    Q_DECLARE_TR_FUNCTIONS(DjangoMigrationReader)
public:
    using Outcome = std::variant<Migration, SourceProblem>;

    // The migration is named after the file ("0002_auto.py" -> "0002_auto"). A module that
    // cannot be read is a SourceProblem; smaller problems (a dependency that is not a literal)
    // are appended to *warnings when given, and the migration is still returned.
    static Outcome read(const QString& path, const QString& app,
                        std::vector<SourceProblem>* warnings = nullptr);
    // The same for source text already in memory; `path` is recorded, not opened.
    static Outcome parse(const QString& source, const QString& path, const QString& appLabel,
                         std::vector<SourceProblem>* warnings = nullptr);
};

} // namespace migdesk::core
