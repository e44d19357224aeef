// SPDX-License-Identifier: GPL-3.0-or-later
#include "risk/sqllintsource.h"

#include "common/parserthreadpool.h"

#include <pg_query.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <memory>

namespace migdesk::core {

namespace {

// libpg_query hands its results out by value with heap memory inside; these own them.
struct ParseResultDeleter
{
    void operator()(PgQueryParseResult* result) const
    {
        pg_query_free_parse_result(*result);
        delete result;
    }
};
struct ScanResultDeleter
{
    void operator()(PgQueryScanResult* result) const
    {
        pg_query_free_scan_result(*result);
        delete result;
    }
};
using ParseResult = std::unique_ptr<PgQueryParseResult, ParseResultDeleter>;
using ScanResult = std::unique_ptr<PgQueryScanResult, ScanResultDeleter>;

// Token numbers from pg_query.proto (enum Token); the scan result is protobuf and Debian ships
// no protobuf-c headers, so the few fields needed are decoded by hand below.
constexpr int TokenOpenParenthesis = 40;
constexpr int TokenCloseParenthesis = 41;
constexpr int TokenSemicolon = 59;
constexpr int TokenIdent = 258;
constexpr int TokenSqlComment = 275;
constexpr int TokenCComment = 276;

// Pieces parsed together on the pool: batches keep memory flat, and the next batch parses while
// the linter reads this one.
constexpr qsizetype kParseBatch = 256;

// Minimal protobuf reader: varints and length-delimited fields are all ScanResult uses.
class ProtoReader
{
public:
    ProtoReader(const char* data, size_t size)
        : m_data(reinterpret_cast<const unsigned char*>(data)), m_size(size)
    {
    }
    bool atEnd() const { return m_pos >= m_size || m_failed; }
    bool failed() const { return m_failed; }

    quint64 varint()
    {
        quint64 value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (m_pos >= m_size) {
                m_failed = true;
                return 0;
            }
            const unsigned char byte = m_data[m_pos++];
            value |= quint64(byte & 0x7f) << shift;
            if (!(byte & 0x80))
                return value;
        }
        m_failed = true;
        return 0;
    }

    ProtoReader bytes()
    {
        const quint64 length = varint();
        if (m_failed || length > m_size - m_pos) {
            m_failed = true;
            return ProtoReader(nullptr, 0);
        }
        ProtoReader inner(reinterpret_cast<const char*>(m_data + m_pos), size_t(length));
        m_pos += size_t(length);
        return inner;
    }

    void skip(int wireType)
    {
        switch (wireType) {
        case 0:
            varint();
            break;
        case 1:
            advance(8);
            break;
        case 2:
            bytes();
            break;
        case 5:
            advance(4);
            break;
        default:
            m_failed = true;
            break;
        }
    }

private:
    void advance(size_t count)
    {
        if (count > m_size - m_pos)
            m_failed = true;
        else
            m_pos += count;
    }

    const unsigned char* m_data;
    size_t m_size;
    size_t m_pos = 0;
    bool m_failed = false;
};

QByteArray identifierName(const QByteArray& raw)
{
    if (raw.startsWith('"') && raw.endsWith('"') && raw.size() >= 2)
        return raw.mid(1, raw.size() - 2).replace("\"\"", "\"");
    // PostgreSQL folds only ASCII letters of unquoted identifiers in UTF-8 databases.
    QByteArray folded = raw;
    for (char& c : folded) {
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    }
    return folded;
}

} // namespace

SqlLintSource::SqlLintSource(const QString& sql) : m_utf8(sql.toUtf8())
{
    m_lineStarts.push_back(0);
    for (int i = 0; i < m_utf8.size(); ++i) {
        if (m_utf8.at(i) == '\n')
            m_lineStarts.push_back(i + 1);
    }
    scan();
    cutIntoPieces();
}

int SqlLintSource::lineAt(int byteOffset) const
{
    const auto it = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), byteOffset);
    return int(it - m_lineStarts.begin());
}

int SqlLintSource::columnAt(int byteOffset) const
{
    const int start = m_lineStarts[size_t(lineAt(byteOffset) - 1)];
    int column = 1;
    for (int i = start; i < byteOffset && i < m_utf8.size(); ++i) {
        // Count code points, not bytes: skip UTF-8 continuation bytes.
        if ((uchar(m_utf8.at(i)) & 0xc0) != 0x80)
            ++column;
    }
    return column;
}

bool SqlLintSource::isComment(const Token& token)
{
    return token.kind == TokenSqlComment || token.kind == TokenCComment;
}

