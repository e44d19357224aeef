// SPDX-License-Identifier: GPL-3.0-or-later
// The static Django reader: Python tokens, migration modules, project scan and the plan Django
// would follow. Expected plan orders were produced by Django 3.2's own MigrationLoader and
// MigrationGraph on the same graphs.
#include "migrations/djangomigrationreader.h"
#include "migrations/djangoproject.h"
#include "migrations/migrationgraph.h"
#include "migrations/pythonmodule.h"
#include "migrations/pythontokenizer.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace migdesk::core;
using namespace Qt::StringLiterals;

namespace {

// What an operation is expected to read as; unset text fields are expected empty.
struct OpRow
{
    QString className{};
    QString qualifiedName{};
    QString modelName{};
    QString name{};
    QString oldName{};
    QString newName{};
    QString fieldClass{};
    int fieldNull = -1; // -1 not written, 0 False, 1 True
    bool fieldHasDefault = false;
    QStringList sql{};
    QStringList reverseSql{};
    bool hasReverse = true;
};

// Python source in raw strings (moc does not read u-prefixed raw strings).
QString py(const char* source)
{
    return QString::fromUtf8(source);
}

QString dump(const std::vector<PythonToken>& tokens)
{
    QStringList out;
    for (const PythonToken& t : tokens) {
        switch (t.kind) {
        case PythonToken::Kind::Name:
            out << u"NAME:"_s + t.text;
            break;
        case PythonToken::Kind::Number:
            out << u"NUMBER:"_s + t.text;
            break;
        case PythonToken::Kind::String:
            out << u"STRING:"_s + t.text;
            break;
        case PythonToken::Kind::Op:
            out << u"OP:"_s + t.text;
            break;
        case PythonToken::Kind::Comment:
            out << u"COMMENT:"_s + t.text;
            break;
        case PythonToken::Kind::Newline:
            out << u"NEWLINE"_s;
            break;
        case PythonToken::Kind::Nl:
            out << u"NL"_s;
            break;
        case PythonToken::Kind::Indent:
            out << u"INDENT"_s;
            break;
        case PythonToken::Kind::Dedent:
            out << u"DEDENT"_s;
            break;
        case PythonToken::Kind::EndMarker:
            break;
        }
    }
    return out.join(QLatin1Char(' '));
}

QStringList dotted(const std::vector<MigrationKey>& keys)
{
    QStringList out;
    for (const MigrationKey& key : keys)
        out << key.first + QLatin1Char('.') + key.second;
    return out;
}

MigrationKey key(const QString& dottedKey)
{
    return {dottedKey.section(QLatin1Char('.'), 0, 0), dottedKey.section(QLatin1Char('.'), 1)};
}

// "app.name <- dep dep ; replaces x y ; before z", the same notation the Django cross-check
// used. "__setting__.AUTH_USER_MODEL" is a swappable dependency.
Migration migrationFromSpec(const QString& spec)
{
    const QStringList parts = spec.split(QLatin1Char(';'));
    const QStringList head = parts.front().split(u"<-"_s);
    Migration m;
    const MigrationKey self = key(head.front().trimmed());
    m.app = self.first;
    m.name = self.second;
    m.file = u"/project/"_s + m.app + u"/migrations/"_s + m.name + u".py"_s;
    if (head.size() > 1) {
        for (const QString& dep : head.at(1).split(QLatin1Char(' '), Qt::SkipEmptyParts))
            m.dependencies.push_back(key(dep));
    }
    for (qsizetype i = 1; i < parts.size(); ++i) {
        QStringList words = parts.at(i).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const QString what = words.takeFirst();
        for (const QString& word : std::as_const(words))
            (what == u"replaces"_s ? m.replaces : m.runBefore).push_back(key(word));
    }
    return m;
}

std::vector<Migration> migrationsFromSpecs(const QStringList& specs)
{
    std::vector<Migration> out;
    for (const QString& spec : specs)
        out.push_back(migrationFromSpec(spec));
    return out;
}

std::set<MigrationKey> keySet(const QStringList& keys)
{
    std::set<MigrationKey> out;
    for (const QString& k : keys)
        out.insert(key(k));
    return out;
}

QString operationModule(const QString& operation)
{
    return py(R"(from django.db import migrations, models
import django.contrib.postgres.operations
from django.contrib.postgres import operations

CREATE_SQL = """
CREATE TABLE t (id int);
"""
TWICE = "SELECT 1"
TWICE = "SELECT 2"


class Migration(migrations.Migration):

    dependencies = [("shop", "0001_initial")]

    operations = [
        )") +
           operation + py(R"(
    ]
)");
}

bool writeFile(const QString& path, const QString& text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    return file.write(text.toUtf8()) == text.toUtf8().size();
}

QString problemsText(const std::vector<SourceProblem>& problems)
{
    QStringList out;
    for (const SourceProblem& p : problems)
        out << p.file + QLatin1Char(':') + QString::number(p.line) + u": "_s + p.message;
    return out.join(QLatin1Char('\n'));
}

} // namespace

Q_DECLARE_METATYPE(OpRow)

