// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/pythonmodule.h"

#include "migrations/pythonexpressionparser.h"
#include "migrations/pythontokenizer.h"

#include <algorithm>

namespace migdesk::core {

namespace {

using Kind = PythonToken::Kind;

bool isNameIn(const PythonToken& t, std::initializer_list<const char*> names)
{
    if (t.kind != Kind::Name)
        return false;
    for (const char* name : names) {
        if (t.text == QLatin1String(name))
            return true;
    }
    return false;
}

bool isMutable(const PythonValue& value)
{
    if (value.kind == PythonValue::Kind::List || value.kind == PythonValue::Kind::Dict ||
        value.kind == PythonValue::Kind::Set)
        return true;
    return std::any_of(value.items.begin(), value.items.end(), isMutable);
}

bool isLiteral(const PythonValue& value)
{
    switch (value.kind) {
    case PythonValue::Kind::String:
    case PythonValue::Kind::Number:
    case PythonValue::Kind::Constant:
        return true;
    case PythonValue::Kind::List:
    case PythonValue::Kind::Tuple:
    case PythonValue::Kind::Set:
    case PythonValue::Kind::Dict:
        if (value.unpacks)
            return false;
        for (const PythonValue& item : value.items) {
            if (!isLiteral(item))
                return false;
        }
        return true;
    default:
        return false;
    }
}

} // namespace

// Walks the statements. Module-level assignments and classes are kept; everything else is
// checked only for its block structure (a ':' header, an indented body) so that the classes
// after it are found in the right place.
class PythonModule::StatementParser
{
public:
    StatementParser(const std::vector<PythonToken>& tokens, PythonModule& module)
        : m_expr(tokens), m_module(module)
    {
    }

    void parseModule()
    {
        size_t pos = 0;
        parseBlock(pos, &m_module.m_assignments, true);
        if (!m_expr.failed() && token(pos).kind != Kind::EndMarker)
            m_expr.fail(token(pos), PythonTokenizer::tr("unindent does not match any outer "
                                                        "indentation level"));
    }

    const PythonExpressionParser& expressions() const { return m_expr; }

private:
    const PythonToken& token(size_t pos) const { return m_expr.token(pos); }

    void parseBlock(size_t& pos, std::vector<PythonAssignment>* collect, bool topLevel)
    {
        while (!m_expr.failed()) {
            const PythonToken& t = token(pos);
            if (t.kind == Kind::EndMarker || t.kind == Kind::Dedent)
                return;
            parseStatement(pos, collect, topLevel);
        }
    }

    void parseStatement(size_t& pos, std::vector<PythonAssignment>* collect, bool topLevel)
    {
        const PythonToken& t = token(pos);
        if (t.kind == Kind::Indent) {
            m_expr.fail(t, PythonModule::tr("unexpected indent"));
        } else if (t.kind == Kind::Newline) {
            ++pos;
        } else if (t.isOp(QLatin1String("@"))) {
            while (token(pos).kind != Kind::Newline && token(pos).kind != Kind::EndMarker)
                ++pos;
            ++pos;
        } else if (t.isName(QLatin1String("class"))) {
            parseClass(pos, topLevel);
        } else if (isCompound(pos)) {
            parseCompound(pos);
        } else {
            parseSimpleStatements(pos, collect);
        }
    }

    bool isCompound(size_t pos) const
    {
        const PythonToken& t = token(pos);
        if (isNameIn(t, {"def", "if", "elif", "else", "try", "except", "finally", "for", "while",
                         "with", "async"}))
            return true;
        if (!isNameIn(t, {"match", "case"}))
            return false;
        // Soft keywords: `match = 1` and `match(x)` are ordinary statements. A match or case
        // statement is the one whose line ends in a block colon.
        const PythonToken& next = token(pos + 1);
        if (next.kind == Kind::Op && !next.isOpeningBracket() && !next.isOp(QLatin1String("-")) &&
            !next.isOp(QLatin1String("*")))
            return false;
        int depth = 0;
        const PythonToken* last = nullptr;
        for (size_t p = pos; token(p).kind != Kind::Newline && token(p).kind != Kind::EndMarker;
             ++p) {
            if (token(p).isOpeningBracket())
                ++depth;
            else if (token(p).isClosingBracket())
                --depth;
            if (depth == 0)
                last = &token(p);
        }
        return last && last->isOp(QLatin1String(":"));
    }

