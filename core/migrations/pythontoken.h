// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace migdesk::core {

// One token of Python source, as Python's own `tokenize` module would split it.
struct PythonToken
{
    enum class Kind {
        Name,
        Number,
        String,
        Op,
        Comment,
        Newline, // end of a logical line
        Nl,      // a line break inside a logical line, or ending a blank or comment-only one
        Indent,
        Dedent,
        EndMarker,
    };

    Kind kind = Kind::EndMarker;
    QString text;    // as written; a string keeps its prefix and quotes
    int line = 0;    // 1-based
    int column = 0;  // 1-based, in UTF-16 code units of the line
    int endLine = 0; // last line the token touches (triple-quoted strings span several)

    // Strings only. `value` is the content with escapes processed (raw strings: as written).
    // It is not the literal's exact value when `exact` is false: a \N{...} escape (no Unicode
    // name table here) or an f-string with replacement fields.
    QString value;
    bool bytes = false;
    bool formatted = false;
    bool exact = true;

    // The length first: most tokens a parser asks about are of another length.
    bool is(Kind k, QLatin1String t) const
    {
        return kind == k && text.size() == t.size() && text == t;
    }
    bool isOp(QLatin1String t) const { return is(Kind::Op, t); }
    bool isName(QLatin1String t) const { return is(Kind::Name, t); }
    bool isOpeningBracket() const
    {
        return isOp(QLatin1String("(")) || isOp(QLatin1String("[")) || isOp(QLatin1String("{"));
    }
    bool isClosingBracket() const
    {
        return isOp(QLatin1String(")")) || isOp(QLatin1String("]")) || isOp(QLatin1String("}"));
    }
};

} // namespace migdesk::core
