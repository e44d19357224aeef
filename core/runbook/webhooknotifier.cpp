// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbook/webhooknotifier.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>

namespace migdesk::core {

bool WebhookNotifier::notify(const QString& url, const QString& text, const StepContext& context,
                             int timeoutMs)
{
    if (url.trimmed().isEmpty())
        return true;
    const QUrl endpoint(url.trimmed(), QUrl::StrictMode);
    if (!endpoint.isValid() || (endpoint.scheme() != QLatin1String("https") &&
                                endpoint.scheme() != QLatin1String("http"))) {
        context.log.write(tr("Notification not sent: the webhook URL is not an http(s) URL. Fix it "
                             "in the wizard's notification setting."));
        return false;
    }
    // A manager per call: this runs on whichever worker thread finishes the run, and a
    // QNetworkAccessManager belongs to the thread that made it.
    QNetworkAccessManager manager;
    QNetworkRequest request(endpoint);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(timeoutMs);
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("text"), text}}).toJson(QJsonDocument::Compact);
    QNetworkReply* reply = manager.post(request, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool ok = reply->error() == QNetworkReply::NoError && status >= 200 && status < 300;
    if (ok) {
        context.log.write(tr("Notification sent to %1.").arg(endpoint.host()));
    } else {
        const QString why =
            reply->error() == QNetworkReply::OperationCanceledError
                ? tr("no answer within %1 s").arg(timeoutMs / 1000)
                : (status > 0 ? tr("HTTP status %1").arg(status) : reply->errorString());
        context.log.write(tr("Notification to %1 failed (%2); the run itself is not affected. "
                             "Check the webhook URL.")
                              .arg(endpoint.host(), why));
    }
    reply->deleteLater();
    return ok;
}

QString WebhookNotifier::keychainKey(const QString& profile)
{
    return QStringLiteral("webhook:") + profile;
}

} // namespace migdesk::core