class TestDjangoReader : public QObject
{
    Q_OBJECT
private slots:
    void tokenShapes_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("expected");
        QTest::addRow("assignment") << u"x = 1\n"_s << u"NAME:x OP:= NUMBER:1 NEWLINE"_s;
        QTest::addRow("comment containing quotes")
            << u"x = 1  # it's \"quoted\n"_s
            << u"NAME:x OP:= NUMBER:1 COMMENT:# it's \"quoted NEWLINE"_s;
        QTest::addRow("nested brackets across lines")
            << u"f([1,\n  (2, {3: 4})])\n"_s
            << u"NAME:f OP:( OP:[ NUMBER:1 OP:, NL OP:( NUMBER:2 OP:, OP:{ NUMBER:3 OP:: "
               "NUMBER:4 OP:} OP:) OP:] OP:) NEWLINE"_s;
        QTest::addRow("backslash continuation")
            << u"x = 1 + \\\n    2\n"_s << u"NAME:x OP:= NUMBER:1 OP:+ NUMBER:2 NEWLINE"_s;
        QTest::addRow("indentation")
            << u"class A:\n    x = 1\n\n    y = 2\nz = 3\n"_s
            << u"NAME:class NAME:A OP:: NEWLINE INDENT NAME:x OP:= NUMBER:1 NEWLINE NL "
               "NAME:y OP:= NUMBER:2 NEWLINE DEDENT NAME:z OP:= NUMBER:3 NEWLINE"_s;
        QTest::addRow("nested blocks close together")
            << u"if a:\n  if b:\n    c\nd\n"_s
            << u"NAME:if NAME:a OP:: NEWLINE INDENT NAME:if NAME:b OP:: NEWLINE INDENT NAME:c "
               "NEWLINE DEDENT DEDENT NAME:d NEWLINE"_s;
        QTest::addRow("operators longest first")
            << u"a **= b // c -> d ... e != f := g ** h\n"_s
            << u"NAME:a OP:**= NAME:b OP:// NAME:c OP:-> NAME:d OP:... NAME:e OP:!= NAME:f "
               "OP::= NAME:g OP:** NAME:h NEWLINE"_s;
        QTest::addRow("numbers")
            << u"0x1F 1_000 1.5e-3 .5 2j 0o17 0b1 1E5\n"_s
            << u"NUMBER:0x1F NUMBER:1_000 NUMBER:1.5e-3 NUMBER:.5 NUMBER:2j NUMBER:0o17 "
               "NUMBER:0b1 NUMBER:1E5 NEWLINE"_s;
        QTest::addRow("string prefixes are part of the string")
            << u"rb'x' Rb\"y\" BR'z' f'a' u'b' rf'c' br\"\"\"d\"\"\"\n"_s
            << u"STRING:rb'x' STRING:Rb\"y\" STRING:BR'z' STRING:f'a' STRING:u'b' "
               "STRING:rf'c' STRING:br\"\"\"d\"\"\" NEWLINE"_s;
        QTest::addRow("a name that merely looks like a prefix")
            << u"rb = br + fr\n"_s << u"NAME:rb OP:= NAME:br OP:+ NAME:fr NEWLINE"_s;
        QTest::addRow("no newline at the end")
            << u"x = 'a'"_s << u"NAME:x OP:= STRING:'a' NEWLINE"_s;
        QTest::addRow("dotted name")
            << u"migrations.RunSQL.noop\n"_s
            << u"NAME:migrations OP:. NAME:RunSQL OP:. NAME:noop NEWLINE"_s;
        QTest::addRow("comment-only and blank lines")
            << u"# head\n\n   \nx\n"_s << u"COMMENT:# head NL NL NL NAME:x NEWLINE"_s;
        QTest::addRow("CRLF and CR line ends")
            << u"x = 1\r\ny = 2\rz\r\n"_s
            << u"NAME:x OP:= NUMBER:1 NEWLINE NAME:y OP:= NUMBER:2 NEWLINE NAME:z NEWLINE"_s;
        QTest::addRow("triple-quoted string across lines stays one token")
            << u"s = \"\"\"a\n'b'\n\"c\"\"\"\n"_s
            << u"NAME:s OP:= STRING:\"\"\"a\n'b'\n\"c\"\"\" NEWLINE"_s;
        QTest::addRow("non-ASCII name")
            << u"größe = 1\n"_s << u"NAME:größe OP:= NUMBER:1 NEWLINE"_s;
    }

    void tokenShapes()
    {
        QFETCH(QString, source);
        QFETCH(QString, expected);
        PythonTokenizer tokenizer(source);
        QVERIFY2(tokenizer.tokenize(), qPrintable(tokenizer.errorMessage()));
        QCOMPARE(dump(tokenizer.tokens()), expected);
        QCOMPARE(tokenizer.tokens().back().kind, PythonToken::Kind::EndMarker);
    }

    void stringValues_data()
    {
        QTest::addColumn<QString>("literal");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("bytes");
        QTest::addColumn<bool>("exact");
        QTest::addRow("single quotes") << u"'abc'"_s << u"abc"_s << false << true;
        QTest::addRow("double quotes around a single one")
            << u"\"it's\""_s << u"it's"_s << false << true;
        QTest::addRow("escaped quote") << u"'it\\'s'"_s << u"it's"_s << false << true;
        QTest::addRow("triple single quotes with quotes and a line break inside")
            << u"'''a 'b' \"c\"\nd'''"_s << u"a 'b' \"c\"\nd"_s << false << true;
        QTest::addRow("triple double quotes with doubled quotes inside")
            << u"\"\"\"say \"\"hi\"\" now\"\"\""_s << u"say \"\"hi\"\" now"_s << false << true;
        QTest::addRow("triple quotes ending in an escaped quote")
            << u"'''a\\''''"_s << u"a'"_s << false << true;
        QTest::addRow("raw keeps backslashes") << u"r'\\d+\\n'"_s << u"\\d+\\n"_s << false << true;
        QTest::addRow("raw with an escaped quote") << u"R'a\\'b'"_s << u"a\\'b"_s << false << true;
        QTest::addRow("bytes with escapes") << u"b'\\x41\\n'"_s << u"A\n"_s << true << true;
        QTest::addRow("raw bytes") << u"Rb'\\x41'"_s << u"\\x41"_s << true << true;
        QTest::addRow("bytes keep \\u as written")
            << u"b'\\u0041'"_s << u"\\u0041"_s << true << true;
        QTest::addRow("unicode escapes") << u"'\\u00e9\\U0001F600'"_s << u"é😀"_s << false << true;
        QTest::addRow("octal escapes") << u"'\\101\\0'"_s << u"A"_s + QChar(0) << false << true;
        QTest::addRow("simple escapes") << u"'\\t\\a\\\\\\\"'"_s << u"\t\a\\\""_s << false << true;
        QTest::addRow("unknown escape kept") << u"'\\d'"_s << u"\\d"_s << false << true;
        QTest::addRow("escaped line end joins lines")
            << u"'ab\\\ncd'"_s << u"abcd"_s << false << true;
        QTest::addRow("u prefix") << u"U'x'"_s << u"x"_s << false << true;
        QTest::addRow("f-string without fields") << u"f'{{x}}'"_s << u"{x}"_s << false << true;
        QTest::addRow("f-string with a field is not a literal")
            << u"F'{x}'"_s << u"{x}"_s << false << false;
        // Python 3.12 (PEP 701): a replacement field holds any string, its own quotes too.
        QTest::addRow("f-string reusing its quotes inside a field")
            << u"f\"{d[\"key\"]}\""_s << u"{d[\"key\"]}"_s << false << false;
        QTest::addRow("f-string with a brace inside a nested string")
            << u"f'{\"}\"}'"_s << u"{\"}\"}"_s << false << false;
        QTest::addRow("f-string nested in an f-string with the same quotes")
            << u"f'{f'{x}'}'"_s << u"{f'{x}'}"_s << false << false;
        QTest::addRow("f-string format spec with a quote as fill and a nested field")
            << u"f\"{x:'>{width}}\""_s << u"{x:'>{width}}"_s << false << false;
        QTest::addRow("f-string with a dict literal in a field")
            << u"f'{ {\"a\": 1}[\"a\"] }'"_s << u"{ {\"a\": 1}[\"a\"] }"_s << false << false;
        QTest::addRow("named character escape is not decoded")
            << u"'\\N{BULLET}'"_s << u"\\N{BULLET}"_s << false << false;
    }

    void stringValues()
    {
        QFETCH(QString, literal);
        QFETCH(QString, value);
        QFETCH(bool, bytes);
        QFETCH(bool, exact);
        PythonTokenizer tokenizer(literal + u"\n"_s);
        QVERIFY2(tokenizer.tokenize(), qPrintable(tokenizer.errorMessage()));
        QCOMPARE(tokenizer.tokens().size(), size_t(3)); // STRING NEWLINE ENDMARKER
        const PythonToken& token = tokenizer.tokens().front();
        QCOMPARE(token.kind, PythonToken::Kind::String);
        QCOMPARE(token.text, literal);
        QCOMPARE(token.bytes, bytes);
        QCOMPARE(token.exact, exact);
        if (exact)
            QCOMPARE(token.value, value);
    }

    void tokenPositions()
    {
        PythonTokenizer valid(u"x = (\n  'a'\n)\ny = '''1\n2\n3'''\n"_s);
        QVERIFY(valid.tokenize());
        const auto& tokens = valid.tokens();
        const auto string = std::find_if(tokens.begin(), tokens.end(), [](const PythonToken& t) {
            return t.kind == PythonToken::Kind::String;
        });
        QCOMPARE(string->line, 2);
        QCOMPARE(string->column, 3);
        const auto triple = std::find_if(tokens.begin(), tokens.end(), [](const PythonToken& t) {
            return t.kind == PythonToken::Kind::String && t.text.startsWith(u"'''"_s);
        });
        QCOMPARE(triple->line, 4);
        QCOMPARE(triple->column, 5);
        QCOMPARE(triple->endLine, 6);
        QCOMPARE(tokens.back().kind, PythonToken::Kind::EndMarker);
    }

    // Differential: the tokenizer against Python's own `tokenize` module on every Python file
    // of the tests and the demo project: the same tokens, of the same kinds, with the same
    // text, start and end line, and column.
    void tokensMatchPythonsTokenizer_data()
    {
        QTest::addColumn<QString>("file");
        const QString root = QStringLiteral(MIGDESK_SOURCE_DIR);
        for (const QString& folder :
             {QStringLiteral("/tests/data"), QStringLiteral("/resources/demo")}) {
            QDirIterator files(root + folder, {QStringLiteral("*.py")}, QDir::Files,
                               QDirIterator::Subdirectories);
            while (files.hasNext()) {
                const QString file = files.next();
                QTest::addRow("%s", qPrintable(file.mid(root.size() + 1))) << file;
            }
        }
    }

    void tokensMatchPythonsTokenizer()
    {
        QFETCH(QString, file);
        // [kind, text, start line, start column (code points, from 0), end line] per token.
        static const QString program = QStringLiteral(
            "import json, sys, tokenize\n"
            "with open(sys.argv[1], 'rb') as f:\n"
            "    tokens = [[tokenize.tok_name[t.type], t.string, t.start[0], t.start[1], "
            "t.end[0]]\n"
            "              for t in tokenize.tokenize(f.readline) if t.type != tokenize.ENCODING]\n"
            "print(json.dumps(tokens))\n");
        QProcess python;
        python.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), program, file});
        QVERIFY(python.waitForFinished(30'000));
        QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
        const QJsonArray theirs = QJsonDocument::fromJson(python.readAllStandardOutput()).array();

        QFile source(file);
        QVERIFY(source.open(QIODevice::ReadOnly));
        PythonTokenizer tokenizer(QString::fromUtf8(source.readAll()));
        QVERIFY2(tokenizer.tokenize(), qPrintable(tokenizer.errorMessage()));
        static const std::map<PythonToken::Kind, QString> names{
            {PythonToken::Kind::Name, QStringLiteral("NAME")},
            {PythonToken::Kind::Number, QStringLiteral("NUMBER")},
            {PythonToken::Kind::String, QStringLiteral("STRING")},
            {PythonToken::Kind::Op, QStringLiteral("OP")},
            {PythonToken::Kind::Comment, QStringLiteral("COMMENT")},
            {PythonToken::Kind::Newline, QStringLiteral("NEWLINE")},
            {PythonToken::Kind::Nl, QStringLiteral("NL")},
            {PythonToken::Kind::Indent, QStringLiteral("INDENT")},
            {PythonToken::Kind::Dedent, QStringLiteral("DEDENT")},
            {PythonToken::Kind::EndMarker, QStringLiteral("ENDMARKER")}};
        const std::vector<PythonToken>& ours = tokenizer.tokens();
        const auto described = [](const QString& kind, const QString& text, int line, int column) {
            return QStringLiteral("%1 %2 at %3:%4").arg(kind, text).arg(line).arg(column);
        };
        for (qsizetype i = 0; i < std::max(qsizetype(ours.size()), theirs.size()); ++i) {
            QVERIFY2(i < qsizetype(ours.size()) && i < theirs.size(),
                     qPrintable(QStringLiteral("token %1: one side ends, ours %2, Python's %3")
                                    .arg(i)
                                    .arg(ours.size())
                                    .arg(theirs.size())));
            const QJsonArray t = theirs.at(i).toArray();
            const PythonToken& o = ours.at(std::size_t(i));
            const QString kind = names.at(o.kind);
            // Layout tokens are compared by kind and line; what they hold differs in form only
            // (Python's INDENT text is the indentation, NEWLINE's the line break).
            const bool layout = o.kind >= PythonToken::Kind::Newline;
            const QString mine =
                described(kind, layout ? QString() : o.text, o.line, layout ? 0 : o.column - 1);
            const QString pythons =
                described(t.at(0).toString(), layout ? QString() : t.at(1).toString(),
                          t.at(2).toInt(), layout ? 0 : t.at(3).toInt());
            QVERIFY2(
                mine == pythons,
                qPrintable(
                    QStringLiteral("token %1: ours %2, Python's %3").arg(i).arg(mine, pythons)));
            if (!layout)
                QCOMPARE(o.endLine, t.at(4).toInt());
        }
    }

    void tokenErrors_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("mentions");
        QTest::addRow("unterminated string")
            << u"x = 1\ny = 2\nz = 'abc\nw = 4\n"_s << 3 << u"unterminated string"_s;
        QTest::addRow("unterminated triple-quoted string, reported where it starts")
            << u"a = 1\nb = '''abc\n\nmore\n"_s << 2 << u"triple-quoted"_s;
        QTest::addRow("bracket never closed") << u"x = [1,\n2,\n"_s << 1 << u"never closed"_s;
        QTest::addRow("closing bracket of the wrong kind")
            << u"x = (1,\n 2]\n"_s << 2 << u"does not match"_s;
        QTest::addRow("unmatched closing bracket") << u"x = 1\n)\n"_s << 2 << u"unmatched"_s;
        QTest::addRow("invalid character") << u"x = 1 $ 2\n"_s << 1 << u"'$'"_s;
        QTest::addRow("backslash before text") << u"x = 1 \\ 2\n"_s << 1 << u"continuation"_s;
        QTest::addRow("backslash at the end of the file")
            << u"x = 1 + \\"_s << 1 << u"continuation"_s;
        QTest::addRow("dedent to no known level")
            << u"if x:\n        a\n    b\n"_s << 3 << u"unindent"_s;
        QTest::addRow("truncated hex escape") << u"x = 1\nx = '\\x4'\n"_s << 2 << u"\\x"_s;
        QTest::addRow("non-ASCII in bytes") << u"x = b'é'\n"_s << 1 << u"bytes"_s;
        QTest::addRow("f-string field never closed") << u"x = f'{a['\n"_s << 1 << u"unterminated"_s;
        QTest::addRow("one bracket past Python's limit")
            << u"x = "_s + QString(int(PythonTokenizer::kMaxNesting) + 1, u'[') +
                   QString(int(PythonTokenizer::kMaxNesting) + 1, u']') + u"\n"_s
            << 1 << u"too many nested parentheses"_s;
    }

    void tokenErrors()
    {
        QFETCH(QString, source);
        QFETCH(int, line);
        QFETCH(QString, mentions);
        PythonTokenizer tokenizer(source);
        QVERIFY(!tokenizer.tokenize());
        QVERIFY(tokenizer.failed());
        QCOMPARE(tokenizer.errorLine(), line);
        const QString message = tokenizer.errorMessage();
        QVERIFY2(message.contains(mentions), qPrintable(message));
    }

    void operations_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<OpRow>("expected");
        QTest::addRow("AddField with keywords")
            << u"migrations.AddField(model_name='order', name='note', "
               "field=models.TextField(null=True))"_s
            << OpRow{.className = u"AddField"_s,
                     .qualifiedName = u"migrations.AddField"_s,
                     .modelName = u"order"_s,
                     .name = u"note"_s,
                     .fieldClass = u"models.TextField"_s,
                     .fieldNull = 1};
        QTest::addRow("AddField positional, bare name")
            << u"AddField('order', 'total', models.DecimalField(default=0, max_digits=9))"_s
            << OpRow{.className = u"AddField"_s,
                     .qualifiedName = u"AddField"_s,
                     .modelName = u"order"_s,
                     .name = u"total"_s,
                     .fieldClass = u"models.DecimalField"_s,
                     .fieldHasDefault = true};
        QTest::addRow("AlterField NOT NULL with default")
            << u"migrations.AlterField(\n    model_name=\"invoice\",\n    name=\"status\",\n"
               "    field=models.CharField(max_length=24, null=False, default='open'),\n)"_s
            << OpRow{.className = u"AlterField"_s,
                     .qualifiedName = u"migrations.AlterField"_s,
                     .modelName = u"invoice"_s,
                     .name = u"status"_s,
                     .fieldClass = u"models.CharField"_s,
                     .fieldNull = 0,
                     .fieldHasDefault = true};
        QTest::addRow("AlterField with a field that is not a call")
            << u"migrations.AlterField('a', 'b', FIELD)"_s
            << OpRow{.className = u"AlterField"_s,
                     .qualifiedName = u"migrations.AlterField"_s,
                     .modelName = u"a"_s,
                     .name = u"b"_s};
        QTest::addRow("RemoveField positional")
            << u"migrations.RemoveField('ledgerentry', 'legacy_batch_code')"_s
            << OpRow{.className = u"RemoveField"_s,
                     .qualifiedName = u"migrations.RemoveField"_s,
                     .modelName = u"ledgerentry"_s,
                     .name = u"legacy_batch_code"_s};
        QTest::addRow("RenameField positional")
            << u"migrations.RenameField('account', 'branch_code', 'sort_code')"_s
            << OpRow{.className = u"RenameField"_s,
                     .qualifiedName = u"migrations.RenameField"_s,
                     .modelName = u"account"_s,
                     .oldName = u"branch_code"_s,
                     .newName = u"sort_code"_s};
        QTest::addRow("CreateModel names the model")
            << u"migrations.CreateModel(name='Receipt', fields=[('id', "
               "models.AutoField(primary_key=True))], options={'ordering': ['-id']})"_s
            << OpRow{.className = u"CreateModel"_s,
                     .qualifiedName = u"migrations.CreateModel"_s,
                     .modelName = u"Receipt"_s};
        QTest::addRow("DeleteModel positional")
            << u"migrations.DeleteModel('Legacy')"_s
            << OpRow{.className = u"DeleteModel"_s,
                     .qualifiedName = u"migrations.DeleteModel"_s,
                     .modelName = u"Legacy"_s};
        QTest::addRow("RenameModel")
            << u"migrations.RenameModel(old_name='Bill', new_name='Invoice')"_s
            << OpRow{.className = u"RenameModel"_s,
                     .qualifiedName = u"migrations.RenameModel"_s,
                     .modelName = u"Bill"_s,
                     .oldName = u"Bill"_s,
                     .newName = u"Invoice"_s};
        QTest::addRow("AddIndex takes the index's name")
            << u"migrations.AddIndex(model_name='invoice', index=models.Index(fields=['status'], "
               "name='billing_inv_status_idx'))"_s
            << OpRow{.className = u"AddIndex"_s,
                     .qualifiedName = u"migrations.AddIndex"_s,
                     .modelName = u"invoice"_s,
                     .name = u"billing_inv_status_idx"_s};
        QTest::addRow("RemoveIndex positional")
            << u"migrations.RemoveIndex('invoice', 'billing_old_idx')"_s
            << OpRow{.className = u"RemoveIndex"_s,
                     .qualifiedName = u"migrations.RemoveIndex"_s,
                     .modelName = u"invoice"_s,
                     .name = u"billing_old_idx"_s};
        QTest::addRow("AddConstraint takes the constraint's name")
            << u"migrations.AddConstraint(model_name='payment', constraint=models.CheckConstraint("
               "check=models.Q(('amount__gt', 0)), name='amount_positive'))"_s
            << OpRow{.className = u"AddConstraint"_s,
                     .qualifiedName = u"migrations.AddConstraint"_s,
                     .modelName = u"payment"_s,
                     .name = u"amount_positive"_s};
        QTest::addRow("postgres operation, fully qualified")
            << u"django.contrib.postgres.operations.AddIndexConcurrently('payment', "
               "models.Index(fields=['method'], name='pay_method_idx'))"_s
            << OpRow{.className = u"AddIndexConcurrently"_s,
                     .qualifiedName = u"django.contrib.postgres.operations.AddIndexConcurrently"_s,
                     .modelName = u"payment"_s,
                     .name = u"pay_method_idx"_s};
        QTest::addRow("postgres operation through the operations module")
            << u"operations.RemoveIndexConcurrently(model_name='payment', name='pay_old_idx')"_s
            << OpRow{.className = u"RemoveIndexConcurrently"_s,
                     .qualifiedName = u"operations.RemoveIndexConcurrently"_s,
                     .modelName = u"payment"_s,
                     .name = u"pay_old_idx"_s};
        QTest::addRow("postgres extension")
            << u"operations.CreateExtension('pg_trgm')"_s
            << OpRow{.className = u"CreateExtension"_s,
                     .qualifiedName = u"operations.CreateExtension"_s,
                     .name = u"pg_trgm"_s};
        QTest::addRow("RunSQL with a literal and a reverse")
            << u"migrations.RunSQL('CREATE INDEX i ON t (c);', 'DROP INDEX i;')"_s
            << OpRow{.className = u"RunSQL"_s,
                     .qualifiedName = u"migrations.RunSQL"_s,
                     .sql = {u"CREATE INDEX i ON t (c);"_s},
                     .reverseSql = {u"DROP INDEX i;"_s}};
        QTest::addRow("RunSQL with implicitly concatenated literals")
            << u"migrations.RunSQL(\n    sql='CREATE INDEX CONCURRENTLY i '\n"
               "    \"ON t (c);\",\n    reverse_sql=migrations.RunSQL.noop,\n)"_s
            << OpRow{.className = u"RunSQL"_s,
                     .qualifiedName = u"migrations.RunSQL"_s,
                     .sql = {u"CREATE INDEX CONCURRENTLY i ON t (c);"_s}};
        QTest::addRow("RunSQL with a list, a params pair and a tuple")
            << u"migrations.RunSQL(['UPDATE t SET a = 1;', ('UPDATE t SET b = %s;', [2])], "
               "reverse_sql=('UPDATE t SET a = 0;',))"_s
            << OpRow{.className = u"RunSQL"_s,
                     .qualifiedName = u"migrations.RunSQL"_s,
                     .sql = {u"UPDATE t SET a = 1;"_s, u"UPDATE t SET b = %s;"_s},
                     .reverseSql = {u"UPDATE t SET a = 0;"_s}};
        QTest::addRow("RunSQL with SQL built at run time")
            << u"migrations.RunSQL(build_sql('t'), reverse_sql='SELECT ' + '1')"_s
            << OpRow{.className = u"RunSQL"_s, .qualifiedName = u"migrations.RunSQL"_s};
        QTest::addRow("RunSQL with a list that is partly not literal")
            << u"migrations.RunSQL(['SELECT 1;', OTHER])"_s
            << OpRow{.className = u"RunSQL"_s,
                     .qualifiedName = u"migrations.RunSQL"_s,
                     .hasReverse = false};
        QTest::addRow("RunSQL with an f-string")
            << u"migrations.RunSQL(f'DROP TABLE {name}', reverse_sql=None)"_s
            << OpRow{.className = u"RunSQL"_s,
                     .qualifiedName = u"migrations.RunSQL"_s,
                     .hasReverse = false};
        QTest::addRow("RunSQL without a reverse") << u"migrations.RunSQL(sql=\"DELETE FROM t;\")"_s
                                                  << OpRow{.className = u"RunSQL"_s,
                                                           .qualifiedName = u"migrations.RunSQL"_s,
                                                           .sql = {u"DELETE FROM t;"_s},
                                                           .hasReverse = false};
        QTest::addRow("RunSQL with a module constant bound once")
            << u"migrations.RunSQL(CREATE_SQL, reverse_sql=migrations.RunSQL.noop)"_s
            << OpRow{.className = u"RunSQL"_s,
                     .qualifiedName = u"migrations.RunSQL"_s,
                     .sql = {u"\nCREATE TABLE t (id int);\n"_s}};
        QTest::addRow("RunSQL with a module name bound twice")
            << u"migrations.RunSQL(TWICE)"_s
            << OpRow{.className = u"RunSQL"_s,
                     .qualifiedName = u"migrations.RunSQL"_s,
                     .hasReverse = false};
        QTest::addRow("RunPython without a reverse")
            << u"migrations.RunPython(forwards)"_s
            << OpRow{.className = u"RunPython"_s,
                     .qualifiedName = u"migrations.RunPython"_s,
                     .hasReverse = false};
        QTest::addRow("RunPython with a positional reverse")
            << u"migrations.RunPython(forwards, backwards)"_s
            << OpRow{.className = u"RunPython"_s, .qualifiedName = u"migrations.RunPython"_s};
        QTest::addRow("RunPython with noop as reverse")
            << u"migrations.RunPython(forwards, reverse_code=migrations.RunPython.noop)"_s
            << OpRow{.className = u"RunPython"_s, .qualifiedName = u"migrations.RunPython"_s};
        QTest::addRow("RunPython with reverse_code=None")
            << u"migrations.RunPython(code=forwards, reverse_code=None, elidable=True)"_s
            << OpRow{.className = u"RunPython"_s,
                     .qualifiedName = u"migrations.RunPython"_s,
                     .hasReverse = false};
        QTest::addRow("RunPython with a lambda")
            << u"migrations.RunPython(lambda apps, schema_editor: None, elidable=True)"_s
            << OpRow{.className = u"RunPython"_s,
                     .qualifiedName = u"migrations.RunPython"_s,
                     .hasReverse = false};
        QTest::addRow("an operation migdesk has no signature for")
            << u"myapp.ops.Backfill('orders', batch=1000)"_s
            << OpRow{.className = u"Backfill"_s, .qualifiedName = u"myapp.ops.Backfill"_s};
    }

    void operations()
    {
        QFETCH(QString, operation);
        QFETCH(OpRow, expected);
        std::vector<SourceProblem> warnings;
        const auto outcome = DjangoMigrationReader::parse(
            operationModule(operation), u"/p/shop/migrations/0002_x.py"_s, u"shop"_s, &warnings);
        const auto* problem = std::get_if<SourceProblem>(&outcome);
        QVERIFY2(!problem, problem ? qPrintable(problem->message) : "");
        const Migration& m = std::get<Migration>(outcome);
        QVERIFY2(warnings.empty(), qPrintable(problemsText(warnings)));
        QCOMPARE(m.name, u"0002_x"_s);
        QCOMPARE(m.operations.size(), size_t(1));
        const MigrationOperation& op = m.operations.front();
        QCOMPARE(op.className, expected.className);
        QCOMPARE(op.qualifiedName, expected.qualifiedName);
        QCOMPARE(op.modelName, expected.modelName);
        QCOMPARE(op.name, expected.name);
        QCOMPARE(op.oldName, expected.oldName);
        QCOMPARE(op.newName, expected.newName);
        QCOMPARE(op.fieldClass, expected.fieldClass);
        QCOMPARE(op.fieldNull.has_value(), expected.fieldNull >= 0);
        if (op.fieldNull)
            QCOMPARE(*op.fieldNull, expected.fieldNull == 1);
        QCOMPARE(op.fieldHasDefault, expected.fieldHasDefault);
        QCOMPARE(op.sql, expected.sql);
        QCOMPARE(op.reverseSql, expected.reverseSql);
        QCOMPARE(op.hasReverse, expected.hasReverse);
        QCOMPARE(op.line, 17);
    }

    void migrationAttributes_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QStringList>("dependencies");
        QTest::addColumn<QStringList>("replaces");
        QTest::addColumn<QStringList>("runBefore");
        QTest::addColumn<bool>("initial");
        QTest::addColumn<bool>("atomic");
        QTest::addColumn<int>("operations");
        QTest::addRow("as makemigrations writes it")
            << py(R"(# Generated by Django 3.2.25 on 2025-05-09 16:21

from django.db import migrations, models


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('core', '0001_initial'),
        ("accounts", "0001_initial"),
    ]

    operations = [
        migrations.CreateModel(
            name='Bank',
            fields=[
                ('id', models.AutoField(auto_created=True, primary_key=True)),
            ],
        ),
    ]
)") << QStringList{u"core.0001_initial"_s, u"accounts.0001_initial"_s}
            << QStringList{} << QStringList{} << true << true << 1;
        QTest::addRow("swappable dependency and __first__")
            << py(R"(from django.conf import settings
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
        ("contenttypes", "__first__"),
        swappable_dependency("accounts.User"),
    ]
    operations = []
)")
            << QStringList{u"__setting__.AUTH_USER_MODEL"_s, u"contenttypes.__first__"_s,
                           u"accounts.__first__"_s}
            << QStringList{} << QStringList{} << false << true << 0;
        QTest::addRow("squashed, with run_before and atomic False")
            << py(R"(from django.db import migrations


class Migration(migrations.Migration):
    """A "docstring" with 'quotes' [and brackets]."""

    replaces = [('shop', '0001_initial'), ('shop', '0002_more'),]
    run_before = (('billing', '0001_initial'),)
    atomic = False
    initial = False  # it's not

    dependencies = []

    def helper(self):
        return [1, 2]

    operations = [
        migrations.RunSQL("SELECT 1"),  # one
        migrations.RunSQL("SELECT 2"),
    ]
)") << QStringList{}
            << QStringList{u"shop.0001_initial"_s, u"shop.0002_more"_s}
            << QStringList{u"billing.0001_initial"_s} << false << false << 2;
        QTest::addRow("any base whose name ends in Migration")
            << py(R"(from myproject.base import BaseMigration

class Helper:
    dependencies = [('x', 'y')]

class Migration(BaseMigration):
    dependencies = [('shop', '0003_a')]
    operations = [AddField('a', 'b', models.IntegerField())]
)") << QStringList{u"shop.0003_a"_s}
            << QStringList{} << QStringList{} << false << true << 1;
        QTest::addRow("a one-line class and tab indentation")
            << u"from django.db import migrations\nif True:\n\tX = 1\nclass Migration("
               "migrations.Migration): dependencies = [('a', 'b')]; operations = []\n"_s
            << QStringList{u"a.b"_s} << QStringList{} << QStringList{} << false << true << 0;
        QTest::addRow("dependencies through a module constant")
            << u"from django.db import migrations\nDEPS = [('a', '0001')]\n\nclass Migration("
               "migrations.Migration):\n    dependencies = DEPS\n    operations = []\n"_s
            << QStringList{u"a.0001"_s} << QStringList{} << QStringList{} << false << true << 0;
    }

    void migrationAttributes()
    {
        QFETCH(QString, source);
        QFETCH(QStringList, dependencies);
        QFETCH(QStringList, replaces);
        QFETCH(QStringList, runBefore);
        QFETCH(bool, initial);
        QFETCH(bool, atomic);
        QFETCH(int, operations);
        std::vector<SourceProblem> warnings;
        const QString path = u"/p/shop/migrations/0004_y.py"_s;
        const auto outcome = DjangoMigrationReader::parse(source, path, u"shop"_s, &warnings);
        const auto* problem = std::get_if<SourceProblem>(&outcome);
        QVERIFY2(!problem, problem ? qPrintable(problem->message) : "");
        QVERIFY2(warnings.empty(), qPrintable(problemsText(warnings)));
        const Migration& m = std::get<Migration>(outcome);
        QCOMPARE(m.app, u"shop"_s);
        QCOMPARE(m.name, u"0004_y"_s);
        QCOMPARE(dotted(m.dependencies), dependencies);
        QCOMPARE(dotted(m.replaces), replaces);
        QCOMPARE(dotted(m.runBefore), runBefore);
        QCOMPARE(m.initial, initial);
        QCOMPARE(m.atomic, atomic);
        QCOMPARE(int(m.operations.size()), operations);
    }

    void unreadableModules_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("mentions");
        const QString head = u"from django.db import migrations\n\n\n"
                             "class Migration(migrations.Migration):\n"_s;
        QTest::addRow("unterminated string")
            << head + u"    dependencies = [('a', '0001)]\n    operations = []\n"_s << 5
            << u"unterminated string"_s;
        QTest::addRow("bracket never closed")
            << head + u"    operations = [\n        migrations.RunSQL('x'),\n"_s << 5
            << u"never closed"_s;
        QTest::addRow("empty argument")
            << head + u"    operations = [\n        migrations.AddField('a',, 'b'),\n]\n"_s << 6
            << u"invalid syntax"_s;
        // A hostile file: read as is, this depth would overflow the parser's stack.
        QTest::addRow("brackets nested 100,000 deep")
            << head + u"    operations = [\n"_s + QString(100'000, u'(') + QString(100'000, u')') +
                   u"\n]\n"_s
            << 6 << u"too many nested parentheses"_s;
        QTest::addRow("keyword repeated")
            << head + u"    operations = [migrations.RemoveField(name='a', name='b')]\n"_s << 5
            << u"repeated"_s;
        QTest::addRow("positional after keyword")
            << head + u"    operations = [migrations.RemoveField(model_name='a', 'b')]\n"_s << 5
            << u"positional"_s;
        QTest::addRow("unexpected indent")
            << head + u"    operations = []\n        atomic = False\n"_s << 6
            << u"unexpected indent"_s;
        QTest::addRow("class body missing") << head + u"\nx = 1\n"_s << 6 << u"indented block"_s;
        QTest::addRow("colon missing")
            << u"from django.db import migrations\nclass Migration(migrations.Migration)\n"
               "    operations = []\n"_s
            << 2 << u"':'"_s;
        QTest::addRow("no Migration class")
            << u"from django.db import migrations\n\nclass Other(migrations.Migration):\n"
               "    operations = []\n"_s
            << 1 << u"no Migration class"_s;
    }

    void unreadableModules()
    {
        QFETCH(QString, source);
        QFETCH(int, line);
        QFETCH(QString, mentions);
        const auto outcome =
            DjangoMigrationReader::parse(source, u"/p/a/migrations/0002_b.py"_s, u"a"_s);
        const auto* problem = std::get_if<SourceProblem>(&outcome);
        QVERIFY(problem);
        QCOMPARE(problem->file, u"/p/a/migrations/0002_b.py"_s);
        QCOMPARE(problem->line, line);
        QVERIFY2(problem->message.contains(mentions), qPrintable(problem->message));
        QVERIFY(problem->message.endsWith(QLatin1Char('.')));
    }

    // As deep as Python allows is still read, value and all.
    void deepestNestingPythonAllowsIsRead()
    {
        const int depth = int(PythonTokenizer::kMaxNesting) - 1; // the list holds one more
        const QString source = u"from django.db import migrations\n\n\n"
                               "class Migration(migrations.Migration):\n"
                               "    dependencies = [('a', '0001')]\n"
                               "    operations = [migrations.RunSQL("_s +
                               QString(depth - 1, u'(') + u"'SELECT 1'"_s +
                               QString(depth - 1, u')') + u")]\n"_s;
        const auto outcome =
            DjangoMigrationReader::parse(source, u"/p/a/migrations/0002_b.py"_s, u"a"_s);
        const auto* problem = std::get_if<SourceProblem>(&outcome);
        QVERIFY2(!problem, problem ? qPrintable(problem->message) : "");
    }

    void valuesThatAreNotLiteralsAreReportedNotGuessed()
    {
        const QString source = py(R"(from django.db import migrations

class Migration(migrations.Migration):
    dependencies = [
        ('a', '0001'),
        previous_migration(),
    ]
    atomic = settings.ATOMIC
    operations = [
        migrations.RunSQL('SELECT 1'),
        *EXTRA_OPERATIONS,
        ops[0],
    ]
)");
        std::vector<SourceProblem> warnings;
        const QString path = u"/p/a/migrations/0002_b.py"_s;
        const auto outcome = DjangoMigrationReader::parse(source, path, u"a"_s, &warnings);
        QVERIFY(std::holds_alternative<Migration>(outcome));
        const Migration& m = std::get<Migration>(outcome);
        QCOMPARE(dotted(m.dependencies), QStringList{u"a.0001"_s});
        QVERIFY(m.atomic);
        QCOMPARE(m.operations.size(), size_t(1));
        QCOMPARE(warnings.size(), size_t(4));
        QCOMPARE(warnings[0].line, 6);
        QCOMPARE(warnings[1].line, 8);
        QCOMPARE(warnings[2].line, 12);
        QCOMPARE(warnings[3].line, 9);
        for (const SourceProblem& warning : warnings)
            QCOMPARE(warning.file, u"/p/a/migrations/0002_b.py"_s);
    }

    void migrationSqlWhenEverythingIsRunSql()
    {
        const QString source = py(R"(from django.db import migrations

SQL = """
UPDATE t SET a = 1;
"""

class Migration(migrations.Migration):
    operations = [migrations.RunSQL(SQL), migrations.RunSQL(["SELECT 2;"])]
)");
        const auto outcome = DjangoMigrationReader::parse(source, u"/p/a/0002.py"_s, u"a"_s);
        const Migration& m = std::get<Migration>(outcome);
        QCOMPARE(m.sql, u"\nUPDATE t SET a = 1;\n\nSELECT 2;"_s);
        QCOMPARE(m.sqlFirstLine, 3);

        const auto mixed = DjangoMigrationReader::parse(
            operationModule(u"migrations.RunSQL('SELECT 1'), migrations.RemoveField('a', 'b')"_s),
            u"/p/a/0003.py"_s, u"a"_s);
        QVERIFY(std::get<Migration>(mixed).sql.isEmpty());
    }

    void moduleConstants_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("value"); // null: not resolved
        const QString use = u"\n\nclass Migration:\n    x = SQL\n"_s;
        QTest::addRow("bound once") << u"SQL = 'a' 'b'"_s + use << u"ab"_s;
        QTest::addRow("a string used through a method")
            << u"SQL = 'a'\nY = SQL.strip()"_s + use << u"a"_s;
        QTest::addRow("bound twice") << u"SQL = 'a'\nSQL = 'b'"_s + use << QString();
        QTest::addRow("augmented") << u"SQL = 'a'\nSQL += 'b'"_s + use << QString();
        QTest::addRow("rebound through global")
            << u"SQL = 'a'\ndef f():\n    global SQL\n    SQL = 'b'"_s + use << QString();
        QTest::addRow("for loop target")
            << u"SQL = 'a'\nfor SQL in []:\n    pass"_s + use << QString();
        QTest::addRow("tuple target") << u"SQL = 'a'\nX, SQL = 1, 2"_s + use << QString();
        QTest::addRow("imported as") << u"SQL = 'a'\nimport os as SQL"_s + use << QString();
        QTest::addRow("bound only inside a block")
            << u"if True:\n    SQL = 'a'"_s + use << QString();
        QTest::addRow("bound below its use") << u"X = 1"_s + use + u"SQL = 'a'\n"_s << QString();
        QTest::addRow("bound to a call") << u"SQL = build()"_s + use << QString();
        QTest::addRow("a list changed in place")
            << u"SQL = ['a']\nSQL.append('b')"_s + use << QString();
        QTest::addRow("a list changed by subscript")
            << u"SQL = ['a']\nSQL[0] = 'b'"_s + use << QString();
    }

    void moduleConstants()
    {
        QFETCH(QString, source);
        QFETCH(QString, value);
        const PythonModule module = PythonModule::parse(source);
        QVERIFY2(!module.failed(), qPrintable(module.errorMessage()));
        QCOMPARE(module.classes().size(), size_t(1));
        const PythonValue* found = module.constant(u"SQL"_s, module.classes().front().line);
        QCOMPARE(found != nullptr, !value.isNull());
        if (found && found->isString())
            QCOMPARE(found->text, value);
    }

    void appLabel_data()
    {
        QTest::addColumn<QString>("appsPy"); // null: no apps.py
        QTest::addColumn<QString>("label");
        QTest::addColumn<int>("problems");
        QTest::addRow("no apps.py: the directory name") << QString() << u"shop"_s << 0;
        QTest::addRow("label given")
            << u"from django.apps import AppConfig\n\nclass ShopConfig(AppConfig):\n"
               "    name = 'apps.shop'\n    label = \"store\"\n"_s
            << u"store"_s << 0;
        QTest::addRow("no label: the directory name")
            << u"from django.apps import AppConfig\nclass ShopConfig(AppConfig):\n"
               "    name = 'apps.shop'\n    verbose_name = 'Shop (\"main\")'\n"_s
            << u"shop"_s << 0;
        QTest::addRow("several configs, the default one wins")
            << u"class A(AppConfig):\n    label = 'first'\n\nclass B(AppConfig):\n"
               "    default = True\n    label = 'chosen'\n"_s
            << u"chosen"_s << 0;
        QTest::addRow("broken apps.py: the directory name and a problem")
            << u"class ShopConfig(AppConfig):\n    label = 'store\n"_s << u"shop"_s << 1;
    }

    void appLabel()
    {
        QFETCH(QString, appsPy);
        QFETCH(QString, label);
        QFETCH(int, problems);
        QTemporaryDir dir;
        const QString app = dir.filePath(u"shop"_s);
        QVERIFY(QDir().mkpath(app));
        if (!appsPy.isNull())
            QVERIFY(writeFile(app + u"/apps.py"_s, appsPy));
        std::vector<SourceProblem> found;
        QCOMPARE(DjangoProject::appLabel(app, &found), label);
        QCOMPARE(int(found.size()), problems);
        if (problems > 0)
            QCOMPARE(found.front().line, 2);
    }

    void projectScan()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        const QString migration = u"from django.db import migrations\n\n"
                                  "class Migration(migrations.Migration):\n"
                                  "    dependencies = %1\n    operations = []\n"_s;
        QVERIFY(writeFile(root + u"/manage.py"_s, u"import sys\n"_s));
        QVERIFY(writeFile(root + u"/shop/__init__.py"_s, QString()));
        QVERIFY(
            writeFile(root + u"/shop/apps.py"_s, u"class C(AppConfig):\n    label = 'store'\n"_s));
        QVERIFY(writeFile(root + u"/shop/migrations/__init__.py"_s, QString()));
        QVERIFY(writeFile(root + u"/shop/migrations/0001_initial.py"_s, migration.arg(u"[]"_s)));
        QVERIFY(writeFile(root + u"/shop/migrations/0002_broken.py"_s,
                          u"from django.db import migrations\n\nclass Migration(migrations."
                          "Migration):\n    operations = [\n        migrations.RunSQL('x),\n"
                          "    ]\n"_s));
        QVERIFY(writeFile(root + u"/shop/migrations/add_user.py"_s,
                          migration.arg(u"[('store', '0001_initial'), migrations."
                                        "swappable_dependency(settings.AUTH_USER_MODEL)]"_s)));
        QVERIFY(writeFile(root + u"/shop/migrations/_helpers.py"_s, u"x = (\n"_s));
        QVERIFY(writeFile(root + u"/shop/migrations/~0003_backup.py"_s, u"x = (\n"_s));
        QVERIFY(writeFile(root + u"/shop/migrations/README.txt"_s, u"notes"_s));
        QVERIFY(writeFile(root + u"/blog/apps.py"_s, u"class C(AppConfig):\n    pass\n"_s));
        QVERIFY(writeFile(root + u"/blog/migrations/0001_initial.py"_s, migration.arg(u"[]"_s)));
        QVERIFY(writeFile(root + u"/conf/settings/base.py"_s,
                          u"AUTH_USER_MODEL = 'store.Customer'\n"_s));
        QVERIFY(writeFile(root + u"/conf/settings/production.py"_s,
                          u"from .base import *\nDEBUG = False\n"_s));
        for (const QString& skipped :
             {u"/.venv/lib/python3.11/site-packages/pkg"_s, u"/env/lib/pkg"_s,
              u"/node_modules/pkg"_s, u"/vendor/site-packages/pkg"_s, u"/shop/__pycache__"_s}) {
            QVERIFY(writeFile(root + skipped + u"/migrations/__init__.py"_s, QString()));
            QVERIFY(writeFile(root + skipped + u"/migrations/0001_initial.py"_s, u"x = (\n"_s));
        }
        QVERIFY(writeFile(root + u"/env/pyvenv.cfg"_s, u"home = /usr/bin\n"_s));

        const DjangoProject::Scan scan = DjangoProject::scan(root);
        QStringList keys;
        for (const Migration& m : scan.migrations)
            keys << m.app + QLatin1Char('.') + m.name;
        QCOMPARE(keys, (QStringList{u"store.0001_initial"_s, u"store.add_user"_s}));
        QCOMPARE(scan.migrations.front().file,
                 QFileInfo(root + u"/shop/migrations/0001_initial.py"_s).absoluteFilePath());
        QCOMPARE(scan.problems.size(), size_t(1));
        QCOMPARE(scan.problems.front().file,
                 QFileInfo(root + u"/shop/migrations/0002_broken.py"_s).absoluteFilePath());
        QCOMPARE(scan.problems.front().line, 5);
        QCOMPARE(scan.apps.size(), size_t(2));
        QCOMPARE(scan.apps[0].label, u"blog"_s);
        QVERIFY(scan.apps[0].migrationsDirectory.isEmpty()); // no __init__.py: not a package
        QCOMPARE(scan.apps[1].label, u"store"_s);
        QCOMPARE(scan.settings.at(u"AUTH_USER_MODEL"_s), u"store.Customer"_s);

        MigrationGraph::Environment environment;
        environment.settings = scan.settings;
        for (const DjangoProject::App& app : scan.apps)
            environment.apps << app.label;
        const MigrationGraph graph(scan.migrations, {}, environment);
        QVERIFY2(graph.problems().empty(), qPrintable(problemsText(graph.problems())));
        QCOMPARE(dotted(graph.pendingPlan()),
                 (QStringList{u"store.0001_initial"_s, u"store.add_user"_s}));
        QVERIFY(graph.externalDependencies().empty());
    }

    void plan_data()
    {
        QTest::addColumn<QStringList>("specs");
        QTest::addColumn<QStringList>("applied");
        QTest::addColumn<QString>("userModel");
        QTest::addColumn<QStringList>("pending");
        QTest::addColumn<QStringList>("full");
        const QString noUserModel;
        QTest::addRow("diamond across apps")
            << QStringList{u"base.0001"_s, u"m_left.0001 <- base.0001"_s,
                           u"z_right.0001 <- base.0001"_s,
                           u"a_merge.0001 <- m_left.0001 z_right.0001"_s}
            << QStringList{} << noUserModel
            << QStringList{u"base.0001"_s, u"z_right.0001"_s, u"m_left.0001"_s, u"a_merge.0001"_s}
            << QStringList{u"base.0001"_s, u"z_right.0001"_s, u"m_left.0001"_s, u"a_merge.0001"_s};
        QTest::addRow("diamond across apps, partly applied")
            << QStringList{u"base.0001"_s, u"base.0002 <- base.0001"_s,
                           u"m_left.0001 <- base.0001"_s, u"z_right.0001 <- base.0002"_s,
                           u"a_merge.0001 <- m_left.0001 z_right.0001"_s}
            << QStringList{u"base.0001"_s, u"m_left.0001"_s} << noUserModel
            << QStringList{u"base.0002"_s, u"z_right.0001"_s, u"a_merge.0001"_s}
            << QStringList{u"base.0001"_s, u"base.0002"_s, u"z_right.0001"_s, u"m_left.0001"_s,
                           u"a_merge.0001"_s};
        QTest::addRow("apps interleaved")
            << QStringList{u"d.0001"_s,           u"c.0001 <- d.0001"_s,
                           u"b.0001 <- d.0001"_s, u"a.0001 <- b.0001 c.0001"_s,
                           u"a.0002 <- a.0001"_s, u"c.0002 <- c.0001 a.0001"_s}
            << QStringList{u"d.0001"_s} << noUserModel
            << QStringList{u"c.0001"_s, u"b.0001"_s, u"a.0001"_s, u"a.0002"_s, u"c.0002"_s}
            << QStringList{u"d.0001"_s, u"c.0001"_s, u"b.0001"_s,
                           u"a.0001"_s, u"a.0002"_s, u"c.0002"_s};
        QTest::addRow("__first__ and __latest__")
            << QStringList{u"a.0001"_s, u"a.0002 <- a.0001"_s, u"b.0001 <- a.__first__"_s,
                           u"c.0001 <- a.__latest__"_s}
            << QStringList{} << noUserModel
            << QStringList{u"a.0001"_s, u"a.0002"_s, u"b.0001"_s, u"c.0001"_s}
            << QStringList{u"a.0001"_s, u"a.0002"_s, u"b.0001"_s, u"c.0001"_s};
        QTest::addRow("run_before")
            << QStringList{u"a.0001"_s, u"a.0002 <- a.0001 ; before b.0001"_s, u"b.0001"_s}
            << QStringList{} << noUserModel << QStringList{u"a.0001"_s, u"a.0002"_s, u"b.0001"_s}
            << QStringList{u"a.0001"_s, u"a.0002"_s, u"b.0001"_s};
        QTest::addRow("merge migration in one app")
            << QStringList{u"a.0001"_s, u"a.0002 <- a.0001"_s,
                           u"a.0003_merge <- a.0002 a.0002_other"_s, u"a.0002_other <- a.0001"_s}
            << QStringList{} << noUserModel
            << QStringList{u"a.0001"_s, u"a.0002_other"_s, u"a.0002"_s, u"a.0003_merge"_s}
            << QStringList{u"a.0001"_s, u"a.0002_other"_s, u"a.0002"_s, u"a.0003_merge"_s};
        const QStringList squash{u"a.0001"_s, u"a.0002 <- a.0001"_s,
                                 u"a.0001_squashed_0002 ; replaces a.0001 a.0002"_s,
                                 u"a.0003 <- a.0002"_s, u"b.0001 <- a.0002"_s};
        QTest::addRow("squashed, none of the replaced applied")
            << squash << QStringList{} << noUserModel
            << QStringList{u"a.0001_squashed_0002"_s, u"a.0003"_s, u"b.0001"_s}
            << QStringList{u"a.0001_squashed_0002"_s, u"a.0003"_s, u"b.0001"_s};
        QTest::addRow("squashed, some of the replaced applied")
            << squash << QStringList{u"a.0001"_s} << noUserModel
            << QStringList{u"a.0002"_s, u"a.0003"_s, u"b.0001"_s}
            << QStringList{u"a.0001"_s, u"a.0002"_s, u"a.0003"_s, u"b.0001"_s};
        QTest::addRow("squashed, all of the replaced applied")
            << squash << QStringList{u"a.0001"_s, u"a.0002"_s} << noUserModel
            << QStringList{u"a.0003"_s, u"b.0001"_s}
            << QStringList{u"a.0001_squashed_0002"_s, u"a.0003"_s, u"b.0001"_s};
        QTest::addRow("squashed, the replaced files deleted")
            << QStringList{u"a.0001_squashed_0002 ; replaces a.0001 a.0002"_s,
                           u"a.0003 <- a.0002"_s, u"b.0001 <- a.0001"_s}
            << QStringList{} << noUserModel
            << QStringList{u"a.0001_squashed_0002"_s, u"a.0003"_s, u"b.0001"_s}
            << QStringList{u"a.0001_squashed_0002"_s, u"a.0003"_s, u"b.0001"_s};
        QTest::addRow("squashed, some applied, a dependency on the squash")
            << QStringList{u"a.0001"_s, u"a.0002 <- a.0001"_s,
                           u"a.0001_squashed_0002 ; replaces a.0001 a.0002"_s,
                           u"b.0001 <- a.0001_squashed_0002"_s}
            << QStringList{u"a.0001"_s} << noUserModel << QStringList{u"a.0002"_s, u"b.0001"_s}
            << QStringList{u"a.0001"_s, u"a.0002"_s, u"b.0001"_s};
        QTest::addRow("swappable user model inside the project")
            << QStringList{u"accounts.0001"_s, u"accounts.0002 <- accounts.0001"_s,
                           u"shop.0001 <- __setting__.AUTH_USER_MODEL"_s}
            << QStringList{} << u"accounts.User"_s
            << QStringList{u"accounts.0001"_s, u"accounts.0002"_s, u"shop.0001"_s}
            << QStringList{u"accounts.0001"_s, u"accounts.0002"_s, u"shop.0001"_s};
        QTest::addRow("apps depending back and forth")
            << QStringList{u"x.0001"_s, u"y.0001 <- x.0001"_s, u"x.0002 <- x.0001 y.0001"_s,
                           u"z.0001 <- y.0001"_s, u"z.0002 <- z.0001 x.0002"_s}
            << QStringList{u"x.0001"_s} << noUserModel
            << QStringList{u"y.0001"_s, u"x.0002"_s, u"z.0001"_s, u"z.0002"_s}
            << QStringList{u"x.0001"_s, u"y.0001"_s, u"x.0002"_s, u"z.0001"_s, u"z.0002"_s};
    }

    void plan()
    {
        QFETCH(QStringList, specs);
        QFETCH(QStringList, applied);
        QFETCH(QString, userModel);
        QFETCH(QStringList, pending);
        QFETCH(QStringList, full);
        MigrationGraph::Environment environment;
        if (!userModel.isEmpty())
            environment.settings[u"AUTH_USER_MODEL"_s] = userModel;
        const MigrationGraph graph(migrationsFromSpecs(specs), keySet(applied), environment);
        QVERIFY2(graph.problems().empty(), qPrintable(problemsText(graph.problems())));
        QCOMPARE(dotted(graph.pendingPlan()), pending);
        QCOMPARE(dotted(graph.fullPlan()), full);
        for (const QString& k : pending)
            QVERIFY(!graph.isApplied(key(k)));
    }

    void firstAndLatestResolveToEdges()
    {
        const MigrationGraph graph(
            migrationsFromSpecs({u"a.0001"_s, u"a.0002 <- a.0001"_s, u"b.0001 <- a.__first__"_s,
                                 u"c.0001 <- a.__latest__"_s, u"a.0003 <- a.0002 a.__first__"_s}),
            {});
        QVERIFY(graph.problems().empty());
        QCOMPARE(dotted(graph.parents(key(u"b.0001"_s))), QStringList{u"a.0001"_s});
        // __latest__ is resolved after the app's own chain is complete.
        QCOMPARE(dotted(graph.parents(key(u"c.0001"_s))), QStringList{u"a.0003"_s});
        // __first__ of one's own app is ignored, as in Django.
        QCOMPARE(dotted(graph.parents(key(u"a.0003"_s))), QStringList{u"a.0002"_s});
        QCOMPARE(dotted(graph.roots()), (QStringList{u"a.0001"_s, u"b.0001"_s, u"c.0001"_s}));
        QCOMPARE(dotted(graph.leaves(u"a"_s)), QStringList{u"a.0003"_s});
    }

    void squashedApplied_data()
    {
        QTest::addColumn<QStringList>("applied");
        QTest::addColumn<bool>("squashInGraph");
        QTest::addColumn<bool>("squashApplied");
        QTest::addColumn<bool>("originalsInGraph");
        const QString squash = u"a.0001_squashed_0002"_s;
        QTest::addRow("none applied") << QStringList{} << true << false << false;
        QTest::addRow("some applied") << QStringList{u"a.0001"_s} << false << false << true;
        QTest::addRow("some applied, squash recorded as applied anyway")
            << QStringList{u"a.0001"_s, squash} << false << false << true;
        QTest::addRow("all applied")
            << QStringList{u"a.0001"_s, u"a.0002"_s} << true << true << false;
    }

    void squashedApplied()
    {
        QFETCH(QStringList, applied);
        QFETCH(bool, squashInGraph);
        QFETCH(bool, squashApplied);
        QFETCH(bool, originalsInGraph);
        const MigrationGraph graph(
            migrationsFromSpecs({u"a.0001"_s, u"a.0002 <- a.0001"_s,
                                 u"a.0001_squashed_0002 ; replaces a.0001 a.0002"_s,
                                 u"a.0003 <- a.0002"_s}),
            keySet(applied));
        const MigrationKey squash = key(u"a.0001_squashed_0002"_s);
        QCOMPARE(graph.contains(squash), squashInGraph);
        QCOMPARE(graph.isApplied(squash), squashApplied);
        QCOMPARE(graph.contains(key(u"a.0001"_s)), originalsInGraph);
        QCOMPARE(graph.contains(key(u"a.0002"_s)), originalsInGraph);
        QVERIFY(graph.migration(key(u"a.0001"_s))); // still known, in the graph or not
        QCOMPARE(dotted(graph.parents(key(u"a.0003"_s))),
                 QStringList{originalsInGraph ? u"a.0002"_s : u"a.0001_squashed_0002"_s});
    }

    void graphProblems_data()
    {
        QTest::addColumn<QStringList>("specs");
        QTest::addColumn<QStringList>("applied");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("mentions");
        QTest::addColumn<QStringList>("pending"); // still planned, without the bad edge
        QTest::addRow("missing dependency in the same app")
            << QStringList{u"a.0001"_s, u"a.0002 <- a.0001 a.0009"_s} << QStringList{}
            << u"a/migrations/0002"_s << QStringList{u"a.0002"_s, u"a.0009"_s}
            << QStringList{u"a.0001"_s, u"a.0002"_s};
        QTest::addRow("missing dependency in another project app")
            << QStringList{u"a.0001"_s, u"b.0001 <- a.0002"_s} << QStringList{}
            << u"b/migrations/0001"_s << QStringList{u"b.0001"_s, u"a.0002"_s}
            << QStringList{u"a.0001"_s, u"b.0001"_s};
        QTest::addRow("run_before a migration that does not exist")
            << QStringList{u"a.0001 ; before a.0005"_s} << QStringList{} << u"a/migrations/0001"_s
            << QStringList{u"a.0001"_s, u"a.0005"_s} << QStringList{u"a.0001"_s};
        QTest::addRow("cycle across apps")
            << QStringList{u"a.0001 <- b.0001"_s, u"b.0001 <- a.0001"_s} << QStringList{}
            << u"/migrations/0001"_s << QStringList{u"a.0001"_s, u"b.0001"_s, u"circle"_s}
            << QStringList{u"a.0001"_s, u"b.0001"_s};
        QTest::addRow("applied before its dependency")
            << QStringList{u"a.0001"_s, u"a.0002 <- a.0001"_s} << QStringList{u"a.0002"_s}
            << u"a/migrations/0002"_s << QStringList{u"a.0002"_s, u"a.0001"_s, u"applied"_s}
            << QStringList{}; // Django leaves an applied leaf alone (and refuses to migrate)
        QTest::addRow("squash half applied, replaced file gone")
            << QStringList{u"a.0001"_s, u"a.0001_squashed_0002 ; replaces a.0001 a.0002"_s,
                           u"b.0001 <- a.0002"_s}
            << QStringList{u"a.0001"_s} << u"b/migrations/0001"_s
            << QStringList{u"a.0002"_s, u"a.0001_squashed_0002"_s} << QStringList{u"b.0001"_s};
    }

    void graphProblems()
    {
        QFETCH(QStringList, specs);
        QFETCH(QStringList, applied);
        QFETCH(QString, file);
        QFETCH(QStringList, mentions);
        QFETCH(QStringList, pending);
        const MigrationGraph graph(migrationsFromSpecs(specs), keySet(applied));
        QCOMPARE(graph.problems().size(), size_t(1));
        const SourceProblem& problem = graph.problems().front();
        QVERIFY2(problem.file.contains(file), qPrintable(problem.file));
        for (const QString& word : mentions)
            QVERIFY2(problem.message.contains(word), qPrintable(problem.message));
        QCOMPARE(dotted(graph.pendingPlan()), pending);
    }

    void externalDependenciesAreSatisfied()
    {
        const MigrationGraph graph(
            migrationsFromSpecs({u"shop.0001 <- __setting__.AUTH_USER_MODEL"_s,
                                 u"shop.0002 <- shop.0001 auth.0012_alter_user "
                                 "contenttypes.__first__ __setting__.OTHER_MODEL"_s}),
            {});
        QVERIFY2(graph.problems().empty(), qPrintable(problemsText(graph.problems())));
        QCOMPARE(dotted(graph.pendingPlan()), (QStringList{u"shop.0001"_s, u"shop.0002"_s}));
        QStringList external;
        for (const auto& e : graph.externalDependencies())
            external << dotted({e.migration}).front() + u" -> "_s + dotted({e.dependency}).front();
        QCOMPARE(external, (QStringList{u"shop.0001 -> auth.__first__"_s,
                                        u"shop.0002 -> auth.0012_alter_user"_s,
                                        u"shop.0002 -> contenttypes.__first__"_s,
                                        u"shop.0002 -> __setting__.OTHER_MODEL"_s}));
    }

    void previous_data()
    {
        QTest::addColumn<QString>("migration");
        QTest::addColumn<QString>("previous");
        QTest::addRow("first of its app") << u"a.0001"_s << u"a.zero"_s;
        QTest::addRow("first of its app, with a dependency elsewhere")
            << u"b.0001"_s << u"b.zero"_s;
        QTest::addRow("chain") << u"a.0002"_s << u"a.0001"_s;
        QTest::addRow("merge goes back to its latest parent")
            << u"a.0003_merge"_s << u"a.0002_other"_s;
        QTest::addRow("unknown") << u"a.0042"_s << QString();
    }

    void previous()
    {
        QFETCH(QString, migration);
        QFETCH(QString, previous);
        const MigrationGraph graph(
            migrationsFromSpecs({u"a.0001"_s, u"a.0002 <- a.0001"_s, u"a.0002_other <- a.0001"_s,
                                 u"a.0003_merge <- a.0002 a.0002_other"_s, u"b.0001 <- a.0002"_s}),
            {});
        const auto found = graph.previous(key(migration));
        QCOMPARE(found.has_value(), !previous.isNull());
        if (found)
            QCOMPARE(dotted({*found}).front(), previous);
    }

    void demoProject()
    {
        const QString project = QFINDTESTDATA("../../resources/demo/prs");
        QVERIFY(!project.isEmpty());
        const DjangoProject::Scan scan = DjangoProject::scan(project);
        QVERIFY2(scan.problems.empty(), qPrintable(problemsText(scan.problems)));
        QCOMPARE(scan.migrations.size(), size_t(18));
        QCOMPARE(scan.apps.size(), size_t(7));

        // The applied set as the demo database records it.
        QFile data(QFINDTESTDATA("../../resources/demo/data.sql"));
        QVERIFY(data.open(QIODevice::ReadOnly));
        const QString sql = QString::fromUtf8(data.readAll());
        const qsizetype start = sql.indexOf(u"INSERT INTO django_migrations"_s);
        QVERIFY(start >= 0);
        const QString insert = sql.mid(start, sql.indexOf(QLatin1Char(';'), start) - start);
        static const QRegularExpression row(u"\\('(\\w+)',\\s*'(\\w+)'"_s);
        std::set<MigrationKey> applied;
        for (auto it = row.globalMatch(insert); it.hasNext();) {
            const auto match = it.next();
            applied.insert({match.captured(1), match.captured(2)});
        }
        QCOMPARE(applied.size(), size_t(12));

        MigrationGraph::Environment environment;
        for (const DjangoProject::App& app : scan.apps)
            environment.apps << app.label;
        const MigrationGraph graph(scan.migrations, applied, environment);
        QVERIFY2(graph.problems().empty(), qPrintable(problemsText(graph.problems())));
        // As Django 3.2 prints it (`migrate --plan` / `showmigrations --plan`).
        QCOMPARE(dotted(graph.pendingPlan()),
                 (QStringList{u"accounts.0003_rename_branch_code_sort_code"_s,
                              u"billing.0003_invoice_status_due_idx"_s,
                              u"customers.0003_customer_preferred_language"_s,
                              u"payments.0003_payment_method_index_concurrently"_s,
                              u"ledger.0003_ledgerentry_receipt_drop_legacy_batch"_s,
                              u"receipts.0002_alter_receipt_ordering"_s}));
        QCOMPARE(graph.fullPlan().size(), size_t(18));
        QCOMPARE(
            dotted({*graph.previous(key(u"ledger.0003_ledgerentry_receipt_drop_legacy_batch"_s))}),
            QStringList{u"ledger.0002_ledgerentry_account_posted_idx"_s});

        const Migration* concurrently =
            graph.migration(key(u"payments.0003_payment_method_index_concurrently"_s));
        QVERIFY(concurrently);
        QVERIFY(!concurrently->atomic);
        QCOMPARE(concurrently->operations.front().sql,
                 QStringList{u"CREATE INDEX CONCURRENTLY IF NOT EXISTS "
                             "\"payments_payment_method_id_77087a63\" ON \"payments_payment\" "
                             "(\"method_id\");"_s});
        QVERIFY(concurrently->sql.startsWith(u"CREATE INDEX CONCURRENTLY"_s));

        const Migration* ledger =
            graph.migration(key(u"ledger.0003_ledgerentry_receipt_drop_legacy_batch"_s));
        QVERIFY(ledger);
        QStringList classes;
        for (const MigrationOperation& op : ledger->operations)
            classes << op.className;
        QCOMPARE(classes,
                 (QStringList{u"AddField"_s, u"RunSQL"_s, u"RunPython"_s, u"RemoveField"_s}));
        QCOMPARE(ledger->operations[0].fieldClass, u"models.ForeignKey"_s);
        QCOMPARE(ledger->operations[0].fieldNull, std::optional<bool>(true));
        QVERIFY(ledger->operations[1].sql.front().contains(u"UPDATE \"ledger_ledgerentry\""_s));
        QVERIFY(ledger->operations[1].hasReverse);
        QVERIFY(ledger->operations[2].hasReverse);
        QCOMPARE(ledger->operations[3].name, u"legacy_batch_code"_s);
        QCOMPARE(ledger->operations[3].line, 59);
    }
};

QTEST_GUILESS_MAIN(TestDjangoReader)
#include "tst_djangoreader.moc"
