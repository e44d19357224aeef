// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection/passwordstore.h"

#include "common/logging.h"

#include <QPointer>

#include <qt6keychain/keychain.h>

namespace migdesk::core {

namespace {

PasswordStore::Outcome outcomeOf(const QKeychain::Job* job)
{
    PasswordStore::Outcome outcome;
    switch (job->error()) {
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
        outcome.ok = true;
        return outcome;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        outcome.message = PasswordStore::tr("The system keychain refused access (%1). Unlock the "
                                            "keychain and try again.")
                              .arg(job->errorString());
        return outcome;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    // Without a running secret service libsecret reports a D-Bus failure as OtherError; treat
    // every failure that is not an explicit refusal as "no keychain here".
    outcome.keychainUnavailable = true;
    outcome.message = PasswordStore::tr("No system keychain service is available (%1). The "
                                        "password can be kept for this session only.")
                          .arg(job->errorString());
    return outcome;
}

template <class JobType, class Callback>
void startJob(JobType* job, QObject* context, Callback onFinished)
{
    QPointer<QObject> guard(context);
    job->setAutoDelete(true);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [guard, onFinished](QKeychain::Job* finished) {
                         if (guard)
                             onFinished(static_cast<JobType*>(finished));
                     });
    job->start();
}

} // namespace

PasswordStore::PasswordStore(QObject* parent) : QObject(parent) {}

void PasswordStore::read(const QString& profile, QObject* context, Lookup done)
{
    if (m_sessionOnly.contains(profile)) {
        QMetaObject::invokeMethod(
            context,
            [done, password = m_sessionOnly.value(profile)] {
                Outcome found;
                found.ok = true;
                done(password, found);
            },
            Qt::QueuedConnection);
        return;
    }
    auto* job = new QKeychain::ReadPasswordJob(serviceName(), this);
    job->setKey(profile);
    startJob(job, context, [done](QKeychain::ReadPasswordJob* finished) {
        const Outcome outcome = outcomeOf(finished);
        if (finished->error() == QKeychain::NoError)
            done(finished->textData(), outcome);
        else
            done(std::nullopt, outcome);
    });
}

void PasswordStore::store(const QString& profile, const QString& password, QObject* context,
                          Done done)
{
    // Kept in memory until the keychain confirms, so a connect right after saving finds it, and
    // kept there for the session if the keychain refuses.
    m_sessionOnly.insert(profile, password);
    auto* job = new QKeychain::WritePasswordJob(serviceName(), this);
    job->setKey(profile);
    job->setTextData(password);
    startJob(job, context, [this, profile, done](QKeychain::WritePasswordJob* finished) {
        const Outcome outcome = outcomeOf(finished);
        if (outcome.ok)
            m_sessionOnly.remove(profile);
        else
            qCWarning(lcConnection)
                << "keychain write failed for profile" << profile << ":" << finished->errorString();
        done(outcome);
    });
}

void PasswordStore::remove(const QString& profile, QObject* context, Done done)
{
    m_sessionOnly.remove(profile);
    auto* job = new QKeychain::DeletePasswordJob(serviceName(), this);
    job->setKey(profile);
    startJob(job, context,
             [done](QKeychain::DeletePasswordJob* finished) { done(outcomeOf(finished)); });
}

void PasswordStore::rememberForSession(const QString& profile, const QString& password)
{
    m_sessionOnly.insert(profile, password);
}

void PasswordStore::forgetForSession(const QString& profile)
{
    m_sessionOnly.remove(profile);
}

} // namespace migdesk::core