    void skipHeader(size_t& pos)
    {
        int depth = 0;
        while (!m_expr.failed()) {
            const PythonToken& t = token(pos);
            if (t.kind == Kind::EndMarker || (depth == 0 && t.kind == Kind::Newline)) {
                m_expr.fail(t, PythonModule::tr("expected ':'"));
                return;
            }
            if (depth == 0 && t.isOp(QLatin1String(":"))) {
                ++pos;
                return;
            }
            if (depth == 0 && t.isName(QLatin1String("lambda"))) {
                m_expr.skipToDelimiter(pos);
                continue;
            }
            if (t.isOpeningBracket())
                ++depth;
            else if (t.isClosingBracket())
                --depth;
            ++pos;
        }
    }

    void parseCompound(size_t& pos)
    {
        ++pos;
        skipHeader(pos);
        if (!m_expr.failed())
            parseBody(pos, nullptr);
    }

    void parseBody(size_t& pos, std::vector<PythonAssignment>* collect)
    {
        if (token(pos).kind != Kind::Newline) {
            parseSimpleStatements(pos, collect); // `class A: x = 1` on one line
            return;
        }
        ++pos;
        if (token(pos).kind != Kind::Indent) {
            m_expr.fail(token(pos), PythonModule::tr("expected an indented block"));
            return;
        }
        ++pos;
        parseBlock(pos, collect, false);
        if (!m_expr.failed() && token(pos).kind == Kind::Dedent)
            ++pos;
    }

    void parseClass(size_t& pos, bool topLevel)
    {
        const PythonToken& keyword = token(pos);
        ++pos;
        const PythonToken& name = token(pos);
        if (name.kind != Kind::Name) {
            m_expr.fail(name, PythonExpressionParser::tr("invalid syntax"));
            return;
        }
        ++pos;
        PythonClassDefinition definition;
        definition.name = name.text;
        definition.line = keyword.line;
        if (token(pos).isOp(QLatin1String("("))) {
            PythonValue call;
            m_expr.parseArguments(pos, call);
            definition.bases = std::move(call.items);
        }
        if (m_expr.failed())
            return;
        if (!token(pos).isOp(QLatin1String(":"))) {
            m_expr.fail(token(pos), PythonModule::tr("expected ':'"));
            return;
        }
        ++pos;
        parseBody(pos, topLevel ? &definition.attributes : nullptr);
        if (topLevel && !m_expr.failed())
            m_module.m_classes.push_back(std::move(definition));
    }

    void parseSimpleStatements(size_t& pos, std::vector<PythonAssignment>* collect)
    {
        while (!m_expr.failed()) {
            parseSimple(pos, collect);
            const PythonToken& t = token(pos);
            if (t.isOp(QLatin1String(";"))) {
                ++pos;
                if (token(pos).kind == Kind::Newline) {
                    ++pos;
                    return;
                }
                continue;
            }
            if (t.kind == Kind::Newline) {
                ++pos;
                return;
            }
            if (t.kind == Kind::EndMarker)
                return;
            m_expr.fail(t, PythonExpressionParser::tr("invalid syntax"));
        }
    }

    void parseSimple(size_t& pos, std::vector<PythonAssignment>* collect)
    {
        const size_t start = pos;
        std::vector<size_t> equals;
        int depth = 0;
        size_t end = start;
        while (true) {
            const PythonToken& t = token(end);
            if (t.kind == Kind::Newline || t.kind == Kind::EndMarker ||
                (depth == 0 && t.isOp(QLatin1String(";"))))
                break;
            if (depth == 0 && t.isName(QLatin1String("lambda"))) {
                m_expr.skipToDelimiter(end);
                continue;
            }
            if (depth == 0 && t.isOp(QLatin1String("=")))
                equals.push_back(end);
            if (t.isOpeningBracket())
                ++depth;
            else if (t.isClosingBracket())
                --depth;
            ++end;
        }

        if (equals.empty()) {
            if (!isNameIn(token(start), {"import", "from", "return", "pass", "del", "global",
                                         "nonlocal", "raise", "assert", "break", "continue"})) {
                // An expression statement, an augmented assignment or a bare annotation.
                m_expr.parseExpressionList(pos);
                const PythonToken& t = token(pos);
                if (!m_expr.failed() && pos < end && m_expr.isDelimiter(t) &&
                    !t.isOp(QLatin1String(",")) && !t.isOp(QLatin1String(")")) &&
                    !t.isOp(QLatin1String("]")) && !t.isOp(QLatin1String("}"))) {
                    ++pos;
                    m_expr.parseExpressionList(pos);
                }
                if (!m_expr.failed() && pos != end)
                    m_expr.fail(token(pos), PythonExpressionParser::tr("invalid syntax"));
            }
            pos = end;
            return;
        }

        size_t valueStart = equals.back() + 1;
        const PythonValue value = m_expr.parseExpressionList(valueStart);
        if (m_expr.failed())
            return;
        if (valueStart != end) {
            m_expr.fail(token(valueStart), PythonExpressionParser::tr("invalid syntax"));
            return;
        }
        size_t segmentStart = start;
        for (size_t i = 0; i < equals.size(); ++i) {
            const size_t segmentEnd = equals[i];
            if (segmentStart == segmentEnd) {
                m_expr.fail(token(segmentStart), PythonExpressionParser::tr("invalid syntax"));
                return;
            }
            const PythonToken& first = token(segmentStart);
            const bool plain = first.kind == Kind::Name &&
                               (segmentEnd == segmentStart + 1 ||
                                (i == 0 && token(segmentStart + 1).isOp(QLatin1String(":"))));
            if (plain && collect)
                collect->push_back({first.text, value, first.line});
            segmentStart = segmentEnd + 1;
        }
        pos = end;
    }