void SqlLintSource::scan()
{
    const ScanResult result(new PgQueryScanResult(pg_query_scan(m_utf8.constData())));
    // A script the scanner rejects (an unterminated quote) is reported by the parser below.
    if (result->error)
        return;
    ProtoReader reader(result->pbuf.data, result->pbuf.len);
    while (!reader.atEnd()) {
        const quint64 key = reader.varint();
        if (key >> 3 != 2 || (key & 7) != 2) {
            reader.skip(int(key & 7));
            continue;
        }
        ProtoReader tokenReader = reader.bytes();
        Token token;
        while (!tokenReader.atEnd()) {
            const quint64 tokenKey = tokenReader.varint();
            const int field = int(tokenKey >> 3);
            if ((tokenKey & 7) != 0) {
                tokenReader.skip(int(tokenKey & 7));
                continue;
            }
            const int value = int(tokenReader.varint());
            if (field == 1)
                token.start = value;
            else if (field == 2)
                token.end = value;
            else if (field == 4)
                token.kind = value;
            else if (field == 5)
                token.keyword = value != 0; // keyword_kind: NO_KEYWORD is 0
        }
        if (tokenReader.failed())
            break;
        m_tokens.push_back(token);
    }
    if (reader.failed()) {
        m_tokens.clear();
        return;
    }
    for (const Token& token : m_tokens) {
        if (!isComment(token) && token.kind != TokenIdent)
            continue;
        const QByteArray raw = m_utf8.mid(token.start, token.end - token.start);
        if (isComment(token)) {
            QByteArray body = raw;
            if (token.kind == TokenSqlComment)
                body = body.mid(2);
            else
                body = body.mid(2, body.size() - (body.endsWith("*/") ? 4 : 2));
            m_comments.push_back({lineAt(token.start), lineAt(std::max(token.start, token.end - 1)),
                                  QString::fromUtf8(body).trimmed()});
        } else if (token.kind == TokenIdent) {
            m_identifiers.push_back({token.start, identifierName(raw)});
        }
    }
}

void SqlLintSource::cutIntoPieces()
{
    // A script the scanner rejects has no tokens: one piece, and the parser says why.
    if (m_tokens.empty()) {
        if (!m_utf8.isEmpty())
            m_pieces.push_back({0, int(m_utf8.size())});
        return;
    }
    // psql's rule (psqlscan.l): ';' ends a statement unless it is inside parentheses or, in
    // CREATE [OR REPLACE] FUNCTION or PROCEDURE, inside a BEGIN ... END body (PostgreSQL 14's
    // SQL-standard bodies). The rule may cut too seldom, never too often; a piece that holds
    // two statements parses into two.
    int start = 0;
    bool hasStatement = false;
    int parenDepth = 0;
    int beginDepth = 0;
    int words = 0;
    char leading[4] = {};
    const auto wordIs = [this](const Token& token, const char* word) {
        const int length = int(qstrlen(word));
        return token.end - token.start == length &&
               qstrnicmp(m_utf8.constData() + token.start, word, length) == 0;
    };
    for (const Token& token : m_tokens) {
        if (isComment(token))
            continue;
        if (token.kind == TokenSemicolon && parenDepth == 0 && beginDepth == 0) {
            m_pieces.push_back({start, token.end});
            start = token.end;
            hasStatement = false;
            words = 0;
            std::fill(std::begin(leading), std::end(leading), '\0');
            continue;
        }
        hasStatement = true;
        if (token.kind == TokenOpenParenthesis) {
            ++parenDepth;
        } else if (token.kind == TokenCloseParenthesis) {
            if (parenDepth > 0)
                --parenDepth;
        } else if (token.keyword || (token.kind == TokenIdent && m_utf8.at(token.start) != '"')) {
            if (words < 4) {
                for (const char* word : {"create", "function", "procedure", "or", "replace"}) {
                    if (wordIs(token, word))
                        leading[words] = word[0];
                }
            }
            ++words;
            const bool routine = leading[0] == 'c' && (leading[1] == 'f' || leading[1] == 'p' ||
                                                       (leading[1] == 'o' && leading[2] == 'r' &&
                                                        (leading[3] == 'f' || leading[3] == 'p')));
            if (routine && parenDepth == 0) {
                if (wordIs(token, "begin"))
                    ++beginDepth;
                else if (wordIs(token, "case") && beginDepth >= 1)
                    ++beginDepth; // CASE also ends with END
                else if (wordIs(token, "end") && beginDepth > 0)
                    --beginDepth;
            }
        }
    }
    if (hasStatement)
        m_pieces.push_back({start, int(m_utf8.size())});
}

