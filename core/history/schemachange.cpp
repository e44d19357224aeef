// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/schemachange.h"

namespace migdesk::core {

namespace {

// How SchemaDiff marks an invalid index's definition.
constexpr QLatin1String kInvalid(" INVALID");

QString constraintNoun(const QString& type)
{
    if (type == QLatin1String("p"))
        return SchemaChange::tr("primary key");
    if (type == QLatin1String("f"))
        return SchemaChange::tr("foreign key");
    if (type == QLatin1String("u"))
        return SchemaChange::tr("unique constraint");
    if (type == QLatin1String("x"))
        return SchemaChange::tr("exclusion constraint");
    return SchemaChange::tr("check constraint");
}

bool isTrue(const QString& flag)
{
    return flag == QLatin1String("true");
}

QString tableSentence(const SchemaChange& c)
{
    switch (c.kind) {
    case SchemaChange::Kind::Added:
        return SchemaChange::tr("Added table %1 (%2).").arg(c.object, c.after);
    case SchemaChange::Kind::Removed:
        return SchemaChange::tr("Dropped table %1 (%2).").arg(c.object, c.before);
    case SchemaChange::Kind::Changed:
        break;
    }
    if (c.before.isEmpty())
        return SchemaChange::tr("Attached table %1 as a partition of %2.").arg(c.object, c.after);
    if (c.after.isEmpty()) {
        return SchemaChange::tr("Detached table %1 from %2: it is a table of its own now.")
            .arg(c.object, c.before);
    }
    return SchemaChange::tr("Table %1 is now a partition of %2 (was of %3).")
        .arg(c.object, c.after, c.before);
}

QString columnSentence(const SchemaChange& c)
{
    switch (c.kind) {
    case SchemaChange::Kind::Added:
        return SchemaChange::tr("Added column %1 (%2).").arg(c.object, c.after);
    case SchemaChange::Kind::Removed:
        return SchemaChange::tr("Dropped column %1 (%2).").arg(c.object, c.before);
    case SchemaChange::Kind::Changed:
        break;
    }
    if (c.aspect == QLatin1String("type")) {
        return SchemaChange::tr("Changed the type of column %1 from %2 to %3.")
            .arg(c.object, c.before, c.after);
    }
    if (c.aspect == QLatin1String("nullable")) {
        return isTrue(c.after) ? SchemaChange::tr("Column %1 now allows NULL.").arg(c.object)
                               : SchemaChange::tr("Made column %1 NOT NULL.").arg(c.object);
    }
    if (c.before.isEmpty())
        return SchemaChange::tr("Set the default of column %1 to %2.").arg(c.object, c.after);
    if (c.after.isEmpty()) {
        return SchemaChange::tr("Dropped the default of column %1 (was %2).")
            .arg(c.object, c.before);
    }
    return SchemaChange::tr("Changed the default of column %1 from %2 to %3.")
        .arg(c.object, c.before, c.after);
}

QString indexSentence(const SchemaChange& c)
{
    switch (c.kind) {
    case SchemaChange::Kind::Added:
        if (c.after.endsWith(kInvalid)) {
            return SchemaChange::tr("Added index %1 on %2, but it is invalid and queries do not "
                                    "use it (a failed CREATE INDEX CONCURRENTLY leaves it so): "
                                    "%3. Drop it and create it again.")
                .arg(c.object, c.table, c.after.chopped(kInvalid.size()));
        }
        return SchemaChange::tr("Added index %1 on %2: %3.").arg(c.object, c.table, c.after);
    case SchemaChange::Kind::Removed:
        return SchemaChange::tr("Dropped index %1 on %2.").arg(c.object, c.table);
    case SchemaChange::Kind::Changed:
        break;
    }
    if (c.aspect == QLatin1String("valid")) {
        return isTrue(c.after)
                   ? SchemaChange::tr("Index %1 on %2 is now valid.").arg(c.object, c.table)
                   : SchemaChange::tr("Index %1 on %2 is now invalid: queries do not use it "
                                      "(a failed CREATE INDEX CONCURRENTLY leaves it so). Drop "
                                      "it and create it again.")
                         .arg(c.object, c.table);
    }
    return SchemaChange::tr("Changed index %1 on %2 from %3 to %4.")
        .arg(c.object, c.table, c.before, c.after);
}

QString constraintSentence(const SchemaChange& c)
{
    const QString noun = constraintNoun(c.constraintType);
    switch (c.kind) {
    case SchemaChange::Kind::Added:
        return SchemaChange::tr("Added %1 %2 on %3: %4.").arg(noun, c.object, c.table, c.after);
    case SchemaChange::Kind::Removed:
        return SchemaChange::tr("Dropped %1 %2 on %3.").arg(noun, c.object, c.table);
    case SchemaChange::Kind::Changed:
        break;
    }
    if (c.aspect == QLatin1String("validated")) {
        return isTrue(c.after)
                   ? SchemaChange::tr("Validated %1 %2 on %3: existing rows now satisfy it.")
                         .arg(noun, c.object, c.table)
                   : SchemaChange::tr("The %1 %2 on %3 is NOT VALID now: existing rows are not "
                                      "checked.")
                         .arg(noun, c.object, c.table);
    }
    return SchemaChange::tr("Changed %1 %2 on %3 from %4 to %5.")
        .arg(noun, c.object, c.table, c.before, c.after);
}

} // namespace

QString SchemaChange::sentence() const
{
    if (objectType == QLatin1String("table"))
        return tableSentence(*this);
    if (objectType == QLatin1String("column"))
        return columnSentence(*this);
    if (objectType == QLatin1String("index"))
        return indexSentence(*this);
    return constraintSentence(*this);
}

QString SchemaChange::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Added:
        return QStringLiteral("added");
    case Kind::Removed:
        return QStringLiteral("removed");
    case Kind::Changed:
        break;
    }
    return QStringLiteral("changed");
}

QJsonObject SchemaChange::toJson() const
{
    return {{QStringLiteral("kind"), kindKey(kind)},
            {QStringLiteral("object_type"), objectType},
            {QStringLiteral("object"), object},
            {QStringLiteral("table"), table},
            {QStringLiteral("aspect"), aspect},
            {QStringLiteral("before"), before},
            {QStringLiteral("after"), after},
            {QStringLiteral("constraint_type"), constraintType},
            {QStringLiteral("sentence"), sentence()}};
}

SchemaChange SchemaChange::fromJson(const QJsonObject& o)
{
    SchemaChange c;
    const QString kind = o.value(QStringLiteral("kind")).toString();
    for (const Kind k : {Kind::Added, Kind::Removed, Kind::Changed})
        if (kindKey(k) == kind)
            c.kind = k;
    c.objectType = o.value(QStringLiteral("object_type")).toString();
    c.object = o.value(QStringLiteral("object")).toString();
    c.table = o.value(QStringLiteral("table")).toString();
    c.aspect = o.value(QStringLiteral("aspect")).toString();
    c.before = o.value(QStringLiteral("before")).toString();
    c.after = o.value(QStringLiteral("after")).toString();
    c.constraintType = o.value(QStringLiteral("constraint_type")).toString();
    return c;
}

} // namespace migdesk::core
