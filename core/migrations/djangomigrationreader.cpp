// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/djangomigrationreader.h"

#include "migrations/pythonmodule.h"
#include "migrations/pythonsourcefile.h"

#include <QFileInfo>

#include <array>
#include <optional>

namespace migdesk::core {

namespace {

// Django's positional parameter order for the operations whose arguments matter here.
struct Signature
{
    const char* className;
    std::array<const char*, 5> parameters;
};

constexpr std::array<Signature, 29> signatures{{
    {"CreateModel", {"name", "fields", "options", "bases", "managers"}},
    {"DeleteModel", {"name"}},
    {"RenameModel", {"old_name", "new_name"}},
    {"AlterModelTable", {"name", "table"}},
    {"AlterModelTableComment", {"name", "table_comment"}},
    {"AlterUniqueTogether", {"name", "unique_together"}},
    {"AlterIndexTogether", {"name", "index_together"}},
    {"AlterOrderWithRespectTo", {"name", "order_with_respect_to"}},
    {"AlterModelOptions", {"name", "options"}},
    {"AlterModelManagers", {"name", "managers"}},
    {"AddField", {"model_name", "name", "field", "preserve_default"}},
    {"AlterField", {"model_name", "name", "field", "preserve_default"}},
    {"RemoveField", {"model_name", "name"}},
    {"RenameField", {"model_name", "old_name", "new_name"}},
    {"AddIndex", {"model_name", "index"}},
    {"AddIndexConcurrently", {"model_name", "index"}},
    {"RemoveIndex", {"model_name", "name"}},
    {"RemoveIndexConcurrently", {"model_name", "name"}},
    {"RenameIndex", {"model_name", "new_name", "old_name", "old_fields"}},
    {"AddConstraint", {"model_name", "constraint"}},
    {"AddConstraintNotValid", {"model_name", "constraint"}},
    {"RemoveConstraint", {"model_name", "name"}},
    {"ValidateConstraint", {"model_name", "name"}},
    {"RunSQL", {"sql", "reverse_sql", "state_operations", "hints", "elidable"}},
    {"RunPython", {"code", "reverse_code", "atomic", "hints", "elidable"}},
    {"SeparateDatabaseAndState", {"database_operations", "state_operations"}},
    {"CreateExtension", {"name"}},
    {"CreateCollation", {"name", "locale", "provider", "deterministic"}},
    {"RemoveCollation", {"name", "locale", "provider", "deterministic"}},
}};

// Operations whose `name` is the model's name rather than a field's or an index's.
bool namesTheModel(const QString& className)
{
    for (const char* model :
         {"CreateModel", "DeleteModel", "AlterModelTable", "AlterModelTableComment",
          "AlterUniqueTogether", "AlterIndexTogether", "AlterOrderWithRespectTo",
          "AlterModelOptions", "AlterModelManagers"}) {
        if (className == QLatin1String(model))
            return true;
    }
    return false;
}

class Reader
{
public:
    Reader(const PythonModule& module, int classLine, QString file,
           std::vector<SourceProblem>* warnings)
        : m_module(module), m_classLine(classLine), m_file(std::move(file)), m_warnings(warnings)
    {
    }

    // A bare name bound once to a literal stands for that literal.
    const PythonValue& resolve(const PythonValue& value) const
    {
        if (value.kind != PythonValue::Kind::Name || value.text.contains(QLatin1Char('.')))
            return value;
        const PythonValue* constant = m_module.constant(value.text, m_classLine);
        return constant ? *constant : value;
    }

    void warn(int line, const QString& message) const
    {
        if (m_warnings)
            m_warnings->push_back({m_file, line, message});
    }

    std::vector<MigrationKey> keys(const PythonAssignment* assignment) const
    {
        std::vector<MigrationKey> result;
        if (!assignment)
            return result;
        const PythonValue& list = resolve(assignment->value);
        if (!list.isSequence()) {
            warn(assignment->line,
                 DjangoMigrationReader::tr("%1 is not written as a literal list, so it was not "
                                           "read.")
                     .arg(assignment->target));
            return result;
        }
        for (const PythonValue& written : list.items) {
            const PythonValue& item = resolve(written);
            if (const auto key = this->key(item))
                result.push_back(*key);
            else
                warn(item.line, DjangoMigrationReader::tr("An entry of %1 is not a literal (app, "
                                                          "migration) pair and was skipped.")
                                    .arg(assignment->target));
        }
        if (list.unpacks)
            warn(list.line, DjangoMigrationReader::tr("An entry of %1 is not a literal (app, "
                                                      "migration) pair and was skipped.")
                                .arg(assignment->target));
        return result;
    }