SqlLintSource::ParsedPiece SqlLintSource::parsePiece(const Piece& piece) const
{
    ParsedPiece parsed;
    const QByteArray text = m_utf8.mid(piece.start, piece.end - piece.start);
    const ParseResult result(new PgQueryParseResult(pg_query_parse(text.constData())));
    const auto firstTokenFrom = [this](int offset) {
        return std::lower_bound(
            m_tokens.begin(), m_tokens.end(), offset,
            [](const Token& candidate, int from) { return candidate.start < from; });
    };
    if (result->error) {
        // cursorpos counts characters from 1; 0 means the error has no position, and then the
        // piece's first token is the place to show.
        const int cursor = result->error->cursorpos;
        int errorByte = piece.start;
        if (cursor > 0) {
            errorByte = byteOfCharacter(piece.start, cursor - 1);
        } else {
            for (auto token = firstTokenFrom(piece.start);
                 token != m_tokens.end() && token->start < piece.end; ++token) {
                if (!isComment(*token)) {
                    errorByte = token->start;
                    break;
                }
            }
        }
        parsed.error = Error{QString::fromUtf8(result->error->message), lineAt(errorByte),
                             cursor > 0 ? columnAt(errorByte) : 0, QString()};
        parsed.errorByte = errorByte;
        return parsed;
    }
    const QJsonArray statements =
        QJsonDocument::fromJson(
            QByteArray::fromRawData(result->parse_tree, qstrlen(result->parse_tree)))
            .object()
            .value(QLatin1String("stmts"))
            .toArray();
    for (const QJsonValue& value : statements) {
        const QJsonObject raw = value.toObject();
        const QJsonObject stmt = raw.value(QLatin1String("stmt")).toObject();
        // The piece's first statement has no stmt_location and one running to the end of the
        // piece (no ';') has no stmt_len: protobuf JSON omits zeros.
        const int location = piece.start + raw.value(QLatin1String("stmt_location")).toInt();
        const int length = raw.value(QLatin1String("stmt_len")).toInt();
        const int limit = length > 0 ? location + length : piece.end;

        // The parser's range starts right after the previous ';' and so takes in the comments
        // and blank lines before the statement; the tokens say where it really starts.
        int start = -1;
        int end = -1;
        for (auto token = firstTokenFrom(location); token != m_tokens.end() && token->start < limit;
             ++token) {
            if (isComment(*token))
                continue;
            if (start < 0)
                start = token->start;
            end = token->end;
        }
        if (start < 0) {
            start = location;
            end = limit;
        }
        Statement statement;
        statement.byteStart = start;
        statement.byteEnd = end;
        statement.line = lineAt(start);
        statement.column = columnAt(start);
        statement.endLine = lineAt(std::max(start, end - 1));
        statement.text = QString::fromUtf8(m_utf8.mid(start, end - start)).trimmed();
        if (!stmt.isEmpty()) {
            statement.type = stmt.constBegin().key();
            statement.node = stmt.constBegin().value().toObject();
        }
        parsed.statements.push_back(statement);
    }
    return parsed;
}

bool SqlLintSource::parse(const std::function<void(const Statement&)>& visit)
{
    const qsizetype total = qsizetype(m_pieces.size());
    const auto parseBatch = [this, total](qsizetype first) {
        const auto begin = m_pieces.cbegin() + first;
        return QtConcurrent::mapped(parserThreadPool(), begin,
                                    begin + std::min(kParseBatch, total - first),
                                    [this](const Piece& piece) { return parsePiece(piece); });
    };
    int index = 0;
    qsizetype next = 0;
    std::optional<QFuture<ParsedPiece>> pending;
    if (total > 1)
        pending = parseBatch(0);
    while (next < total) {
        QList<ParsedPiece> batch;
        if (pending) {
            batch = pending->results();
            pending.reset();
        } else {
            batch.append(parsePiece(m_pieces[size_t(next)]));
        }
        next += batch.size();
        if (next < total)
            pending = parseBatch(next);
        for (const ParsedPiece& piece : batch) {
            if (piece.error) {
                if (pending) {
                    pending->cancel();
                    pending->waitForFinished();
                }
                m_error = piece.error;
                splitAroundError(piece.errorByte);
                return false;
            }
            for (Statement statement : piece.statements) {
                statement.index = index++;
                visit(statement);
            }
        }
    }
    return true;
}

std::vector<SqlLintSource::Statement> SqlLintSource::parseAll()
{
    std::vector<Statement> statements;
    if (!parse([&statements](const Statement& statement) { statements.push_back(statement); }))
        statements.clear();
    return statements;
}

void SqlLintSource::splitAroundError(int errorByte)
{
    // The scanner's tokens cut the script at ';' (those in strings and bodies are inside
    // tokens); the piece around the error is the statement to show.
    int start = -1;
    int end = -1;
    for (const Token& token : m_tokens) {
        if (isComment(token))
            continue;
        if (token.kind == TokenSemicolon) {
            if (start >= 0 && errorByte >= start && errorByte <= token.start)
                break;
            start = -1;
            end = -1;
            continue;
        }
        if (start < 0)
            start = token.start;
        end = token.end;
    }
    if (start >= 0 && errorByte >= start) {
        m_error->statement = QString::fromUtf8(m_utf8.mid(start, end - start)).trimmed();
        return;
    }
    // The scanner failed too (an unterminated string, say): show the line of the error.
    const int line = lineAt(errorByte);
    const int lineStart = m_lineStarts[size_t(line - 1)];
    const int lineEnd =
        size_t(line) < m_lineStarts.size() ? m_lineStarts[size_t(line)] : int(m_utf8.size());
    m_error->statement = QString::fromUtf8(m_utf8.mid(lineStart, lineEnd - lineStart)).trimmed();
}

int SqlLintSource::byteOfCharacter(int fromByte, int characterIndex) const
{
    int characters = 0;
    for (int i = fromByte; i < m_utf8.size(); ++i) {
        if ((uchar(m_utf8.at(i)) & 0xc0) == 0x80)
            continue;
        if (characters == characterIndex)
            return i;
        ++characters;
    }
    return int(m_utf8.size());
}

} // namespace migdesk::core
