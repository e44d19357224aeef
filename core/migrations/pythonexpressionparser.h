// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/pythontoken.h"
#include "migrations/pythonvalue.h"

#include <QCoreApplication>

#include <vector>

namespace migdesk::core {

// Reads expressions out of a token stream into PythonValue trees. Works on the significant
// tokens only (no comments, no NL) of a source that tokenized without error, so brackets are
// known to balance. Parse errors (an empty argument, a repeated keyword) are kept, first one
// wins; after one, every method returns at once.
class PythonExpressionParser
{
    Q_DECLARE_TR_FUNCTIONS(PythonExpressionParser)
public:
    explicit PythonExpressionParser(const std::vector<PythonToken>& tokens);

    // Past the last token this is the end marker, so look-ahead never runs off the end.
    const PythonToken& token(size_t pos) const;

    // One expression starting at `pos`; `pos` is left on the delimiter that ends it: ',', a
    // closing bracket, ':', '=', an augmented assignment, ';' or the end of the line.
    PythonValue parseExpression(size_t& pos);
    // `a, b` without brackets (the right side of an assignment) is a Tuple.
    PythonValue parseExpressionList(size_t& pos);
    // `pos` is on the '(' of a call; fills call.items and the keyword arguments.
    void parseArguments(size_t& pos, PythonValue& call);
    // Moves `pos` to the next delimiter at the current bracket depth.
    void skipToDelimiter(size_t& pos) const;
    bool isDelimiter(const PythonToken& token) const;

    bool failed() const { return m_errorLine > 0; }
    int errorLine() const { return m_errorLine; }
    int errorColumn() const { return m_errorColumn; }
    QString errorMessage() const { return m_errorMessage; }
    void fail(const PythonToken& at, const QString& message);

private:
    PythonValue parsePrimary(size_t& pos);
    PythonValue parseAtom(size_t& pos);
    PythonValue parseStrings(size_t& pos);
    // `pos` is on the opening bracket; reads elements up to `close`.
    void parseElements(size_t& pos, QLatin1String close, PythonValue& into, bool* sawComma);

    const std::vector<PythonToken>& m_tokens;
    int m_errorLine = 0;
    int m_errorColumn = 0;
    QString m_errorMessage;
};

} // namespace migdesk::core
