// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/secretredactor.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace migdesk::core {

namespace {

constexpr auto kMask = "[redacted]";

constexpr auto kOptions =
    QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption;

// The words that make a key, an option or a header a secret's. "signature" and "credential"
// cover signed URLs (AWS X-Amz-Signature, X-Amz-Credential, Google X-Goog-Signature).
#define MIGDESK_SECRET_WORD                                                                        \
    "(?:password|passwd|secret|token|api[_-]?key|access[_-]?key|credential|signature)"

QRegularExpression pattern(const char* expression)
{
    return QRegularExpression(QString::fromLatin1(expression), kOptions);
}

struct Rule
{
    QRegularExpression pattern;
    QString replacement; // \1 keeps what names the secret
};

const std::vector<Rule>& rules()
{
    static const std::vector<Rule> all = [] {
        std::vector<Rule> r;
        const QString masked = QString::fromLatin1(kMask);
        // SQL: PASSWORD 'literal', E'literal' (backslash escapes), $tag$literal$tag$. A literal
        // cut off (a truncated log line) is masked to the end.
        r.push_back({pattern(R"re((\bpassword\s+)(?:E?'(?:[^'\\]|\\.|'')*(?:'|$)|)re"
                             R"re(\$((?:[A-Za-z_]\w*)?)\$.*?(?:\$\2\$|$)))re"),
                     QStringLiteral("\\1'") + masked + QLatin1Char('\'')});
        // HTTP credentials in a header: the scheme (Bearer, Basic, ...) stays readable.
        r.push_back({pattern(R"re(\b((?:proxy-)?authorization\s*:\s*(?:(?:bearer|basic|digest|)re"
                             R"re(token|negotiate)\s+)?|(?:x-api-key|x-auth-token|private-token|)re"
                             R"re(x-amz-security-token|cookie)\s*:\s*)[^\s'"]+)re"),
                     QStringLiteral("\\1") + masked});
        r.push_back({pattern(R"re(\b(bearer\s+)[A-Za-z0-9._~+/=-]{6,})re"),
                     QStringLiteral("\\1") + masked});
        // "password": "value" in JSON.
        r.push_back({pattern(R"re(("[\w.-]*)re" MIGDESK_SECRET_WORD
                             R"re([\w.-]*"\s*:\s*)"(?:[^"\\]|\\.)*(?:"|$))re"),
                     QStringLiteral("\\1\"") + masked + QLatin1Char('"')});
        // key=value: conninfo, environment, options, URL query parameters.
        r.push_back(
            {pattern(R"re((?<![\w-])((?:[\w.-]*)re" MIGDESK_SECRET_WORD
                     R"re([\w.-]*|sig|pwd)\s*=\s*))re"
                     R"re((?:'(?:[^'\\]|\\.)*(?:'|$)|"(?:[^"\\]|\\.)*(?:"|$)|[^\s'"&]+))re"),
             QStringLiteral("\\1") + masked});
        // scheme://user:password@host
        r.push_back({pattern(R"re((\b[a-z][a-z0-9+.-]*://[^\s/:@'"]*:)[^\s@/'"]+@)re"),
                     QStringLiteral("\\1") + masked + QLatin1Char('@')});
        return r;
    }();
    return all;
}

// An option whose next argument is the secret itself: --password VALUE, --api-key VALUE.
const QRegularExpression& secretOption()
{
    static const QRegularExpression option =
        pattern(R"re(^--?[\w-]*)re" MIGDESK_SECRET_WORD R"re([\w-]*$)re");
    return option;
}

#undef MIGDESK_SECRET_WORD

QJsonValue redactValue(const QJsonValue& value)
{
    if (value.isString())
        return SecretRedactor::redact(value.toString());
    if (value.isObject())
        return SecretRedactor::redact(value.toObject());
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (auto it = array.begin(); it != array.end(); ++it)
            *it = redactValue(*it);
        return array;
    }
    return value;
}

} // namespace

QString SecretRedactor::mask()
{
    return QString::fromLatin1(kMask);
}

QString SecretRedactor::redact(const QString& text)
{
    QString out = text;
    for (const Rule& rule : rules())
        out.replace(rule.pattern, rule.replacement);
    return out;
}

QJsonObject SecretRedactor::redact(const QJsonObject& object)
{
    QJsonObject out = object;
    for (auto it = out.begin(); it != out.end(); ++it)
        *it = redactValue(*it);
    return out;
}

QStringList SecretRedactor::redactArguments(const QStringList& arguments)
{
    QStringList out;
    out.reserve(arguments.size());
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        out << redact(argument);
        if (i + 1 >= arguments.size())
            continue;
        if (secretOption().match(argument).hasMatch()) {
            out << mask();
            ++i;
        } else if (argument == QLatin1String("-u") || argument == QLatin1String("--user")) {
            // curl's USER:PASSWORD: the user stays readable.
            const QString& credentials = arguments.at(++i);
            const qsizetype colon = credentials.indexOf(QLatin1Char(':'));
            out << (colon < 0 ? credentials : credentials.left(colon + 1) + mask());
        }
    }
    return out;
}

} // namespace migdesk::core
