// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/pythontokenizer.h"

#include <array>

namespace migdesk::core {

namespace {

bool isIdentifierStart(QChar c)
{
    // Surrogates stand for supplementary-plane letters; Python accepts those in names too.
    return c == QLatin1Char('_') || c.isLetter() || c.isSurrogate();
}

bool isIdentifierPart(QChar c)
{
    return isIdentifierStart(c) || c.isDigit() || c.isMark() ||
           c.category() == QChar::Punctuation_Connector || c.isNumber();
}

bool isStringPrefix(QStringView name)
{
    if (name.size() > 2)
        return false;
    const QString lower = name.toString().toLower();
    static const std::array<QLatin1String, 8> prefixes{
        QLatin1String("r"),  QLatin1String("u"),  QLatin1String("b"),  QLatin1String("f"),
        QLatin1String("br"), QLatin1String("rb"), QLatin1String("fr"), QLatin1String("rf")};
    for (const auto& prefix : prefixes) {
        if (lower == prefix)
            return true;
    }
    return false;
}

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

// Reads exactly `digits` hex digits at body[from]; -1 when there are fewer.
qint64 readHex(QStringView body, qsizetype from, int digits)
{
    if (from + digits > body.size())
        return -1;
    qint64 value = 0;
    for (int i = 0; i < digits; ++i) {
        const int digit = hexValue(body[from + i]);
        if (digit < 0)
            return -1;
        value = value * 16 + digit;
    }
    return value;
}

} // namespace

PythonTokenizer::PythonTokenizer(const QString& source) : m_source(source)
{
    // Python reads \r\n and lone \r as line ends too; one form keeps the line count simple.
    m_source.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    m_source.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    if (m_source.startsWith(QChar(0xFEFF)))
        m_source.remove(0, 1);
}

QChar PythonTokenizer::peek(qsizetype offset) const
{
    const qsizetype at = m_pos + offset;
    return at < m_source.size() ? m_source.at(at) : QChar();
}

QChar PythonTokenizer::charAt(qsizetype position) const
{
    return position < m_source.size() ? m_source.at(position) : QChar();
}

int PythonTokenizer::columnAt(qsizetype position) const
{
    return int(position - m_lineStart) + 1;
}

void PythonTokenizer::pushToken(PythonToken::Kind kind, qsizetype start, qsizetype end, int line)
{
    PythonToken token;
    token.kind = kind;
    token.text = m_source.mid(start, end - start);
    token.line = line;
    token.endLine = line;
    token.column = columnAt(start);
    m_tokens.push_back(std::move(token));
    if (kind != PythonToken::Kind::Comment && kind != PythonToken::Kind::Nl &&
        kind != PythonToken::Kind::Newline)
        m_lineHasContent = true;
}

bool PythonTokenizer::fail(int line, int column, const QString& message)
{
    m_errorLine = line;
    m_errorColumn = column;
    m_errorMessage = message;
    return false;
}

bool PythonTokenizer::tokenize()
{
    using Kind = PythonToken::Kind;
    m_tokens.clear();
    // Migration modules run about one token per five characters; growing the vector from
    // empty cost more than the tokenizing of a typical module.
    m_tokens.reserve(std::size_t(m_source.size() / 4 + 16));
    m_pos = 0;
    m_lineStart = 0;
    m_line = 1;
    m_atLineStart = true;
    m_lineHasContent = false;
    m_indents = {0};
    m_brackets.clear();
    m_errorLine = 0;
    m_errorColumn = 0;
    m_errorMessage.clear();
    bool continued = false; // the previous physical line ended in a backslash
    while (true) {
        if (m_atLineStart) {
            if (!readIndentation())
                return false;
            if (m_atLineStart)
                continue; // a blank or comment-only line was consumed
        }
        if (m_pos >= m_source.size())
            break;
        const QChar c = peek();
        if (c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\f')) {
            ++m_pos;
            continue;
        }
        if (c == QLatin1Char('#')) {
            qsizetype end = m_source.indexOf(QLatin1Char('\n'), m_pos);
            if (end < 0)
                end = m_source.size();
            pushToken(Kind::Comment, m_pos, end, m_line);
            m_pos = end;
            continue;
        }
        if (c == QLatin1Char('\n')) {
            const bool logicalEnd = m_brackets.empty() && m_lineHasContent;
            pushToken(logicalEnd ? Kind::Newline : Kind::Nl, m_pos, m_pos + 1, m_line);
            ++m_pos;
            ++m_line;
            m_lineStart = m_pos;
            continued = false;
            if (m_brackets.empty()) {
                m_lineHasContent = false;
                m_atLineStart = true;
            }
            continue;
        }
        if (c == QLatin1Char('\\')) {
            if (m_pos + 1 >= m_source.size())
                return fail(m_line, columnAt(m_pos),
                            tr("unexpected end of file after line continuation character"));
            if (peek(1) != QLatin1Char('\n'))
                return fail(m_line, columnAt(m_pos),
                            tr("unexpected character after line continuation character"));
            m_pos += 2;
            ++m_line;
            m_lineStart = m_pos;
            continued = true;
            continue;
        }
        continued = false;
        bool ok = true;
        if (isIdentifierStart(c))
            ok = readName();
        else if (c.isDigit() || (c == QLatin1Char('.') && peek(1).isDigit()))
            ok = readNumber();
        else if (c == QLatin1Char('\'') || c == QLatin1Char('"'))
            ok = readString(m_pos, m_pos);
        else
            ok = readOperator();
        if (!ok)
            return false;
    }

    if (continued)
        return fail(m_line, columnAt(m_pos),
                    tr("unexpected end of file after line continuation character"));
    if (!m_brackets.empty()) {
        const Bracket& open = m_brackets.back();
        return fail(open.line, open.column, tr("'%1' was never closed").arg(open.symbol));
    }
    if (m_lineHasContent)
        pushToken(Kind::Newline, m_pos, m_pos, m_line);
    while (m_indents.size() > 1) {
        m_indents.pop_back();
        pushToken(Kind::Dedent, m_pos, m_pos, m_line);
    }
    pushToken(Kind::EndMarker, m_pos, m_pos, m_line);
    return true;
}

bool PythonTokenizer::readIndentation()
{
    using Kind = PythonToken::Kind;
    int width = 0;
    qsizetype p = m_pos;
    for (; p < m_source.size(); ++p) {
        const QChar ch = m_source.at(p);
        if (ch == QLatin1Char(' '))
            ++width;
        else if (ch == QLatin1Char('\t'))
            width = (width / 8 + 1) * 8; // Python's tab stops
        else if (ch == QLatin1Char('\f'))
            width = 0;
        else
            break;
    }
    m_pos = p;
    if (p >= m_source.size()) {
        m_atLineStart = false;
        return true;
    }
    const QChar first = m_source.at(p);
    if (first == QLatin1Char('#') || first == QLatin1Char('\n')) {
        // Blank and comment-only lines neither start a logical line nor change indentation.
        if (first == QLatin1Char('#')) {
            qsizetype end = m_source.indexOf(QLatin1Char('\n'), p);
            if (end < 0)
                end = m_source.size();
            pushToken(Kind::Comment, p, end, m_line);
            m_pos = end;
        }
        if (m_pos < m_source.size()) {
            pushToken(Kind::Nl, m_pos, m_pos + 1, m_line);
            ++m_pos;
            ++m_line;
            m_lineStart = m_pos;
        } else {
            m_atLineStart = false;
        }
        return true;
    }
    m_atLineStart = false;
    if (width > m_indents.back()) {
        m_indents.push_back(width);
        pushToken(Kind::Indent, m_lineStart, p, m_line);
    } else {
        while (width < m_indents.back()) {
            m_indents.pop_back();
            pushToken(Kind::Dedent, p, p, m_line);
        }
        if (width != m_indents.back())
            return fail(m_line, columnAt(p),
                        tr("unindent does not match any outer indentation level"));
    }
    return true;
}

bool PythonTokenizer::readName()
{
    const qsizetype start = m_pos;
    qsizetype p = m_pos + 1;
    while (p < m_source.size() && isIdentifierPart(m_source.at(p)))
        ++p;
    if (p < m_source.size() &&
        (m_source.at(p) == QLatin1Char('\'') || m_source.at(p) == QLatin1Char('"')) &&
        isStringPrefix(QStringView(m_source).mid(start, p - start)))
        return readString(start, p);
    pushToken(PythonToken::Kind::Name, start, p, m_line);
    m_pos = p;
    return true;
}

bool PythonTokenizer::readNumber()
{
    const qsizetype start = m_pos;
    qsizetype p = m_pos;
    const auto digits = [&](bool hex) {
        while (p < m_source.size() && (charAt(p).isDigit() || charAt(p) == QLatin1Char('_') ||
                                       (hex && hexValue(charAt(p)) >= 0)))
            ++p;
    };
    const QChar radix = charAt(p + 1).toLower();
    if (charAt(p) == QLatin1Char('0') &&
        (radix == QLatin1Char('x') || radix == QLatin1Char('o') || radix == QLatin1Char('b'))) {
        p += 2;
        digits(true);
    } else {
        digits(false);
        if (charAt(p) == QLatin1Char('.')) {
            ++p;
            digits(false);
        }
        const QChar e = charAt(p).toLower();
        const QChar afterE = charAt(p + 1);
        const bool signedExponent =
            (afterE == QLatin1Char('+') || afterE == QLatin1Char('-')) && charAt(p + 2).isDigit();
        if (e == QLatin1Char('e') && (afterE.isDigit() || signedExponent)) {
            p += 2;
            digits(false);
        }
        if (charAt(p).toLower() == QLatin1Char('j'))
            ++p;
    }
    pushToken(PythonToken::Kind::Number, start, p, m_line);
    m_pos = p;
    return true;
}

bool PythonTokenizer::readString(qsizetype start, qsizetype quote)
{
    const QString prefix = m_source.mid(start, quote - start).toLower();
    const QChar q = m_source.at(quote);
    const QString tripleQuote(3, q);
    const bool triple = QStringView(m_source).mid(quote, 3) == tripleQuote;
    const int startLine = m_line;
    const int startColumn = columnAt(start);
    const qsizetype bodyStart = quote + (triple ? 3 : 1);
    qsizetype p = bodyStart;
    qsizetype bodyEnd = 0;
    qsizetype end = 0;
    while (true) {
        if (p >= m_source.size()) {
            return fail(startLine, startColumn,
                        triple
                            ? tr("unterminated triple-quoted string literal "
                                 "(detected at line %1)")
                                  .arg(m_line)
                            : tr("unterminated string literal (detected at line %1)").arg(m_line));
        }
        const QChar ch = m_source.at(p);
        if (ch == QLatin1Char('\\')) {
            // Even in raw strings a backslash keeps the next character (a quote) from ending it.
            if (p + 1 < m_source.size() && m_source.at(p + 1) == QLatin1Char('\n')) {
                ++m_line;
                m_lineStart = p + 2;
            }
            p += 2;
            continue;
        }
        if (ch == QLatin1Char('\n')) {
            if (!triple)
                return fail(startLine, startColumn,
                            tr("unterminated string literal (detected at line %1)").arg(m_line));
            ++m_line;
            m_lineStart = p + 1;
            ++p;
            continue;
        }
        if (ch == q && (!triple || QStringView(m_source).mid(p, 3) == tripleQuote)) {
            bodyEnd = p;
            end = p + (triple ? 3 : 1);
            break;
        }
        if (ch == QLatin1Char('{') && prefix.contains(QLatin1Char('f'))) {
            if (!skipOpeningBrace(p, startLine, startColumn))
                return false;
            continue;
        }
        ++p;
    }

    PythonToken token;
    token.kind = PythonToken::Kind::String;
    token.text = m_source.mid(start, end - start);
    token.line = startLine;
    token.column = startColumn;
    token.endLine = m_line;
    token.bytes = prefix.contains(QLatin1Char('b'));
    token.formatted = prefix.contains(QLatin1Char('f'));
    if (!decodeString(token, QStringView(m_source).mid(bodyStart, bodyEnd - bodyStart),
                      prefix.contains(QLatin1Char('r')), startLine))
        return false;
    m_tokens.push_back(std::move(token));
    m_lineHasContent = true;
    m_pos = end;
    return true;
}

bool PythonTokenizer::skipOpeningBrace(qsizetype& p, int startLine, int startColumn)
{
    if (charAt(p + 1) == QLatin1Char('{')) {
        p += 2; // a literal brace
        return true;
    }
    return skipReplacementField(p, startLine, startColumn);
}

bool PythonTokenizer::skipReplacementField(qsizetype& p, int startLine, int startColumn)
{
    ++p;               // the '{'
    int depth = 0;     // brackets open inside the expression
    bool spec = false; // after the expression's top-level ':', the format spec is text
    while (p < m_source.size()) {
        const QChar ch = m_source.at(p);
        if (ch == QLatin1Char('\n')) {
            ++m_line;
            m_lineStart = p + 1;
            ++p;
            continue;
        }
        if (ch == QLatin1Char('{') && spec) {
            if (!skipReplacementField(p, startLine, startColumn))
                return false;
            continue;
        }
        if (ch == QLatin1Char('{')) {
            ++depth;
        } else if (ch == QLatin1Char('}')) {
            if (depth == 0) {
                ++p;
                return true;
            }
            --depth;
        } else if (spec) {
            if (ch == QLatin1Char('\\'))
                ++p;
        } else if (ch == QLatin1Char('\'') || ch == QLatin1Char('"')) {
            if (!skipNestedString(p, startLine, startColumn))
                return false;
            continue;
        } else if (ch == QLatin1Char('(') || ch == QLatin1Char('[')) {
            ++depth;
        } else if (ch == QLatin1Char(')') || ch == QLatin1Char(']')) {
            --depth;
        } else if (ch == QLatin1Char(':') && depth == 0 && charAt(p + 1) != QLatin1Char('=')) {
            spec = true;
        }
        ++p;
    }
    return fail(startLine, startColumn,
                tr("unterminated f-string: a replacement field is never closed"));
}

bool PythonTokenizer::skipNestedString(qsizetype& p, int startLine, int startColumn)
{
    // The prefix letters went by as part of the expression; only 'f' matters here.
    bool formatted = false;
    for (qsizetype b = p - 1; b >= 0 && m_source.at(b).isLetter(); --b)
        formatted = formatted || m_source.at(b).toLower() == QLatin1Char('f');
    const QChar q = m_source.at(p);
    const QString tripleQuote(3, q);
    const bool triple = QStringView(m_source).mid(p, 3) == tripleQuote;
    p += triple ? 3 : 1;
    while (p < m_source.size()) {
        const QChar ch = m_source.at(p);
        if (ch == QLatin1Char('\\')) {
            p += 2;
            continue;
        }
        if (ch == QLatin1Char('\n')) {
            if (!triple)
                break;
            ++m_line;
            m_lineStart = p + 1;
        } else if (ch == q && (!triple || QStringView(m_source).mid(p, 3) == tripleQuote)) {
            p += triple ? 3 : 1;
            return true;
        } else if (formatted && ch == QLatin1Char('{')) {
            if (!skipOpeningBrace(p, startLine, startColumn))
                return false;
            continue;
        }
        ++p;
    }
    return fail(startLine, startColumn,
                tr("unterminated string literal inside an f-string's replacement field"));
}

bool PythonTokenizer::decodeString(PythonToken& token, QStringView body, bool raw, int line)
{
    if (token.bytes) {
        for (const QChar ch : body) {
            if (ch.unicode() > 127)
                return fail(line, token.column,
                            tr("bytes can only contain ASCII literal characters"));
        }
    }
    QString text;
    if (token.formatted) {
        // Doubled braces are literal braces; a single one opens a replacement field, whose
        // value is only known at run time.
        for (qsizetype i = 0; i < body.size(); ++i) {
            const QChar ch = body[i];
            if ((ch == QLatin1Char('{') || ch == QLatin1Char('}')) && i + 1 < body.size() &&
                body[i + 1] == ch) {
                text += ch;
                ++i;
            } else {
                if (ch == QLatin1Char('{') || ch == QLatin1Char('}'))
                    token.exact = false;
                text += ch;
            }
        }
        body = text;
    }
    if (raw) {
        token.value = body.toString();
        return true;
    }

    QString value;
    value.reserve(body.size());
    for (qsizetype i = 0; i < body.size(); ++i) {
        const QChar ch = body[i];
        if (ch != QLatin1Char('\\') || i + 1 >= body.size()) {
            value += ch;
            continue;
        }
        const QChar e = body[++i];
        switch (e.unicode()) {
        case u'\n':
            break; // an escaped line end joins the lines
        case u'\\':
        case u'\'':
        case u'"':
            value += e;
            break;
        case u'a':
            value += QChar(0x07);
            break;
        case u'b':
            value += QChar(0x08);
            break;
        case u'f':
            value += QChar(0x0C);
            break;
        case u'n':
            value += QLatin1Char('\n');
            break;
        case u'r':
            value += QLatin1Char('\r');
            break;
        case u't':
            value += QLatin1Char('\t');
            break;
        case u'v':
            value += QChar(0x0B);
            break;
        case u'0':
        case u'1':
        case u'2':
        case u'3':
        case u'4':
        case u'5':
        case u'6':
        case u'7': {
            int code = e.unicode() - u'0';
            for (int n = 1; n < 3 && i + 1 < body.size() && body[i + 1] >= QLatin1Char('0') &&
                            body[i + 1] <= QLatin1Char('7');
                 ++n)
                code = code * 8 + (body[++i].unicode() - u'0');
            value += QChar(token.bytes ? (code & 0xFF) : code);
            break;
        }
        case u'x': {
            const qint64 code = readHex(body, i + 1, 2);
            if (code < 0)
                return fail(line, token.column, tr("truncated \\xXX escape"));
            value += QChar(char16_t(code));
            i += 2;
            break;
        }
        case u'u':
        case u'U': {
            if (token.bytes) {
                value += QLatin1Char('\\');
                value += e;
                break;
            }
            const int digits = e == QLatin1Char('u') ? 4 : 8;
            const qint64 code = readHex(body, i + 1, digits);
            if (code < 0 || code > 0x10FFFF)
                return fail(line, token.column,
                            digits == 4 ? tr("truncated \\uXXXX escape")
                                        : tr("illegal Unicode character"));
            const char32_t codePoint = char32_t(code);
            value += QString::fromUcs4(&codePoint, 1);
            i += digits;
            break;
        }
        case u'N':
            if (!token.bytes) {
                // Resolving the character name needs Unicode's name table; keep the escape.
                token.exact = false;
            }
            value += QLatin1Char('\\');
            value += e;
            break;
        default:
            // Python keeps unknown escapes as written (with a warning).
            value += QLatin1Char('\\');
            value += e;
            break;
        }
    }
    token.value = value;
    return true;
}

// Python's operators and delimiters, longest match first: 3 for "**=", 2 for "->", 1 for "(",
// 0 when there is none at the start of `rest`.
qsizetype PythonTokenizer::operatorLength(QStringView rest)
{
    const auto at = [&rest](qsizetype i) { return i < rest.size() ? rest[i].unicode() : u'\0'; };
    const char16_t first = at(0);
    const char16_t second = at(1);
    switch (first) {
    case u'*':
    case u'/':
    case u'>':
    case u'<': // **, //, >>, << and each with '=', or the single one with '='
        if (second == first)
            return at(2) == u'=' ? 3 : 2;
        return second == u'=' ? 2 : 1;
    case u'.':
        return second == u'.' && at(2) == u'.' ? 3 : 1;
    case u'-':
        return second == u'>' || second == u'=' ? 2 : 1;
    case u'!':
        return second == u'=' ? 2 : 0;
    case u'=':
    case u'+':
    case u'%':
    case u'&':
    case u'|':
    case u'^':
    case u'@':
    case u':':
        return second == u'=' ? 2 : 1;
    case u'~':
    case u'(':
    case u')':
    case u'[':
    case u']':
    case u'{':
    case u'}':
    case u',':
    case u';':
        return 1;
    default:
        return 0;
    }
}

bool PythonTokenizer::readOperator()
{
    const QChar c = peek();
    const qsizetype length = operatorLength(QStringView(m_source).mid(m_pos));
    if (length == 0)
        return fail(m_line, columnAt(m_pos), tr("invalid character '%1'").arg(c));

    if (length == 1) {
        const char16_t u = c.unicode();
        if (u == u'(' || u == u'[' || u == u'{') {
            // Python's own limit (its tokenizer's MAXLEVEL), with its words: the expression
            // parser recurses once per bracket, so a hostile file cannot exhaust the stack.
            if (m_brackets.size() >= kMaxNesting)
                return fail(m_line, columnAt(m_pos),
                            tr("too many nested parentheses (Python allows %1)").arg(kMaxNesting));
            m_brackets.push_back({c, m_line, columnAt(m_pos)});
        } else if (u == u')' || u == u']' || u == u'}') {
            if (m_brackets.empty())
                return fail(m_line, columnAt(m_pos), tr("unmatched '%1'").arg(c));
            const Bracket open = m_brackets.back();
            const char16_t expected = open.symbol == QLatin1Char('(')   ? u')'
                                      : open.symbol == QLatin1Char('[') ? u']'
                                                                        : u'}';
            if (u != expected)
                return fail(m_line, columnAt(m_pos),
                            tr("closing bracket '%1' does not match '%2' opened on line %3")
                                .arg(c)
                                .arg(open.symbol)
                                .arg(open.line));
            m_brackets.pop_back();
        }
    }
    pushToken(PythonToken::Kind::Op, m_pos, m_pos + length, m_line);
    m_pos += length;
    return true;
}

} // namespace migdesk::core
