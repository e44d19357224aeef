// SPDX-License-Identifier: GPL-3.0-or-later
// The console driven offscreen: main window on the demo database, banner, profile dialog.
#include "../support/testcluster.h"
#include "cluster/demodatabase.h"
#include "common/units.h"
#include "connection/passwordstore.h"
#include "connection/pgconnection.h"
#include "connection/profilestore.h"
#include "environmentbanner.h"
#include "mainwindow.h"
#include "models/largesttablesmodel.h"
#include "overviewpane.h"
#include "profiledialog.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace migdesk;
using migdesk::tests::TestCluster;

namespace {

// Screenshots for docs/ are written when MIGDESK_SCREENSHOT_DIR is set (scripts/screenshots.sh).
void screenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("MIGDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QVERIFY(widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
}

core::ConnectionProfile profileNamed(const QString& name, core::Environment environment)
{
    core::ConnectionProfile profile;
    profile.name = name;
    profile.environment = environment;
    return profile;
}

} // namespace

class TestConsole : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    core::PasswordStore m_passwords;

    QString settingsPath() const { return m_dir.filePath(QStringLiteral("migdesk.conf")); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        auto& cluster = TestCluster::start();
        QString error;
        QVERIFY2(core::DemoDatabase::create(cluster, &error), qPrintable(error));
        m_settings = std::make_unique<QSettings>(settingsPath(), QSettings::IniFormat);
    }
    void cleanupTestCase() { TestCluster::stop(); }

    void mainWindowShowsTheDemoDatabase()
    {
        ui::MainWindow window(*m_settings, m_passwords);
        window.resize(1200, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto& cluster = TestCluster::start();
        window.activate(profileNamed(QStringLiteral("PRS demo"), core::Environment::Development),
                        cluster.connInfo(core::DemoDatabase::databaseName()), std::nullopt);

        ui::OverviewPane* pane = window.overviewPane();
        QTRY_VERIFY_WITH_TIMEOUT(pane->overview().has_value(), 15'000);
        const core::DatabaseOverview& overview = *pane->overview();
        QCOMPARE(overview.database, QStringLiteral("prs"));

        core::PgConnection truth;
        QVERIFY(!truth.open(cluster.connInfo(QStringLiteral("prs")), std::nullopt,
                            core::SessionPolicy::inspection()));
        const auto size = truth.exec(QStringLiteral("SELECT pg_database_size('prs') AS bytes"));
        QVERIFY(size);
        const qint64 bytes = size->toInt64(0, QStringLiteral("bytes"));
        // Autovacuum may add a visibility map page between the two reads; a DBA reads MB anyway.
        QVERIFY(std::abs(overview.databaseBytes - bytes) < bytes / 100);
        auto* sizeLabel = pane->findChild<QLabel*>(QStringLiteral("databaseSize"));
        QVERIFY(sizeLabel);
        QCOMPARE(sizeLabel->text(), core::formatBytes(overview.databaseBytes));
        QVERIFY(sizeLabel->text().endsWith(QStringLiteral(" MB")));

        auto* tables = pane->findChild<QTableView*>(QStringLiteral("largestTables"));
        QVERIFY(tables);
        QCOMPARE(tables->model()->rowCount(), 10);
        const QString largest = tables->model()->index(0, models::LargestTablesModel::Table).data().toString();
        QCOMPARE(largest, overview.largestTables.front().qualifiedName());

        QVERIFY(window.banner()->isVisible());
        QVERIFY(window.banner()->text().startsWith(QStringLiteral("DEVELOPMENT")));
        QVERIFY(window.windowTitle().contains(QStringLiteral("PRS demo")));

        // The second sample turns the transaction counters into a rate.
        pane->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(pane->overview()->transactionsPerSecond.has_value(), 10'000);
        screenshot(&window, QStringLiteral("main-window"));
    }

    void productionIsRedAndUnmissable()
    {
        ui::MainWindow window(*m_settings, m_passwords);
        window.show();
        window.activate(profileNamed(QStringLiteral("prod-eu"), core::Environment::Production),
                        TestCluster::start().connInfo(QStringLiteral("prs")), std::nullopt);
        QVERIFY(window.banner()->isVisible());
        QVERIFY(window.banner()->text().startsWith(QStringLiteral("PRODUCTION")));
        QVERIFY(window.banner()->styleSheet().contains(QStringLiteral("#c62828")));
        QTRY_VERIFY_WITH_TIMEOUT(window.overviewPane()->overview().has_value(), 15'000);
        screenshot(&window, QStringLiteral("main-window-production"));
    }

    void paneSaysWhenTheServerIsUnreachable()
    {
        ui::OverviewPane pane;
        QString error;
        auto info = core::ConnInfo::parse(QStringLiteral("host=127.0.0.1 port=1 user=postgres"), &error);
        QVERIFY(info);
        pane.setTarget(*info, std::nullopt);
        auto* status = pane.findChild<QLabel*>(QStringLiteral("overviewStatus"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("no PostgreSQL server is reachable")), 10'000);
    }

    void profileDialogKeepsThePasswordOutOfTheSettingsFile()
    {
        const QString secret = QStringLiteral("hunter2-do-not-store");
        auto& cluster = TestCluster::start();
        ui::ProfileDialog dialog(*m_settings, m_passwords);
        dialog.show();
        auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("name"));
        auto* host = dialog.findChild<QLineEdit*>(QStringLiteral("host"));
        auto* port = dialog.findChild<QSpinBox*>(QStringLiteral("port"));
        auto* database = dialog.findChild<QLineEdit*>(QStringLiteral("database"));
        auto* user = dialog.findChild<QLineEdit*>(QStringLiteral("user"));
        auto* password = dialog.findChild<QLineEdit*>(QStringLiteral("password"));
        auto* save = dialog.findChild<QPushButton*>(QStringLiteral("save"));
        QVERIFY(name && host && port && database && user && password && save);
        name->setText(QStringLiteral("demo-local"));
        host->setText(cluster.socketDir());
        port->setValue(cluster.port());
        database->setText(QStringLiteral("prs"));
        user->setText(QStringLiteral("postgres"));
        QTest::keyClicks(password, secret);
        QSignalSpy saved(&dialog, &ui::ProfileDialog::saved);
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10'000);
        screenshot(&dialog, QStringLiteral("profile-dialog"));

        m_settings->sync();
        QFile file(settingsPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray contents = file.readAll();
        QVERIFY(contents.contains("demo-local"));
        QVERIFY2(!contents.contains(secret.toUtf8()), "the password reached the settings file");
        QVERIFY(password->text().isEmpty());

        // The password is retrievable: from the keychain when a secret service runs (as under
        // scripts/test.sh), else from session memory, and the dialog said which.
        std::optional<QString> stored;
        bool answered = false;
        m_passwords.read(QStringLiteral("demo-local"), this,
                         [&](std::optional<QString> found, const core::PasswordStore::Outcome&) {
                             stored = found;
                             answered = true;
                         });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 10'000);
        QCOMPARE(stored.value_or(QString()), secret);
        const QString said = saved.first().first().toString();
        // scripts/test.sh runs the suite with an unlocked gnome-keyring and says so.
        if (qEnvironmentVariableIntValue("MIGDESK_EXPECT_KEYCHAIN"))
            QVERIFY2(said.contains(QStringLiteral("in the system keychain")), qPrintable(said));
        else
            QVERIFY2(said.contains(QStringLiteral("keychain")) || said.contains(QStringLiteral("memory")),
                     qPrintable(said));
        QCOMPARE(core::ProfileStore(*m_settings).find(QStringLiteral("demo-local"))->port, cluster.port());
    }

    void testConnectionSaysWhatWentWrong()
    {
        ui::ProfileDialog dialog(*m_settings, m_passwords);
        dialog.show();
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("add")), Qt::LeftButton);
        auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("name"));
        auto* dsn = dialog.findChild<QLineEdit*>(QStringLiteral("dsn"));
        auto* result = dialog.findChild<QLabel*>(QStringLiteral("testResult"));
        name->setText(QStringLiteral("typo"));
        dsn->setText(TestCluster::start().connInfo(QStringLiteral("prsx")).toConninfoString());
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("test")), Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(result->text().contains(QStringLiteral("does not exist")),
                                  qPrintable(result->text()), 10'000);

        dsn->setText(TestCluster::start().connInfo(QStringLiteral("prs")).toConninfoString());
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("test")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QStringLiteral("Connected: PostgreSQL 15")), 10'000);

        dsn->setText(QStringLiteral("host=x dbname"));
        auto* problems = dialog.findChild<QLabel*>(QStringLiteral("problems"));
        QVERIFY(problems->text().contains(QStringLiteral("not valid")));
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("save"))->isEnabled());
    }
};

QTEST_MAIN(TestConsole)
#include "tst_console.moc"
