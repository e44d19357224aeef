// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbook/healthprobe.h"

#include "common/units.h"
#include "runbook/canceltoken.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>

#include <memory>

namespace migdesk::core {

namespace {

constexpr int kCancelPollMs = 100;

} // namespace

Check HealthProbe::check(const QString& url, int timeoutMs, const CancelToken& cancel)
{
    Check check{.key = QStringLiteral("health_endpoint"),
                .title = tr("Health endpoint"),
                .status = Check::Status::Pass,
                .figure = {},
                .sentence = {}};
    if (url.trimmed().isEmpty()) {
        check.status = Check::Status::Skipped;
        check.figure = tr("no URL");
        check.sentence = tr("No health URL was given; set one to have the application itself "
                            "checked after the migration.");
        return check;
    }
    const QUrl target(url.trimmed(), QUrl::StrictMode);
    const QString scheme = target.scheme().toLower();
    if (!target.isValid() || target.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        check.status = Check::Status::Fail;
        check.figure = url;
        check.sentence = tr("%1 is not an http:// or https:// URL; give the application's health "
                            "endpoint, such as http://localhost:8000/api/health/.")
                             .arg(url);
        return check;
    }

    QNetworkAccessManager network;
    QNetworkRequest request(target);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    QElapsedTimer elapsed;
    elapsed.start();
    const std::unique_ptr<QNetworkReply> reply(network.get(request));

    QEventLoop loop;
    bool timedOut = false;
    bool cancelled = false;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        reply->abort();
    });
    QTimer cancelPoll;
    QObject::connect(&cancelPoll, &QTimer::timeout, &loop, [&] {
        if (cancel.isCancelled()) {
            cancelled = true;
            reply->abort();
        }
    });
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    deadline.start(timeoutMs);
    cancelPoll.start(kCancelPollMs);
    if (!reply->isFinished())
        loop.exec();
    deadline.stop();
    cancelPoll.stop();

    const QString took = formatDuration(double(elapsed.elapsed()) / 1000.0);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString shown = target.toDisplayString();
    if (cancelled) {
        check.status = Check::Status::Skipped;
        check.figure = tr("cancelled");
        check.sentence = tr("The request to %1 was cancelled.").arg(shown);
    } else if (timedOut) {
        check.status = Check::Status::Fail;
        check.figure = tr("no answer in %1").arg(formatDuration(timeoutMs / 1000.0));
        check.sentence = tr("%1 did not answer within %2: the application may be down or hanging; "
                            "check its logs before going on.")
                             .arg(shown, formatDuration(timeoutMs / 1000.0));
    } else if (status >= 200 && status < 300) {
        check.figure = tr("HTTP %1 in %2").arg(status).arg(took);
    } else if (status > 0) {
        check.status = Check::Status::Fail;
        check.figure = tr("HTTP %1 in %2").arg(status).arg(took);
        check.sentence =
            tr("%1 answered HTTP %2 %3 instead of 2xx: the application reports itself "
               "unhealthy; check its logs before going on.")
                .arg(shown)
                .arg(status)
                .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
    } else {
        check.status = Check::Status::Fail;
        check.figure = reply->error() == QNetworkReply::ConnectionRefusedError
                           ? tr("connection refused")
                           : tr("no answer");
        check.sentence = tr("%1 could not be reached (%2): is the application running and is "
                            "the URL right?")
                             .arg(shown, reply->errorString());
    }
    return check;
}

} // namespace migdesk::core
