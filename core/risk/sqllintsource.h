// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace migdesk::core {

// One SQL script as PostgreSQL's own parser (libpg_query, PostgreSQL 15) sees it: the
// statements with their parse trees and where they are, the comments (for ignore directives)
// and the identifiers as typed (the parse tree only has them truncated to 63 bytes).
// Offsets are UTF-8 byte offsets into the script, lines and columns are 1-based.
//
// The script is scanned whole, then cut into statements the way psql cuts its input (at each
// ';' outside parentheses and outside a BEGIN ... END function body), and each piece is parsed
// on its own, a batch at a time on every core: a 10,000-statement file never has a parse tree of
// the whole script in memory.
class SqlLintSource
{
public:
    struct Statement
    {
        int index = 0;
        int byteStart = 0; // first token
        int byteEnd = 0;   // one past the last token (the ';' is not part of it)
        int line = 0;
        int column = 0;
        int endLine = 0;
        QString text;     // the statement as written, without comments around it
        QString type;     // the parse node's name: "AlterTableStmt", "IndexStmt", ...
        QJsonObject node; // the parse node's fields
    };

    struct Comment
    {
        int line = 0;
        int endLine = 0;
        QString body; // without the -- or /* */ markers, trimmed
    };

    // An identifier token as typed, quotes removed and unquoted names folded to lower case.
    struct Identifier
    {
        int byteStart = 0;
        QByteArray name;
    };

    struct Error
    {
        QString message;
        int line = 0;
        int column = 0;
        QString statement; // the statement around the error, as far as the scanner can tell
    };

    explicit SqlLintSource(const QString& sql);

    // Parses the statements in script order and hands each to visit. Stops at the first piece
    // PostgreSQL cannot parse and returns false; error() then says what and where.
    bool parse(const std::function<void(const Statement&)>& visit);
    // Every statement at once, for short scripts; empty when one does not parse (see error()).
    std::vector<Statement> parseAll();

    const std::vector<Comment>& comments() const { return m_comments; }
    const std::vector<Identifier>& identifiers() const { return m_identifiers; }
    const std::optional<Error>& error() const { return m_error; }

    int lineAt(int byteOffset) const;
    int columnAt(int byteOffset) const;

private:
    struct Token
    {
        int start = 0;
        int end = 0;
        int kind = 0;
        bool keyword = false;
    };
    // A piece of the script holding one statement (rarely more) and its ';'.
    struct Piece
    {
        int start = 0;
        int end = 0;
    };
    // A parsed piece: its statements, or where and why it failed.
    struct ParsedPiece
    {
        std::vector<Statement> statements;
        std::optional<Error> error;
        int errorByte = 0;
    };

    void scan();
    void cutIntoPieces();
    ParsedPiece parsePiece(const Piece& piece) const;
    void splitAroundError(int errorByte);
    int byteOfCharacter(int fromByte, int characterIndex) const;
    static bool isComment(const Token& token);

    QByteArray m_utf8;
    std::vector<int> m_lineStarts;
    std::vector<Token> m_tokens;
    std::vector<Piece> m_pieces;
    std::vector<Comment> m_comments;
    std::vector<Identifier> m_identifiers;
    std::optional<Error> m_error;
};

} // namespace migdesk::core
