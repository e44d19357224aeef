// SPDX-License-Identifier: GPL-3.0-or-later
#include "risk/migrationcharacter.h"

#include "risk/runbooksql.h"

namespace migdesk::core {

namespace {

bool isAdditive(const QString& kind)
{
    static const QStringList kinds{
        QStringLiteral("CreateModel"),   QStringLiteral("AddField"),
        QStringLiteral("AddIndex"),      QStringLiteral("AddIndexConcurrently"),
        QStringLiteral("AddConstraint"), QStringLiteral("AddConstraintNotValid")};
    return kinds.contains(kind);
}

bool isDestructive(const QString& kind)
{
    static const QStringList kinds{
        QStringLiteral("RemoveField"), QStringLiteral("DeleteModel"), QStringLiteral("RemoveIndex"),
        QStringLiteral("RemoveConstraint"), QStringLiteral("RemoveIndexConcurrently")};
    return kinds.contains(kind);
}

bool isData(const MigrationOperation& op)
{
    if (op.className == QLatin1String("RunPython"))
        return true;
    if (op.className != QLatin1String("RunSQL"))
        return false;
    // PostgreSQL's parser decides, as for the runbook's colours: a keyword inside a string or a
    // comment is not a statement.
    return RunbookSql::classify(op.sql).changesData;
}

} // namespace

MigrationCharacter::Reversibility MigrationCharacter::reversibility(const Migration& m)
{
    Reversibility r;
    QStringList irreversible;
    QStringList lossy;
    for (const MigrationOperation& op : m.operations) {
        if (!op.hasReverse)
            irreversible << QStringLiteral("%1 (line %2)").arg(op.className).arg(op.line);
        if (op.className == QLatin1String("AddField") ||
            op.className == QLatin1String("CreateModel"))
            lossy << tr("%1 drops %2 again")
                         .arg(op.className, op.name.isEmpty() ? op.modelName : op.name);
        if (op.className == QLatin1String("RemoveField") ||
            op.className == QLatin1String("DeleteModel"))
            lossy << tr("%1 restores %2 empty")
                         .arg(op.className, op.name.isEmpty() ? op.modelName : op.name);
    }
    if (!irreversible.isEmpty()) {
        r.reversible = false;
        r.rollback = tr("restore the backup: %1 has no reverse")
                         .arg(irreversible.join(QStringLiteral(", ")));
    } else if (!lossy.isEmpty()) {
        r.losesData = true;
        r.rollback = tr("migrate backwards loses data (%1): restore the backup to keep it")
                         .arg(lossy.join(QStringLiteral("; ")));
    } else {
        r.rollback = tr("migrate backwards");
    }
    return r;
}

MigrationCharacter::Phase MigrationCharacter::phase(const Migration& m)
{
    bool additive = false;
    bool destructive = false;
    bool data = false;
    for (const MigrationOperation& op : m.operations) {
        additive = additive || isAdditive(op.className);
        destructive = destructive || isDestructive(op.className);
        data = data || isData(op);
    }
    if (destructive)
        return Phase::Destructive; // the last phase decides: it must wait for the others
    if (data)
        return Phase::Data;
    if (additive)
        return Phase::Additive;
    return Phase::SchemaChange;
}

QString MigrationCharacter::mixedPhaseWarning(const Migration& m)
{
    QStringList added;
    QStringList removed;
    for (const MigrationOperation& op : m.operations) {
        if (isAdditive(op.className) || isData(op))
            added << op.className;
        if (isDestructive(op.className))
            removed << op.className;
    }
    if (added.isEmpty() || removed.isEmpty())
        return {};
    return tr("%1 removes (%2) in the same step as it adds or migrates data (%3): split it, so "
              "that "
              "code that no longer needs the old schema is deployed before the removal.")
        .arg(m.label(), removed.join(QStringLiteral(", ")), added.join(QStringLiteral(", ")));
}

QString MigrationCharacter::phaseKey(Phase phase)
{
    switch (phase) {
    case Phase::Additive:
        return QStringLiteral("additive");
    case Phase::Data:
        return QStringLiteral("data");
    case Phase::Destructive:
        return QStringLiteral("destructive");
    case Phase::SchemaChange:
        return QStringLiteral("schema-change");
    }
    return {};
}

QString MigrationCharacter::phaseLabel(Phase phase)
{
    switch (phase) {
    case Phase::Additive:
        return tr("1 · additive: apply before deploying the code");
    case Phase::Data:
        return tr("3 · background data migration, after the code deploy");
    case Phase::Destructive:
        return tr("5 · destructive clean-up: last, after verification");
    case Phase::SchemaChange:
        return tr("1 · schema change: apply before deploying the code");
    }
    return {};
}

} // namespace migdesk::core
