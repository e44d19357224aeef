// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/pythonexpressionparser.h"

#include <array>

namespace migdesk::core {

namespace {

using Kind = PythonToken::Kind;

bool isAugmentedAssignment(const PythonToken& t)
{
    static const std::array<QLatin1String, 13> ops{
        QLatin1String("+="),  QLatin1String("-="), QLatin1String("*="),  QLatin1String("/="),
        QLatin1String("//="), QLatin1String("%="), QLatin1String("@="),  QLatin1String("&="),
        QLatin1String("|="),  QLatin1String("^="), QLatin1String(">>="), QLatin1String("<<="),
        QLatin1String("**=")};
    if (t.kind != Kind::Op)
        return false;
    for (const auto& op : ops) {
        if (t.text == op)
            return true;
    }
    return false;
}

// Names that cannot begin an expression: seeing one where a value should start is a syntax
// error, not an unknown value.
bool isStatementKeyword(const PythonToken& t)
{
    static const std::array<QLatin1String, 22> keywords{
        QLatin1String("and"),   QLatin1String("as"),       QLatin1String("assert"),
        QLatin1String("break"), QLatin1String("class"),    QLatin1String("continue"),
        QLatin1String("def"),   QLatin1String("del"),      QLatin1String("elif"),
        QLatin1String("else"),  QLatin1String("except"),   QLatin1String("finally"),
        QLatin1String("for"),   QLatin1String("from"),     QLatin1String("global"),
        QLatin1String("if"),    QLatin1String("import"),   QLatin1String("in"),
        QLatin1String("is"),    QLatin1String("nonlocal"), QLatin1String("or"),
        QLatin1String("while")};
    if (t.kind != Kind::Name)
        return false;
    for (const auto& keyword : keywords) {
        if (t.text == keyword)
            return true;
    }
    return t.text == QLatin1String("pass") || t.text == QLatin1String("raise") ||
           t.text == QLatin1String("return") || t.text == QLatin1String("try") ||
           t.text == QLatin1String("with");
}

PythonValue other(const PythonToken& at)
{
    PythonValue value;
    value.line = at.line;
    value.column = at.column;
    return value;
}

} // namespace

PythonExpressionParser::PythonExpressionParser(const std::vector<PythonToken>& tokens)
    : m_tokens(tokens)
{
}

const PythonToken& PythonExpressionParser::token(size_t pos) const
{
    static const PythonToken end;
    if (pos < m_tokens.size())
        return m_tokens[pos];
    return m_tokens.empty() ? end : m_tokens.back();
}

void PythonExpressionParser::fail(const PythonToken& at, const QString& message)
{
    if (failed())
        return;
    m_errorLine = qMax(at.line, 1);
    m_errorColumn = at.column;
    m_errorMessage = message;
}

bool PythonExpressionParser::isDelimiter(const PythonToken& t) const
{
    switch (t.kind) {
    case Kind::Newline:
    case Kind::Indent:
    case Kind::Dedent:
    case Kind::EndMarker:
        return true;
    case Kind::Op:
        if (t.isClosingBracket() || isAugmentedAssignment(t))
            return true;
        return t.isOp(QLatin1String(",")) || t.isOp(QLatin1String(":")) ||
               t.isOp(QLatin1String("=")) || t.isOp(QLatin1String(";"));
    default:
        return false;
    }
}

void PythonExpressionParser::skipToDelimiter(size_t& pos) const
{
    int depth = 0;
    while (token(pos).kind != Kind::EndMarker) {
        const PythonToken& t = token(pos);
        if (depth == 0 && isDelimiter(t))
            return;
        if (depth == 0 && t.isName(QLatin1String("lambda"))) {
            // The parameter list may hold ',' and '=' (defaults): they end nothing.
            ++pos;
            int inner = 0;
            while (token(pos).kind != Kind::EndMarker &&
                   !(inner == 0 && token(pos).isOp(QLatin1String(":")))) {
                if (token(pos).isOpeningBracket())
                    ++inner;
                else if (token(pos).isClosingBracket())
                    --inner;
                ++pos;
            }
            ++pos;
            continue;
        }
        if (t.isOpeningBracket())
            ++depth;
        else if (t.isClosingBracket())
            --depth;
        ++pos;
    }
}

PythonValue PythonExpressionParser::parseExpression(size_t& pos)
{
    const PythonToken& first = token(pos);
    if (failed())
        return other(first);
    const bool prefixOperator =
        first.isOp(QLatin1String("-")) || first.isOp(QLatin1String("+")) ||
        first.isOp(QLatin1String("~")) || first.isName(QLatin1String("not")) ||
        first.isName(QLatin1String("await")) || first.isName(QLatin1String("yield")) ||
        first.isName(QLatin1String("lambda"));
    if (prefixOperator) {
        if (!first.isName(QLatin1String("lambda")))
            ++pos;
        if (isDelimiter(token(pos)) && !first.isName(QLatin1String("yield"))) {
            fail(token(pos), tr("invalid syntax"));
            return other(first);
        }
        skipToDelimiter(pos);
        return other(first);
    }
    PythonValue value = parsePrimary(pos);
    if (failed())
        return value;
    if (!isDelimiter(token(pos))) {
        // An operator or a conditional follows: the value is computed at run time.
        skipToDelimiter(pos);
        PythonValue unknown = other(first);
        return unknown;
    }
    return value;
}

PythonValue PythonExpressionParser::parseExpressionList(size_t& pos)
{
    const PythonToken& first = token(pos);
    PythonValue head;
    bool starred = false;
    if (first.isOp(QLatin1String("*"))) {
        ++pos;
        starred = true;
    }
    head = parseExpression(pos);
    if (failed() || (!token(pos).isOp(QLatin1String(",")) && !starred))
        return head;
    PythonValue tuple = other(first);
    tuple.kind = PythonValue::Kind::Tuple;
    tuple.unpacks = starred;
    if (!starred)
        tuple.items.push_back(std::move(head));
    while (token(pos).isOp(QLatin1String(","))) {
        ++pos;
        if (isDelimiter(token(pos)))
            break; // a trailing comma
        if (token(pos).isOp(QLatin1String("*"))) {
            ++pos;
            tuple.unpacks = true;
            parseExpression(pos);
        } else {
            tuple.items.push_back(parseExpression(pos));
        }
        if (failed())
            break;
    }
    return tuple;
}

PythonValue PythonExpressionParser::parsePrimary(size_t& pos)
{
    PythonValue value = parseAtom(pos);
    while (!failed()) {
        const PythonToken& t = token(pos);
        if (t.isOp(QLatin1String(".")) && token(pos + 1).kind == Kind::Name) {
            if (value.kind == PythonValue::Kind::Name) {
                value.text += QLatin1Char('.') + token(pos + 1).text;
            } else {
                value.kind = PythonValue::Kind::Other;
                value.text.clear();
                value.items.clear();
            }
            pos += 2;
        } else if (t.isOp(QLatin1String("("))) {
            PythonValue call;
            call.kind = PythonValue::Kind::Call;
            call.text = value.kind == PythonValue::Kind::Name ? value.text : QString();
            call.line = value.line;
            call.column = value.column;
            parseArguments(pos, call);
            value = std::move(call);
        } else if (t.isOp(QLatin1String("["))) {
            ++pos;
            skipToDelimiter(pos); // a subscript or slice: only its extent matters
            while (!token(pos).isOp(QLatin1String("]")) && token(pos).kind != Kind::EndMarker) {
                ++pos;
                skipToDelimiter(pos);
            }
            ++pos;
            value.kind = PythonValue::Kind::Other;
            value.text.clear();
            value.items.clear();
        } else {
            break;
        }
    }
    return value;
}

PythonValue PythonExpressionParser::parseStrings(size_t& pos)
{
    const PythonToken& first = token(pos);
    PythonValue value = other(first);
    value.kind = PythonValue::Kind::String;
    value.bytes = first.bytes;
    bool exact = true;
    while (token(pos).kind == Kind::String) {
        const PythonToken& t = token(pos);
        if (t.bytes != value.bytes) {
            fail(t, tr("cannot mix bytes and nonbytes literals"));
            return value;
        }
        exact = exact && t.exact;
        value.text += t.value;
        ++pos;
    }
    if (!exact) {
        value.kind = PythonValue::Kind::Other;
        value.text.clear();
    }
    return value;
}

PythonValue PythonExpressionParser::parseAtom(size_t& pos)
{
    const PythonToken& t = token(pos);
    PythonValue value = other(t);
    switch (t.kind) {
    case Kind::String:
        return parseStrings(pos);
    case Kind::Number:
        value.kind = PythonValue::Kind::Number;
        value.text = t.text;
        ++pos;
        return value;
    case Kind::Name:
        if (isStatementKeyword(t)) {
            fail(t, tr("invalid syntax"));
            return value;
        }
        if (t.text == QLatin1String("True") || t.text == QLatin1String("False") ||
            t.text == QLatin1String("None"))
            value.kind = PythonValue::Kind::Constant;
        else
            value.kind = PythonValue::Kind::Name;
        value.text = t.text;
        ++pos;
        return value;
    case Kind::Op:
        break;
    default:
        fail(t, tr("invalid syntax"));
        return value;
    }

    if (t.isOp(QLatin1String("..."))) {
        value.kind = PythonValue::Kind::Constant;
        value.text = QStringLiteral("Ellipsis");
        ++pos;
        return value;
    }
    bool sawComma = false;
    if (t.isOp(QLatin1String("("))) {
        value.kind = PythonValue::Kind::Tuple;
        parseElements(pos, QLatin1String(")"), value, &sawComma);
        if (value.items.size() == 1 && !sawComma && !value.unpacks)
            return std::move(value.items.front()); // parentheses only group
        return value;
    }
    if (t.isOp(QLatin1String("["))) {
        value.kind = PythonValue::Kind::List;
        parseElements(pos, QLatin1String("]"), value, &sawComma);
        return value;
    }
    if (t.isOp(QLatin1String("{"))) {
        value.kind = PythonValue::Kind::Set;
        parseElements(pos, QLatin1String("}"), value, &sawComma);
        return value;
    }
    fail(t, tr("invalid syntax"));
    return value;
}

void PythonExpressionParser::parseElements(size_t& pos, QLatin1String close, PythonValue& into,
                                           bool* sawComma)
{
    const bool braces = close == QLatin1String("}");
    bool dict = false;
    ++pos;
    while (!failed()) {
        const PythonToken& t = token(pos);
        if (t.isOp(close)) {
            ++pos;
            break;
        }
        if (t.isOp(QLatin1String("*")) || t.isOp(QLatin1String("**"))) {
            dict = dict || t.isOp(QLatin1String("**"));
            ++pos;
            into.unpacks = true;
            parseExpression(pos);
        } else {
            PythonValue item = parseExpression(pos);
            if (failed())
                break;
            if (braces && token(pos).isOp(QLatin1String(":"))) {
                ++pos;
                dict = true;
                into.items.push_back(std::move(item));
                into.items.push_back(parseExpression(pos));
            } else {
                into.items.push_back(std::move(item));
            }
        }
        if (failed())
            break;
        const PythonToken& after = token(pos);
        if (after.isOp(QLatin1String(","))) {
            ++pos;
            *sawComma = true;
        } else if (!after.isOp(close)) {
            fail(after, tr("invalid syntax"));
        }
    }
    if (braces && (dict || (into.items.empty() && !into.unpacks)))
        into.kind = PythonValue::Kind::Dict;
}

void PythonExpressionParser::parseArguments(size_t& pos, PythonValue& call)
{
    bool keywordSeen = false;
    ++pos;
    while (!failed()) {
        const PythonToken& t = token(pos);
        if (t.isOp(QLatin1String(")"))) {
            ++pos;
            break;
        }
        if (t.isOp(QLatin1String("*")) || t.isOp(QLatin1String("**"))) {
            keywordSeen = keywordSeen || t.isOp(QLatin1String("**"));
            ++pos;
            call.unpacks = true;
            parseExpression(pos);
        } else if (t.kind == Kind::Name && token(pos + 1).isOp(QLatin1String("="))) {
            if (call.keywordNames.contains(t.text)) {
                fail(t, tr("keyword argument repeated: %1").arg(t.text));
                break;
            }
            keywordSeen = true;
            pos += 2;
            call.keywordNames.append(t.text);
            call.keywordValues.push_back(parseExpression(pos));
        } else {
            if (keywordSeen) {
                fail(t, tr("positional argument follows keyword argument"));
                break;
            }
            call.items.push_back(parseExpression(pos));
        }
        if (failed())
            break;
        const PythonToken& after = token(pos);
        if (after.isOp(QLatin1String(",")))
            ++pos;
        else if (!after.isOp(QLatin1String(")")))
            fail(after, tr("invalid syntax"));
    }
}

} // namespace migdesk::core
