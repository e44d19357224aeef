// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/pythontoken.h"
#include "migrations/pythonvalue.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>

#include <vector>

namespace migdesk::core {

// `name = value` (or `name: annotation = value`) with a plain name as target.
struct PythonAssignment
{
    QString target;
    PythonValue value;
    int line = 0;
};

// A `class` statement at module level: its bases and the plain assignments of its body.
struct PythonClassDefinition
{
    QString name;
    std::vector<PythonValue> bases;
    std::vector<PythonAssignment> attributes; // in source order; a repeated name: last wins
    int line = 0;

    // The last assignment to `target` in the class body, or nullptr.
    const PythonAssignment* attribute(QLatin1String target) const
    {
        for (auto it = attributes.rbegin(); it != attributes.rend(); ++it) {
            if (it->target == target)
                return &*it;
        }
        return nullptr;
    }
};

// The static shape of a Python module: its module-level assignments and classes, read from
// the tokens without executing anything. Statements it does not need (functions, imports,
// control flow) are checked for block structure and otherwise passed over.
class PythonModule
{
    Q_DECLARE_TR_FUNCTIONS(PythonModule)
public:
    static PythonModule parse(const QString& source);

    bool failed() const { return m_errorLine > 0; }
    int errorLine() const { return m_errorLine; }
    int errorColumn() const { return m_errorColumn; }
    QString errorMessage() const { return m_errorMessage; } // a phrase, translated

    const std::vector<PythonAssignment>& assignments() const { return m_assignments; }
    const std::vector<PythonClassDefinition>& classes() const { return m_classes; }

    // The literal a module-level name holds for good when code on `line` runs: bound exactly
    // once in the whole module, by a plain assignment above `line`, to a literal (strings,
    // numbers, constants and displays of them). A list, dict or set qualifies only if the name
    // is never followed by '.' or '[' (which might change it in place). Anything less certain
    // is nullptr.
    const PythonValue* constant(const QString& name, int line) const;

private:
    class StatementParser;
    void countBindings(const std::vector<PythonToken>& tokens);

    std::vector<PythonAssignment> m_assignments;
    std::vector<PythonClassDefinition> m_classes;
    QHash<QString, int> m_bindings; // how often each module-level target is bound anywhere
    QSet<QString> m_touched;        // module-level targets used with '.' or '[' somewhere
    int m_errorLine = 0;
    int m_errorColumn = 0;
    QString m_errorMessage;
};

} // namespace migdesk::core