    std::optional<MigrationKey> key(const PythonValue& item) const
    {
        if (item.isSequence() && item.items.size() == 2 && !item.unpacks) {
            const PythonValue& app = resolve(item.items[0]);
            const PythonValue& name = resolve(item.items[1]);
            if (app.isString() && name.isString())
                return MigrationKey{app.text, name.text};
            return std::nullopt;
        }
        if (item.kind == PythonValue::Kind::Call &&
            item.lastComponent() == QLatin1String("swappable_dependency") &&
            item.items.size() == 1 && item.keywordNames.isEmpty()) {
            const PythonValue& setting = item.items.front();
            if (setting.kind == PythonValue::Kind::Name)
                return MigrationKey{QStringLiteral("__setting__"), setting.lastComponent()};
            const PythonValue& model = resolve(setting);
            if (model.isString() && model.text.contains(QLatin1Char('.')))
                return MigrationKey{model.text.section(QLatin1Char('.'), 0, 0),
                                    QStringLiteral("__first__")};
        }
        return std::nullopt;
    }

    std::optional<bool> flag(const PythonAssignment* assignment) const
    {
        if (!assignment)
            return std::nullopt;
        const PythonValue& value = resolve(assignment->value);
        if (value.isTrue())
            return true;
        if (value.isFalse() || value.isNone())
            return false;
        warn(assignment->line,
             DjangoMigrationReader::tr("%1 is not written as True or False, so Django's default "
                                       "was kept.")
                 .arg(assignment->target));
        return std::nullopt;
    }

    // SQL as RunSQL takes it: a string, or a list or tuple of strings and (sql, params) pairs.
    // Anything not literal throughout gives nothing, so a partial list never passes for all.
    std::optional<QStringList> sql(const PythonValue& written, int* line) const
    {
        const PythonValue& value = resolve(written);
        if (value.kind == PythonValue::Kind::Name &&
            value.text.endsWith(QLatin1String("RunSQL.noop"))) {
            *line = value.line;
            return QStringList();
        }
        if (value.isString()) {
            *line = value.line;
            return QStringList{value.text};
        }
        if (!value.isSequence() || value.unpacks)
            return std::nullopt;
        QStringList statements;
        for (const PythonValue& writtenItem : value.items) {
            const PythonValue& item = resolve(writtenItem);
            const PythonValue* text = &item;
            if (item.isSequence() && !item.items.empty())
                text = &resolve(item.items.front());
            if (!text->isString())
                return std::nullopt;
            if (statements.isEmpty())
                *line = text->line;
            statements << text->text;
        }
        return statements;
    }

    MigrationOperation operation(const PythonValue& call) const
    {
        MigrationOperation op;
        op.className = call.lastComponent();
        op.qualifiedName = call.text;
        op.line = call.line;

        const Signature* signature = nullptr;
        for (const Signature& s : signatures) {
            if (op.className == QLatin1String(s.className)) {
                signature = &s;
                break;
            }
        }
        const auto argument = [&](const char* parameter) -> const PythonValue* {
            if (const PythonValue* keyword = call.keyword(QLatin1String(parameter)))
                return keyword;
            if (!signature)
                return nullptr;
            for (size_t i = 0; i < signature->parameters.size(); ++i) {
                const char* name = signature->parameters[i];
                if (name && qstrcmp(name, parameter) == 0)
                    return i < call.items.size() ? &call.items[i] : nullptr;
            }
            return nullptr;
        };
        const auto text = [&](const char* parameter) {
            const PythonValue* value = argument(parameter);
            if (!value)
                return QString();
            const PythonValue& resolved = resolve(*value);
            return resolved.isString() ? resolved.text : QString();
        };

        if (namesTheModel(op.className)) {
            op.modelName = text("name");
        } else if (op.className == QLatin1String("RenameModel")) {
            op.modelName = text("old_name");
        } else {
            op.modelName = text("model_name");
            op.name = text("name");
        }
        op.oldName = text("old_name");
        op.newName = text("new_name");

        for (const char* object : {"index", "constraint"}) {
            if (const PythonValue* value = argument(object)) {
                const PythonValue& created = resolve(*value);
                if (created.kind == PythonValue::Kind::Call) {
                    if (const PythonValue* name = created.keyword(QLatin1String("name"))) {
                        const PythonValue& resolved = resolve(*name);
                        if (resolved.isString())
                            op.name = resolved.text;
                    }
                }
            }
        }

        if (const PythonValue* written = argument("field")) {
            const PythonValue& field = resolve(*written);
            if (field.kind == PythonValue::Kind::Call) {
                op.fieldClass = field.text;
                if (const PythonValue* null = field.keyword(QLatin1String("null"))) {
                    const PythonValue& value = resolve(*null);
                    if (value.isTrue())
                        op.fieldNull = true;
                    else if (value.isFalse())
                        op.fieldNull = false;
                }
                op.fieldHasDefault = field.keyword(QLatin1String("default")) != nullptr;
            }
        }

        if (op.className == QLatin1String("RunSQL")) {
            int line = 0;
            if (const PythonValue* forwards = argument("sql"))
                op.sql = sql(*forwards, &line).value_or(QStringList());
            const PythonValue* backwards = argument("reverse_sql");
            op.hasReverse = backwards && !resolve(*backwards).isNone();
            if (op.hasReverse)
                op.reverseSql = sql(*backwards, &line).value_or(QStringList());
        } else if (op.className == QLatin1String("RunPython")) {
            const PythonValue* backwards = argument("reverse_code");
            op.hasReverse = backwards && !resolve(*backwards).isNone();
        }
        return op;
    }

