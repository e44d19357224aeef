// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbook/check.h"

namespace migdesk::core {

QString Check::statusKey(Status status)
{
    switch (status) {
    case Status::Pass:
        return QStringLiteral("pass");
    case Status::Warn:
        return QStringLiteral("warn");
    case Status::Fail:
        return QStringLiteral("fail");
    case Status::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

QString Check::statusLabel(Status status)
{
    switch (status) {
    case Status::Pass:
        return tr("passed");
    case Status::Warn:
        return tr("warning");
    case Status::Fail:
        return tr("failed");
    case Status::Skipped:
        return tr("skipped");
    }
    return {};
}

QJsonObject Check::toJson() const
{
    return {{QStringLiteral("check"), key},
            {QStringLiteral("title"), title},
            {QStringLiteral("status"), statusKey(status)},
            {QStringLiteral("figure"), figure},
            {QStringLiteral("sentence"), sentence}};
}

Check::Status worstStatus(const CheckList& checks)
{
    Check::Status worst = Check::Status::Pass;
    for (const Check& check : checks) {
        if (check.status == Check::Status::Fail)
            return Check::Status::Fail;
        if (check.status == Check::Status::Warn)
            worst = Check::Status::Warn;
    }
    return worst;
}

QJsonArray checksJson(const CheckList& checks)
{
    QJsonArray array;
    for (const Check& check : checks)
        array.append(check.toJson());
    return array;
}

QString checksText(const CheckList& checks)
{
    QString text;
    for (const Check& check : checks) {
        text += QLatin1Char('[') + Check::statusKey(check.status) + QStringLiteral("] ") +
                check.title + QStringLiteral(": ") + check.figure;
        if (!check.sentence.isEmpty())
            text += QStringLiteral(" — ") + check.sentence;
        text += QLatin1Char('\n');
    }
    return text;
}

CheckList checksFromJson(const QJsonArray& array)
{
    using S = Check::Status;
    CheckList checks;
    for (const QJsonValue& value : array) {
        if (!value.isObject())
            continue;
        const QJsonObject json = value.toObject();
        Check check;
        check.key = json.value(QStringLiteral("check")).toString();
        check.title = json.value(QStringLiteral("title")).toString();
        const QString status = json.value(QStringLiteral("status")).toString();
        for (const S s : {S::Pass, S::Warn, S::Fail, S::Skipped})
            if (status == Check::statusKey(s))
                check.status = s;
        check.figure = json.value(QStringLiteral("figure")).toString();
        check.sentence = json.value(QStringLiteral("sentence")).toString();
        checks.push_back(std::move(check));
    }
    return checks;
}

} // namespace migdesk::core
