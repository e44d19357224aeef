// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/pythontoken.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace migdesk::core {

// Python's lexical grammar, without running Python: names, numbers, every string form (all
// prefixes, triple quotes, escapes), operators, comments, NEWLINE/NL, INDENT/DEDENT, explicit
// (backslash) and implicit (bracket) line joining. Lexical errors stop it at the first one,
// with the line Python would name; tokens() then holds everything before it.
class PythonTokenizer
{
    Q_DECLARE_TR_FUNCTIONS(PythonTokenizer)
public:
    // Brackets open at once, as CPython allows (MAXLEVEL in its tokenizer).
    static constexpr std::size_t kMaxNesting = 200;

    explicit PythonTokenizer(const QString& source);

    bool tokenize();

    const std::vector<PythonToken>& tokens() const { return m_tokens; }
    bool failed() const { return m_errorLine > 0; }
    int errorLine() const { return m_errorLine; }
    int errorColumn() const { return m_errorColumn; }
    QString errorMessage() const { return m_errorMessage; } // a phrase, translated

private:
    struct Bracket
    {
        QChar symbol;
        int line;
        int column;
    };

    QChar peek(qsizetype offset = 0) const;
    QChar charAt(qsizetype position) const; // a null QChar past the end
    int columnAt(qsizetype position) const;
    void pushToken(PythonToken::Kind kind, qsizetype start, qsizetype end, int line);
    bool fail(int line, int column, const QString& message);

    bool readIndentation();
    bool readName();
    bool readNumber();
    bool readString(qsizetype start, qsizetype quote);
    bool readOperator();
    static qsizetype operatorLength(QStringView rest);
    // f-strings as Python 3.12 reads them (PEP 701): a replacement field's expression may
    // hold any string, its own quotes included, and line breaks; its format spec (after a
    // top-level ':') is text with nested fields. `p` is on the '{' and ends after the '}'.
    bool skipReplacementField(qsizetype& p, int startLine, int startColumn);
    // `p` is on a '{' of an f-string: a doubled one is a literal brace, else a field.
    bool skipOpeningBrace(qsizetype& p, int startLine, int startColumn);
    // `p` is on the quote of a string inside a replacement field; ends after its close.
    bool skipNestedString(qsizetype& p, int startLine, int startColumn);
    bool decodeString(PythonToken& token, QStringView body, bool raw, int line);

    QString m_source;
    qsizetype m_pos = 0;
    qsizetype m_lineStart = 0; // position where the current physical line starts
    int m_line = 1;
    bool m_atLineStart = true;
    bool m_lineHasContent = false; // the current logical line has a token
    std::vector<int> m_indents{0};
    std::vector<Bracket> m_brackets;
    std::vector<PythonToken> m_tokens;
    int m_errorLine = 0;
    int m_errorColumn = 0;
    QString m_errorMessage;
};

} // namespace migdesk::core