    // Fills Migration::sql when RunSQL literals are everything the migration runs.
    void collectSql(const std::vector<PythonValue>& calls, Migration& migration) const
    {
        QStringList statements;
        int firstLine = 0;
        for (size_t i = 0; i < calls.size(); ++i) {
            const MigrationOperation& op = migration.operations[i];
            if (op.className != QLatin1String("RunSQL"))
                return;
            const PythonValue* forwards = calls[i].keyword(QLatin1String("sql"));
            if (!forwards && !calls[i].items.empty())
                forwards = &calls[i].items.front();
            int line = 0;
            const auto pieces = forwards ? sql(*forwards, &line) : std::nullopt;
            if (!pieces)
                return;
            if (firstLine == 0 && !pieces->isEmpty())
                firstLine = line;
            statements << *pieces;
        }
        if (statements.isEmpty())
            return;
        migration.sql = statements.join(QLatin1Char('\n'));
        migration.sqlFirstLine = firstLine;
    }

private:
    const PythonModule& m_module;
    int m_classLine;
    QString m_file;
    std::vector<SourceProblem>* m_warnings;
};

} // namespace

DjangoMigrationReader::Outcome DjangoMigrationReader::read(const QString& path, const QString& app,
                                                           std::vector<SourceProblem>* warnings)
{
    const QString file = QFileInfo(path).absoluteFilePath();
    QString error;
    const std::optional<QString> source = PythonSourceFile::read(file, &error);
    if (!source)
        return SourceProblem{file, 0, error};
    return parse(*source, file, app, warnings);
}

DjangoMigrationReader::Outcome DjangoMigrationReader::parse(const QString& source,
                                                            const QString& path,
                                                            const QString& appLabel,
                                                            std::vector<SourceProblem>* warnings)
{
    const PythonModule module = PythonModule::parse(source);
    if (module.failed())
        return SourceProblem{
            path, module.errorLine(),
            tr("The migration is not valid Python: %1.").arg(module.errorMessage())};

    // Python keeps the last definition of a name; so does this.
    const PythonClassDefinition* definition = nullptr;
    for (const PythonClassDefinition& candidate : module.classes()) {
        if (candidate.name != QLatin1String("Migration"))
            continue;
        for (const PythonValue& base : candidate.bases) {
            if (base.kind == PythonValue::Kind::Name &&
                base.lastComponent().endsWith(QLatin1String("Migration")))
                definition = &candidate;
        }
    }
    if (!definition)
        return SourceProblem{path, 1,
                             tr("The module has no Migration class, so Django cannot load it.")};

    const Reader reader(module, definition->line, path, warnings);
    Migration migration;
    migration.app = appLabel;
    migration.name = QFileInfo(path).completeBaseName();
    migration.file = path;
    migration.dependencies = reader.keys(definition->attribute(QLatin1String("dependencies")));
    migration.replaces = reader.keys(definition->attribute(QLatin1String("replaces")));
    migration.runBefore = reader.keys(definition->attribute(QLatin1String("run_before")));
    migration.initial =
        reader.flag(definition->attribute(QLatin1String("initial"))).value_or(false);
    migration.atomic = reader.flag(definition->attribute(QLatin1String("atomic"))).value_or(true);

    std::vector<PythonValue> calls;
    if (const PythonAssignment* operations = definition->attribute(QLatin1String("operations"))) {
        const PythonValue& list = reader.resolve(operations->value);
        if (!list.isSequence()) {
            reader.warn(operations->line, tr("%1 is not written as a literal list, so it was not "
                                             "read.")
                                              .arg(operations->target));
        } else {
            for (const PythonValue& item : list.items) {
                if (item.kind == PythonValue::Kind::Call && !item.text.isEmpty()) {
                    migration.operations.push_back(reader.operation(item));
                    calls.push_back(item);
                } else {
                    reader.warn(item.line, tr("An entry of operations is not an operation call "
                                              "and was skipped."));
                }
            }
            if (list.unpacks)
                reader.warn(list.line, tr("An entry of operations is not an operation call and "
                                          "was skipped."));
        }
    }
    reader.collectSql(calls, migration);
    return migration;
}

} // namespace migdesk::core
