// SPDX-License-Identifier: GPL-3.0-or-later
#include "risk/sqllintnode.h"

#include <QHash>

namespace migdesk::core::sqllint {

QString typeOf(const QJsonValue& node)
{
    const QJsonObject object = node.toObject();
    return object.size() == 1 ? object.constBegin().key() : QString();
}

QJsonObject fieldsOf(const QJsonValue& node)
{
    const QJsonObject object = node.toObject();
    return object.size() == 1 ? object.constBegin().value().toObject() : QJsonObject();
}

QJsonObject fieldsOf(const QJsonValue& node, const char* type)
{
    return node.toObject().value(QLatin1String(type)).toObject();
}

QJsonValue get(const QJsonObject& fields, const char* key)
{
    return fields.value(QLatin1String(key));
}

QJsonObject object(const QJsonObject& fields, const char* key)
{
    return get(fields, key).toObject();
}

QJsonArray array(const QJsonObject& fields, const char* key)
{
    return get(fields, key).toArray();
}

QString text(const QJsonObject& fields, const char* key)
{
    return get(fields, key).toString();
}

bool flag(const QJsonObject& fields, const char* key)
{
    return get(fields, key).toBool();
}

int number(const QJsonObject& fields, const char* key)
{
    return get(fields, key).toInt();
}

bool is(const QJsonObject& fields, const char* key, const char* value)
{
    return text(fields, key) == QLatin1String(value);
}

QStringList strings(const QJsonArray& stringNodes)
{
    QStringList result;
    for (const QJsonValue& node : stringNodes)
        result << text(fieldsOf(node, "String"), "sval");
    return result;
}

QString relationName(const QJsonObject& rangeVar)
{
    const QString schema = text(rangeVar, "schemaname");
    const QString name = text(rangeVar, "relname");
    return schema.isEmpty() ? name : schema + QLatin1Char('.') + name;
}

QString constantText(const QJsonValue& node)
{
    const QJsonObject constant = fieldsOf(node, "A_Const");
    if (constant.contains(QLatin1String("ival")))
        return QString::number(number(object(constant, "ival"), "ival"));
    if (constant.contains(QLatin1String("fval")))
        return text(object(constant, "fval"), "fval");
    if (constant.contains(QLatin1String("sval")))
        return text(object(constant, "sval"), "sval");
    if (constant.contains(QLatin1String("boolval")))
        return flag(object(constant, "boolval"), "boolval") ? QStringLiteral("true")
                                                            : QStringLiteral("false");
    return QString();
}

QString typeBaseName(const QJsonObject& typeName)
{
    const QStringList names = strings(array(typeName, "names"));
    return names.isEmpty() ? QString() : names.last().toLower();
}

QList<int> typeModifiers(const QJsonObject& typeName)
{
    QList<int> result;
    for (const QJsonValue& modifier : array(typeName, "typmods")) {
        const QJsonObject constant = fieldsOf(modifier, "A_Const");
        result << (constant.contains(QLatin1String("ival"))
                       ? number(object(constant, "ival"), "ival")
                       : -1);
    }
    return result;
}

QString typeDisplay(const QJsonObject& typeName)
{
    QStringList names = strings(array(typeName, "names"));
    if (names.size() == 2 && names.first() == QLatin1String("pg_catalog")) {
        names.removeFirst();
        // The parser spells SQL's type keywords by their internal names.
        static const QHash<QString, QString> sqlNames{
            {QStringLiteral("int2"), QStringLiteral("smallint")},
            {QStringLiteral("int4"), QStringLiteral("integer")},
            {QStringLiteral("int8"), QStringLiteral("bigint")},
            {QStringLiteral("bpchar"), QStringLiteral("char")},
            {QStringLiteral("float4"), QStringLiteral("real")},
            {QStringLiteral("float8"), QStringLiteral("double precision")},
            {QStringLiteral("bool"), QStringLiteral("boolean")},
            {QStringLiteral("timestamp"), QStringLiteral("timestamp")},
            {QStringLiteral("timestamptz"), QStringLiteral("timestamptz")}};
        names.first() = sqlNames.value(names.first(), names.first());
    }
    QString result = names.join(QLatin1Char('.'));
    const QList<int> modifiers = typeModifiers(typeName);
    if (!modifiers.isEmpty()) {
        QStringList parts;
        for (int modifier : modifiers)
            parts << QString::number(modifier);
        result += QLatin1Char('(') + parts.join(QLatin1Char(',')) + QLatin1Char(')');
    }
    for (qsizetype i = 0; i < array(typeName, "arrayBounds").size(); ++i)
        result += QStringLiteral("[]");
    return result;
}

bool optionEnabled(const QJsonArray& defElems, const char* name)
{
    for (const QJsonValue& option : defElems) {
        const QJsonObject element = fieldsOf(option, "DefElem");
        if (!is(element, "defname", name))
            continue;
        // No argument means on; FULL false / CONCURRENTLY 0 / 'off' switch it off.
        const QJsonValue argument = get(element, "arg");
        if (argument.isUndefined())
            return true;
        const QString typeName = typeOf(argument);
        if (typeName == QLatin1String("Integer"))
            return number(fieldsOf(argument), "ival") != 0;
        if (typeName == QLatin1String("Boolean"))
            return flag(fieldsOf(argument), "boolval");
        const QString value = text(fieldsOf(argument), "sval").toLower();
        return value != QLatin1String("false") && value != QLatin1String("off") &&
               value != QLatin1String("0");
    }
    return false;
}

} // namespace migdesk::core::sqllint
