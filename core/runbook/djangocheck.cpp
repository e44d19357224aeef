// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbook/djangocheck.h"

#include "migrations/managepy.h"

namespace migdesk::core {

namespace {

// Django's issue lines end with a full stop; joined into one sentence they should not.
QString joined(const QStringList& issues)
{
    QStringList items;
    for (QString issue : issues) {
        while (issue.endsWith(QLatin1Char('.')))
            issue.chop(1);
        items << issue;
    }
    return items.join(QStringLiteral("; "));
}

} // namespace

Check DjangoCheck::run(const RunbookTarget& target, bool direct)
{
    Check check{.key = QStringLiteral("manage_py_check"),
                .title = tr("manage.py check"),
                .status = Check::Status::Pass,
                .figure = {},
                .sentence = {}};
    if (target.managePy.isEmpty()) {
        check.status = Check::Status::Skipped;
        check.figure = tr("no manage.py");
        check.sentence = tr("No manage.py is configured, so Django's own checks cannot run; "
                            "set the project's manage.py and Python to include them.");
        return check;
    }
    ManagePy django(target.managePy, target.python, target.connection.info,
                    target.connection.password);
    if (direct)
        django.makeSessionsReadOnly();
    QString error;
    const auto report = django.check(&error);
    if (!report) {
        check.status = Check::Status::Fail;
        check.figure = tr("did not run");
        check.sentence = error;
        return check;
    }
    if (!report->errors.isEmpty() || !report->passed) {
        check.status = Check::Status::Fail;
        check.figure = tr("%n error(s)", nullptr, int(report->errors.size()));
        check.sentence = tr("Django's system checks report errors: %1.")
                             .arg(joined(report->errors + report->warnings));
    } else if (!report->warnings.isEmpty()) {
        check.status = Check::Status::Warn;
        check.figure = tr("%n warning(s)", nullptr, int(report->warnings.size()));
        check.sentence = tr("Django's system checks warn: %1.").arg(joined(report->warnings));
    } else {
        check.figure = tr("no issues");
    }
    return check;
}

} // namespace migdesk::core
