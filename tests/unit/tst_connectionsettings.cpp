// SPDX-License-Identifier: GPL-3.0-or-later
// Profiles, conninfo strings, error classification and the units a DBA reads: no server needed.
#include "catalog/activityreader.h"
#include "common/units.h"
#include "connection/connectionprofile.h"
#include "connection/dberror.h"
#include "connection/libpqenvironment.h"
#include "connection/profilestore.h"
#include "connection/serverversion.h"
#include "connection/sessioncontrol.h"
#include "connection/sessionworker.h"
#include "runbook/migrationwatchreader.h"

#include <QFile>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <libpq-fe.h>
#include <sys/stat.h>

using namespace migdesk::core;
using Options = std::vector<std::pair<QString, QString>>;

Q_DECLARE_METATYPE(Options)

class TestConnectionSettings : public QObject
{
    Q_OBJECT
private slots:
    void conninfoParsing_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<Options>("expected");
        QTest::addRow("empty means libpq defaults") << QString() << true << Options{};
        QTest::addRow("uri") << QStringLiteral(
                                    "postgresql://app@db.example.com:6432/prs?sslmode=require")
                             << true
                             << Options{{QStringLiteral("user"), QStringLiteral("app")},
                                        {QStringLiteral("host"), QStringLiteral("db.example.com")},
                                        {QStringLiteral("port"), QStringLiteral("6432")},
                                        {QStringLiteral("dbname"), QStringLiteral("prs")},
                                        {QStringLiteral("sslmode"), QStringLiteral("require")}};
        QTest::addRow("short uri scheme")
            << QStringLiteral("postgres://h/db") << true
            << Options{{QStringLiteral("host"), QStringLiteral("h")},
                       {QStringLiteral("dbname"), QStringLiteral("db")}};
        QTest::addRow("percent-encoded socket dir")
            << QStringLiteral("postgresql://%2Fvar%2Frun%2Fpostgresql/prs") << true
            << Options{{QStringLiteral("host"), QStringLiteral("/var/run/postgresql")},
                       {QStringLiteral("dbname"), QStringLiteral("prs")}};
        QTest::addRow("conninfo with quotes")
            << QStringLiteral("host=db dbname='my db' user=o\\'neil") << true
            << Options{{QStringLiteral("host"), QStringLiteral("db")},
                       {QStringLiteral("dbname"), QStringLiteral("my db")},
                       {QStringLiteral("user"), QStringLiteral("o'neil")}};
        QTest::addRow("service name")
            << QStringLiteral("prod-replica") << true
            << Options{{QStringLiteral("service"), QStringLiteral("prod-replica")}};
        QTest::addRow("unknown keyword")
            << QStringLiteral("host=db colour=blue") << false << Options{};
        QTest::addRow("missing equals") << QStringLiteral("host=db dbname") << false << Options{};
        QTest::addRow("unterminated quote") << QStringLiteral("host='db") << false << Options{};
        QTest::addRow("bad uri parameter")
            << QStringLiteral("postgresql://h/db?colour=blue") << false << Options{};
        QTest::addRow("words with spaces") << QStringLiteral("my server") << false << Options{};
    }

    void conninfoParsing()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(Options, expected);
        QString error;
        const auto info = ConnInfo::parse(text, &error);
        QCOMPARE(info.has_value(), valid);
        if (!valid) {
            QVERIFY(!error.isEmpty());
            return;
        }
        for (const auto& [key, value] : expected)
            QCOMPARE(info->value(key), value);
        QCOMPARE(info->options().size(), expected.size());
        // The serialised form parses back to the same options.
        const auto again = ConnInfo::parse(info->toConninfoString(true), &error);
        QVERIFY(again);
        if (!info->isEmpty())
            QCOMPARE(*again, *info);
    }

    void conninfoNeverShowsThePassword()
    {
        QString error;
        const auto info = ConnInfo::parse(QStringLiteral("postgresql://u:s3cret@h/db"), &error);
        QVERIFY(info);
        QCOMPARE(info->value(QStringLiteral("password")), QStringLiteral("s3cret"));
        QVERIFY(!info->toConninfoString().contains(QStringLiteral("s3cret")));
        QVERIFY(!info->displayName().contains(QStringLiteral("s3cret")));
        QCOMPARE(info->displayName(), QStringLiteral("u@h/db"));
    }

    // An sslpassword never reaches a command line (toConninfoString) and reaches a child through
    // a private service file that libpq itself reads (PQconndefaults applies PGSERVICE as a
    // child's libpq would).
    void sslPasswordReachesChildrenOnlyThroughAPrivateServiceFile()
    {
        QString error;
        const auto info = ConnInfo::parse(
            QStringLiteral("host=db1 dbname=prs sslmode=verify-full sslpassword='key pass 1'"),
            &error);
        QVERIFY2(info, qPrintable(error));
        QVERIFY(!info->toConninfoString().contains(QStringLiteral("key pass 1")));
        QVERIFY(info->toConninfoString(true).contains(QStringLiteral("key pass 1")));

        const QProcessEnvironment environment = libpqEnvironment(*info, std::nullopt);
        const QString file = environment.value(QStringLiteral("PGSERVICEFILE"));
        QVERIFY(!file.isEmpty());
        QCOMPARE(environment.value(QStringLiteral("PGSERVICE")), QStringLiteral("migdesk"));
        for (const QString& key : environment.keys())
            QVERIFY2(!environment.value(key).contains(QStringLiteral("key pass 1")),
                     qPrintable(key));
        struct stat status = {};
        QVERIFY(::stat(QFile::encodeName(file).constData(), &status) == 0);
        QCOMPARE(status.st_mode & 0777, 0600u);
        QCOMPARE(libpqEnvironment(*info, std::nullopt).value(QStringLiteral("PGSERVICEFILE")),
                 file);

        qputenv("PGSERVICEFILE", QFile::encodeName(file));
        qputenv("PGSERVICE", "migdesk");
        PQconninfoOption* defaults = PQconndefaults();
        QString read;
        for (PQconninfoOption* o = defaults; o && o->keyword; ++o) {
            if (qstrcmp(o->keyword, "sslpassword") == 0 && o->val)
                read = QString::fromUtf8(o->val);
        }
        PQconninfoFree(defaults);
        qunsetenv("PGSERVICEFILE");
        qunsetenv("PGSERVICE");
        QCOMPARE(read, QStringLiteral("key pass 1"));

        // A target that names its own service keeps it.
        const auto withService =
            ConnInfo::parse(QStringLiteral("service=prod sslpassword=x"), &error);
        QVERIFY(withService);
        QCOMPARE(libpqEnvironment(*withService, std::nullopt).value(QStringLiteral("PGSERVICE")),
                 QStringLiteral("prod"));
    }

    // Every keyword of a target reaches a child as libpq would read it: the variable libpq names
    // for it, or, for those it reads from no variable, migdesk's private service file.
    void everyKeywordReachesChildren_data()
    {
        QTest::addColumn<QString>("conninfo");
        QTest::addColumn<QString>("variable"); // empty: through the service file
        QTest::addColumn<QString>("keyword");
        QTest::addColumn<QString>("value");
        const auto row = [](const char* keyword, const char* variable, const char* value) {
            QTest::addRow("%s", keyword)
                << QStringLiteral("%1='%2'").arg(QLatin1String(keyword), QLatin1String(value))
                << QString::fromLatin1(variable) << QString::fromLatin1(keyword)
                << QString::fromLatin1(value);
        };
        row("host", "PGHOST", "db1,db2");
        row("hostaddr", "PGHOSTADDR", "10.0.0.1,10.0.0.2");
        row("port", "PGPORT", "5432,6432");
        row("dbname", "PGDATABASE", "shop");
        row("user", "PGUSER", "deploy");
        row("target_session_attrs", "PGTARGETSESSIONATTRS", "read-write");
        row("channel_binding", "PGCHANNELBINDING", "require");
        row("gssencmode", "PGGSSENCMODE", "disable");
        row("options", "PGOPTIONS", "-c search_path=shop");
        row("sslmode", "PGSSLMODE", "verify-full");
        row("sslrootcert", "PGSSLROOTCERT", "/etc/ssl/prod-ca.pem");
        row("sslcrl", "PGSSLCRL", "/etc/ssl/prod.crl");
        row("sslsni", "PGSSLSNI", "0");
        row("ssl_min_protocol_version", "PGSSLMINPROTOCOLVERSION", "TLSv1.3");
        row("requirepeer", "PGREQUIREPEER", "postgres");
        row("krbsrvname", "PGKRBSRVNAME", "postgres");
        row("connect_timeout", "PGCONNECT_TIMEOUT", "7");
        row("passfile", "PGPASSFILE", "/home/dba/.pgpass-prod");
        row("keepalives_idle", "", "30");
        row("keepalives_count", "", "4");
        row("tcp_user_timeout", "", "9000");
        row("fallback_application_name", "", "deploy");
    }

    void everyKeywordReachesChildren()
    {
        QFETCH(QString, conninfo);
        QFETCH(QString, variable);
        QFETCH(QString, keyword);
        QFETCH(QString, value);
        QString error;
        const auto info = ConnInfo::parse(conninfo, &error);
        QVERIFY2(info, qPrintable(error));
        for (const QProcessEnvironment& environment :
             {libpqEnvironment(*info, std::nullopt), djangoEnvironment(*info, std::nullopt)}) {
            if (!variable.isEmpty()) {
                QCOMPARE(environment.value(variable), value);
                continue;
            }
            const QString file = environment.value(QStringLiteral("PGSERVICEFILE"));
            QVERIFY(!file.isEmpty());
            QCOMPARE(environment.value(QStringLiteral("PGSERVICE")), QStringLiteral("migdesk"));
            qputenv("PGSERVICEFILE", QFile::encodeName(file));
            qputenv("PGSERVICE", "migdesk");
            PQconninfoOption* defaults = PQconndefaults();
            QString read;
            for (PQconninfoOption* o = defaults; o && o->keyword; ++o) {
                if (keyword == QLatin1String(o->keyword) && o->val)
                    read = QString::fromUtf8(o->val);
            }
            PQconninfoFree(defaults);
            qunsetenv("PGSERVICEFILE");
            qunsetenv("PGSERVICE");
            QCOMPARE(read, value);
        }
    }

    // PostgreSQL's programs get only what they need of migdesk's environment; manage.py keeps
    // the project's variables but never migdesk's own (the webhook URL).
    void childrenGetOnlyWhatTheyNeed()
    {
        qputenv("DATABASE_URL", "postgres://app:apppass@elsewhere/shop");
        qputenv("MIGDESK_WEBHOOK_URL", "https://hooks.example/T0KEN");
        qputenv("AWS_SECRET_ACCESS_KEY", "aws-secret");
        qputenv("PGSSLROOTCERT", "/etc/ssl/user-ca.pem");
        const auto unset = qScopeGuard([] {
            for (const char* name :
                 {"DATABASE_URL", "MIGDESK_WEBHOOK_URL", "AWS_SECRET_ACCESS_KEY", "PGSSLROOTCERT"})
                qunsetenv(name);
        });
        QString error;
        const auto info = ConnInfo::parse(QStringLiteral("host=db1 dbname=shop"), &error);
        QVERIFY(info);
        const QProcessEnvironment tool = libpqEnvironment(*info, QStringLiteral("pw"));
        for (const char* gone : {"DATABASE_URL", "MIGDESK_WEBHOOK_URL", "AWS_SECRET_ACCESS_KEY"})
            QVERIFY2(!tool.contains(QLatin1String(gone)), gone);
        for (const char* kept : {"PATH", "HOME", "PGSSLROOTCERT"})
            QVERIFY2(tool.contains(QLatin1String(kept)) || qgetenv(kept).isEmpty(), kept);
        QCOMPARE(tool.value(QStringLiteral("PGPASSWORD")), QStringLiteral("pw"));
        QCOMPARE(tool.value(QStringLiteral("PGHOST")), QStringLiteral("db1"));

        const QProcessEnvironment django = djangoEnvironment(*info, QStringLiteral("pw"));
        QVERIFY(!django.contains(QStringLiteral("MIGDESK_WEBHOOK_URL")));
        QVERIFY(django.contains(QStringLiteral("DATABASE_URL")));
        QCOMPARE(django.value(QStringLiteral("PGDATABASE")), QStringLiteral("shop"));
    }

    void profileValidation_data()
    {
        QTest::addColumn<ConnectionProfile>("profile");
        QTest::addColumn<int>("problems");
        ConnectionProfile ok;
        ok.name = QStringLiteral("prod");
        ok.host = QStringLiteral("db1");
        QTest::addRow("fields only") << ok << 0;
        ConnectionProfile env = ok;
        env.host.clear();
        QTest::addRow("nothing but a name: PG* variables") << env << 0;
        ConnectionProfile unnamed = ok;
        unnamed.name = QStringLiteral("  ");
        QTest::addRow("no name") << unnamed << 1;
        ConnectionProfile port = ok;
        port.port = 70000;
        QTest::addRow("port out of range") << port << 1;
        ConnectionProfile ssl = ok;
        ssl.sslMode = QStringLiteral("always");
        QTest::addRow("unknown ssl mode") << ssl << 1;
        ConnectionProfile dsn = ok;
        dsn.dsn = QStringLiteral("host=db dbname");
        QTest::addRow("broken dsn") << dsn << 1;
        ConnectionProfile secret = ok;
        secret.dsn = QStringLiteral("postgresql://u:pw@h/db");
        QTest::addRow("password in dsn") << secret << 1;
        ConnectionProfile spaces = ok;
        spaces.host = QStringLiteral("db 1");
        QTest::addRow("host with space") << spaces << 1;
    }

    void profileValidation()
    {
        QFETCH(ConnectionProfile, profile);
        QFETCH(int, problems);
        QCOMPARE(profile.validate().size(), problems);
    }

    void profileFieldsOverrideTheConnectionString()
    {
        ConnectionProfile p;
        p.name = QStringLiteral("x");
        p.dsn = QStringLiteral("postgresql://app@db1:5432/prs?sslmode=prefer");
        p.port = 6432;
        p.sslMode = QStringLiteral("verify-full");
        QString error;
        const auto info = p.connInfo(&error);
        QVERIFY(info);
        QCOMPARE(info->value(QStringLiteral("host")), QStringLiteral("db1"));
        QCOMPARE(info->value(QStringLiteral("port")), QStringLiteral("6432"));
        QCOMPARE(info->value(QStringLiteral("sslmode")), QStringLiteral("verify-full"));
        QCOMPARE(info->value(QStringLiteral("user")), QStringLiteral("app"));
    }

    void profileStoreRoundTripWithoutSecrets()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("migdesk.conf"));
        std::vector<ConnectionProfile> profiles(2);
        profiles[0].name = QStringLiteral("prod");
        profiles[0].environment = Environment::Production;
        profiles[0].host = QStringLiteral("db1");
        profiles[0].port = 5433;
        profiles[0].sslMode = QStringLiteral("require");
        profiles[1].name = QStringLiteral("staging / eu");
        profiles[1].environment = Environment::Staging;
        profiles[1].dsn = QStringLiteral("service=staging");
        {
            QSettings settings(path, QSettings::IniFormat);
            ProfileStore(settings).save(profiles);
        }
        QSettings settings(path, QSettings::IniFormat);
        QCOMPARE(ProfileStore(settings).load(), profiles);
        QCOMPARE(ProfileStore(settings).find(QStringLiteral("staging / eu"))->dsn,
                 QStringLiteral("service=staging"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().toLower().contains("password"));
    }

    void environmentKeys()
    {
        for (auto e : {Environment::Development, Environment::Staging, Environment::Production})
            QCOMPARE(environmentFromKey(environmentKey(e)), e);
        QVERIFY(!environmentFromKey(QStringLiteral("prod")));
    }

    // Cancel and terminate follow the session's own database: the profile's database follows
    // the profile, any other database of the cluster is treated as production.
    void sessionActionsFollowTheSessionsDatabase_data()
    {
        QTest::addColumn<QString>("session");
        QTest::addColumn<QString>("profileDatabase");
        QTest::addColumn<int>("profile");
        QTest::addColumn<int>("expected");
        const int development = int(Environment::Development);
        const int staging = int(Environment::Staging);
        const int production = int(Environment::Production);
        QTest::newRow("the profile's database, development")
            << "shop"
            << "shop" << development << development;
        QTest::newRow("the profile's database, staging") << "shop"
                                                         << "shop" << staging << staging;
        QTest::newRow("the profile's database, production") << "shop"
                                                            << "shop" << production << production;
        QTest::newRow("another database on a development cluster")
            << "billing"
            << "shop" << development << production;
        QTest::newRow("a profile without a database name") << "shop"
                                                           << "" << development << production;
        QTest::newRow("a session without a database") << ""
                                                      << "shop" << development << production;
    }

    void sessionActionsFollowTheSessionsDatabase()
    {
        QFETCH(QString, session);
        QFETCH(QString, profileDatabase);
        QFETCH(int, profile);
        QFETCH(int, expected);
        QCOMPARE(int(SessionControl::environmentOf(session, profileDatabase, Environment(profile))),
                 expected);
        SessionControl::Request request;
        request.pid = 4242;
        request.backendStart = QStringLiteral("1764820800.123456");
        request.database = session;
        request.environment = Environment(expected);
        request.confirmed = true;
        QCOMPARE(SessionControl::refusal(request).isEmpty(),
                 expected != int(Environment::Production));
        request.backendStart.clear();
        QVERIFY(SessionControl::refusal(request).contains(QStringLiteral("start time")));
    }

    void connectionFailureMessages_data()
    {
        QTest::addColumn<QString>("libpq");
        QTest::addColumn<int>("kind");
        using K = DbError::Kind;
        const auto row = [](const char* tag, const char* text, K kind) {
            QTest::newRow(tag) << QString::fromUtf8(text) << int(kind);
        };
        row("refused",
            "connection to server at \"db\" (10.0.0.5), port 5432 failed: Connection refused\n"
            "\tIs the server running on that host and accepting TCP/IP connections?",
            K::HostUnreachable);
        row("socket missing",
            "connection to server on socket \"/tmp/.s.PGSQL.5432\" failed: No such file or "
            "directory",
            K::HostUnreachable);
        row("dns", "could not translate host name \"nohost\" to address: Name or service not known",
            K::UnknownHost);
        row("timeout", "connection to server at \"10.1.1.1\", port 5432 failed: timeout expired",
            K::ConnectionTimeout);
        row("bad password",
            "connection to server at \"db\", port 5432 failed: FATAL:  password authentication "
            "failed for user \"app\"",
            K::AuthenticationFailed);
        row("no password",
            "connection to server at \"db\", port 5432 failed: fe_sendauth: no password supplied",
            K::PasswordRequired);
        row("no database",
            "connection to server at \"db\", port 5432 failed: FATAL:  database \"prs\" does not "
            "exist",
            K::DatabaseMissing);
        row("no role",
            "connection to server at \"db\", port 5432 failed: FATAL:  role \"bob\" does not exist",
            K::RoleMissing);
        row("hba",
            "connection to server at \"db\", port 5432 failed: FATAL:  no pg_hba.conf entry for "
            "host \"10.0.0.9\", user \"app\", database \"prs\", no encryption",
            K::AccessRejected);
        row("server needs ssl",
            "connection to server at \"db\", port 5432 failed: FATAL:  no pg_hba.conf entry for "
            "host \"10.0.0.9\", user \"app\", database \"prs\", SSL off",
            K::AccessRejected);
        row("server lacks ssl",
            "connection to server at \"db\", port 5432 failed: server does not support SSL, but "
            "SSL was required",
            K::SslUnsupported);
        row("full",
            "connection to server at \"db\", port 5432 failed: FATAL:  sorry, too many clients "
            "already",
            K::TooManyConnections);
        row("starting",
            "connection to server at \"db\", port 5432 failed: FATAL:  the database system is "
            "starting up",
            K::ServerStarting);
        row("bad option", "invalid connection option \"colour\"", K::InvalidConnectionString);
        row("unknown", "something nobody has seen before", K::Other);
    }

    void connectionFailureMessages()
    {
        QFETCH(QString, libpq);
        QFETCH(int, kind);
        const DbError error = DbError::fromConnectionFailure(libpq);
        QCOMPARE(int(error.kind()), kind);
        QVERIFY(!error.sentence().isEmpty());
        QVERIFY(!error.message().contains(QStringLiteral("connection to server")));
        QVERIFY(!error.message().startsWith(QStringLiteral("FATAL")));
    }

    // Which servers migdesk accepts, how it writes their version, and which lock-wait start
    // each one's activity and migration-watch queries read.
    void serverVersions_data()
    {
        QTest::addColumn<int>("number");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("supported");
        QTest::addColumn<bool>("waitStart");
        QTest::newRow("9.6") << 90624 << QStringLiteral("9.6.24") << false << false;
        QTest::newRow("11") << 110022 << QStringLiteral("11.22") << false << false;
        QTest::newRow("12.0") << 120000 << QStringLiteral("12.0") << true << false;
        QTest::newRow("13") << 130016 << QStringLiteral("13.16") << true << false;
        QTest::newRow("14") << 140000 << QStringLiteral("14.0") << true << true;
        QTest::newRow("15") << 150008 << QStringLiteral("15.8") << true << true;
        QTest::newRow("17") << 170002 << QStringLiteral("17.2") << true << true;
    }

    void serverVersions()
    {
        QFETCH(int, number);
        QFETCH(QString, text);
        QFETCH(bool, supported);
        QFETCH(bool, waitStart);
        const ServerVersion version(number);
        QCOMPARE(version.text(), text);
        QCOMPARE(version.supported(), supported);
        const QString sentence = DbError(DbError::Kind::ServerTooOld, version.text()).sentence();
        QVERIFY(sentence.contains(QStringLiteral("PostgreSQL %1,").arg(text)));
        QVERIFY(sentence.contains(QStringLiteral("PostgreSQL 12 or newer")));
        const QString locks = ActivityReader::queries(number).at(1);
        const QString scene = MigrationWatchReader::queries(number).at(1);
        QCOMPARE(locks.contains(QStringLiteral("l.waitstart")), waitStart);
        QCOMPARE(scene.count(QStringLiteral("l.waitstart")), waitStart ? 2 : 0);
        QCOMPARE(locks.contains(QStringLiteral("NULL::timestamptz")), !waitStart);
        QCOMPARE(scene.contains(QStringLiteral("coalesce(NULL::timestamptz, w.state_change)")),
                 !waitStart);
        QVERIFY(!locks.contains(QStringLiteral("%1")) && !scene.contains(QStringLiteral("%1")));
    }

    void formatBytes_data()
    {
        QTest::addColumn<qint64>("bytes");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64(0) << QStringLiteral("0 bytes");
        QTest::newRow("bytes") << qint64(1023) << QStringLiteral("1023 bytes");
        QTest::newRow("kB") << qint64(8192) << QStringLiteral("8.0 kB");
        QTest::newRow("MB") << qint64(150) * 1024 * 1024 << QStringLiteral("150 MB");
        QTest::newRow("GB with decimal") << qint64(1536) * 1024 * 1024 << QStringLiteral("1.5 GB");
        QTest::newRow("TB") << qint64(3) * 1024 * 1024 * 1024 * 1024 << QStringLiteral("3.0 TB");
    }

    void formatBytes()
    {
        QFETCH(qint64, bytes);
        QFETCH(QString, text);
        QCOMPARE(migdesk::core::formatBytes(bytes), text);
    }

    void formatDuration_data()
    {
        QTest::addColumn<double>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("ms") << 0.042 << QStringLiteral("42 ms");
        QTest::newRow("seconds") << 3.25 << QStringLiteral("3.3 s");
        QTest::newRow("minutes") << 250.0 << QStringLiteral("4 min 10 s");
        QTest::newRow("whole minute") << 60.0 << QStringLiteral("1 min");
        QTest::newRow("hours") << 7500.0 << QStringLiteral("2 h 5 min");
        QTest::newRow("days") << 3.0 * 86400 + 4 * 3600 << QStringLiteral("3 d 4 h");
        QTest::newRow("negative") << -1.0 << QStringLiteral("n/a");
    }

    void formatDuration()
    {
        QFETCH(double, seconds);
        QFETCH(QString, text);
        QCOMPARE(migdesk::core::formatDuration(seconds), text);
    }

    void reconnectBackoffGrowsAndCaps()
    {
        QCOMPARE(SessionWorker::backoffMs(0), 500);
        QCOMPARE(SessionWorker::backoffMs(1), 1000);
        QCOMPARE(SessionWorker::backoffMs(3), 4000);
        QCOMPARE(SessionWorker::backoffMs(6), 30'000);
        QCOMPARE(SessionWorker::backoffMs(50), 30'000);
    }
};

QTEST_GUILESS_MAIN(TestConnectionSettings)
#include "tst_connectionsettings.moc"
