// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace migdesk::core {

// An expression as written in Python source, reduced to what can be known without running it:
// literals, (dotted) names, calls and displays. Anything else (arithmetic, subscripts,
// comprehensions, lambdas) is Other: present, but its value is unknown.
struct PythonValue
{
    enum class Kind { Other, String, Number, Constant, Name, Call, List, Tuple, Set, Dict };

    Kind kind = Kind::Other;
    // String: the value (adjacent literals joined); Number: as written; Constant: True, False,
    // None or Ellipsis; Name: the dotted name ("migrations.RunSQL.noop"); Call: the callee's
    // dotted name, empty when the callee is not a plain (dotted) name.
    QString text;
    bool bytes = false; // a bytes literal
    // List/Tuple/Set: the elements. Dict: key and value alternately. Call: positional arguments.
    std::vector<PythonValue> items;
    // Call keyword arguments, in order (two vectors: a pair of an incomplete type cannot be
    // a member here).
    QStringList keywordNames;
    std::vector<PythonValue> keywordValues;
    // A `*x` or `**x` among the items or arguments: what it adds is unknown.
    bool unpacks = false;
    int line = 0;   // 1-based, of the first token
    int column = 0; // 1-based

    bool isString() const { return kind == Kind::String; }
    bool isConstant(QLatin1String name) const { return kind == Kind::Constant && text == name; }
    bool isTrue() const { return isConstant(QLatin1String("True")); }
    bool isFalse() const { return isConstant(QLatin1String("False")); }
    bool isNone() const { return isConstant(QLatin1String("None")); }
    bool isSequence() const { return kind == Kind::List || kind == Kind::Tuple; }

    // The keyword argument `name` of a call, or nullptr.
    const PythonValue* keyword(QLatin1String name) const
    {
        const qsizetype at = keywordNames.lastIndexOf(name);
        return at < 0 ? nullptr : &keywordValues[size_t(at)];
    }

    // The last component of a dotted Name or Call ("AddField" of "migrations.AddField").
    QString lastComponent() const { return text.section(QLatin1Char('.'), -1); }
};

} // namespace migdesk::core