    PythonExpressionParser m_expr;
    PythonModule& m_module;
};

PythonModule PythonModule::parse(const QString& source)
{
    PythonModule module;
    PythonTokenizer tokenizer(source);
    if (!tokenizer.tokenize()) {
        module.m_errorLine = tokenizer.errorLine();
        module.m_errorColumn = tokenizer.errorColumn();
        module.m_errorMessage = tokenizer.errorMessage();
        return module;
    }
    std::vector<PythonToken> significant;
    significant.reserve(tokenizer.tokens().size());
    for (const PythonToken& t : tokenizer.tokens()) {
        if (t.kind != Kind::Comment && t.kind != Kind::Nl)
            significant.push_back(t);
    }
    StatementParser parser(significant, module);
    parser.parseModule();
    if (parser.expressions().failed()) {
        module.m_errorLine = parser.expressions().errorLine();
        module.m_errorColumn = parser.expressions().errorColumn();
        module.m_errorMessage = parser.expressions().errorMessage();
        module.m_assignments.clear();
        module.m_classes.clear();
        return module;
    }
    module.countBindings(significant);
    return module;
}

// Conservative on purpose: anything that might rebind a name (a keyword argument of the same
// name included) counts, so that constant() never hands out a value that could have changed.
void PythonModule::countBindings(const std::vector<PythonToken>& tokens)
{
    QSet<QString> targets;
    for (const PythonAssignment& assignment : m_assignments)
        targets.insert(assignment.target);

    size_t start = 0;
    while (start < tokens.size()) {
        size_t end = start;
        int depth = 0;
        size_t lastEquals = start;
        bool hasEquals = false;
        for (; end < tokens.size(); ++end) {
            const PythonToken& t = tokens[end];
            if (t.kind == Kind::Newline || t.kind == Kind::Indent || t.kind == Kind::Dedent ||
                t.kind == Kind::EndMarker || (depth == 0 && t.isOp(QLatin1String(";"))))
                break;
            if (t.isOpeningBracket())
                ++depth;
            else if (t.isClosingBracket())
                --depth;
            else if (depth == 0 && t.isOp(QLatin1String("="))) {
                lastEquals = end;
                hasEquals = true;
            }
        }
        const bool importing = start < end && isNameIn(tokens[start], {"import", "from"});
        bool forTarget = false;
        for (size_t k = start; k < end; ++k) {
            const PythonToken& t = tokens[k];
            if (t.isName(QLatin1String("for")))
                forTarget = true;
            else if (t.isName(QLatin1String("in")))
                forTarget = false;
            if (t.kind != Kind::Name || !targets.contains(t.text))
                continue;
            const PythonToken* next = k + 1 < tokens.size() ? &tokens[k + 1] : nullptr;
            if (next && (next->isOp(QLatin1String(".")) || next->isOp(QLatin1String("["))))
                m_touched.insert(t.text);
            const bool assignedNext =
                next && next->kind == Kind::Op && next->text.endsWith(QLatin1Char('=')) &&
                next->text != QLatin1String("==") && next->text != QLatin1String("<=") &&
                next->text != QLatin1String(">=") && next->text != QLatin1String("!=");
            const bool declaredBefore =
                k > 0 && isNameIn(tokens[k - 1], {"as", "def", "class", "import", "global",
                                                  "nonlocal", "for", "del"});
            if (importing || assignedNext || declaredBefore || (hasEquals && k < lastEquals) ||
                forTarget)
                ++m_bindings[t.text];
        }
        start = end + 1;
    }
}

const PythonValue* PythonModule::constant(const QString& name, int line) const
{
    const PythonAssignment* found = nullptr;
    for (const PythonAssignment& assignment : m_assignments) {
        if (assignment.target != name)
            continue;
        if (found)
            return nullptr;
        found = &assignment;
    }
    if (!found || found->line >= line || m_bindings.value(name) != 1 || !isLiteral(found->value))
        return nullptr;
    if (m_touched.contains(name) && isMutable(found->value))
        return nullptr;
    return &found->value;
}

} // namespace migdesk::core
