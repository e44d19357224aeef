// SPDX-License-Identifier: GPL-3.0-or-later
// The runbook wizard driven offscreen through the real steps on the demo database: a dry run
// that changes nothing, a migration that fails behind another session's lock and is rolled back
// by restoring the backup, and the whole cycle on a production profile.
#include "../support/backgroundsession.h"
#include "../support/testcluster.h"
#include "cluster/demodatabase.h"
#include "connection/passwordstore.h"
#include "connection/pgconnection.h"
#include "history/historystore.h"
#include "history/timelineentry.h"
#include "models/backupfilesmodel.h"
#include "models/backupproofmodel.h"
#include "models/checklistmodel.h"
#include "models/migrationplanmodel.h"
#include "models/runstepsmodel.h"
#include "models/schemadiffmodel.h"
#include "models/stepresultsmodel.h"
#include "models/timelinefiltermodel.h"
#include "models/timelinemodel.h"
#include "ui/historypane.h"
#include "ui/mainwindow.h"
#include "ui/runbook/backuppage.h"
#include "ui/runbook/migratepage.h"
#include "ui/runbook/migrationwatchview.h"
#include "ui/runbook/preflightpage.h"
#include "ui/runbook/rollbackpage.h"
#include "ui/runbook/runbookwizard.h"
#include "ui/runbook/steplogview.h"
#include "ui/runbook/stepprogressbar.h"
#include "ui/runbook/steprunview.h"
#include "ui/runbook/summarypage.h"
#include "ui/runbook/verifypage.h"
#include "ui/rundetaildialog.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeView>

#include <map>

using namespace migdesk;
using migdesk::tests::BackgroundSession;
using migdesk::tests::TestCluster;

namespace {

// A backup, a proof by restore or a restore of the 400 MB demo on a busy two-core machine.
constexpr int kLongStepMs = 400'000;
constexpr int kStepMs = 180'000;

// Screenshots for docs/ are written when MIGDESK_SCREENSHOT_DIR is set (scripts/screenshots.sh).
void screenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("MIGDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QVERIFY(widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
}

// What a rollback must bring back: every table's exact row count and Django's record of the
// applied migrations.
struct DatabaseState
{
    std::map<QString, qint64> rows;
    QStringList migrations;
};

DatabaseState readState()
{
    core::PgConnection connection;
    const auto error =
        connection.open(TestCluster::start().connInfo(core::DemoDatabase::databaseName()),
                        std::nullopt, core::SessionPolicy::inspection());
    if (error)
        qFatal("cannot read the demo database: %s", qPrintable(error->sentence()));
    DatabaseState state;
    const auto counts = connection.exec(QStringLiteral(R"(
        SELECT format('%I.%I', table_schema, table_name) AS name,
               (xpath('/row/n/text()',
                      query_to_xml(format('SELECT count(*) AS n FROM %I.%I',
                                          table_schema, table_name),
                                   false, true, '')))[1]::text::bigint AS n
        FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
        ORDER BY 1)"));
    if (!counts)
        qFatal("cannot count rows: %s", qPrintable(counts.error().sentence()));
    for (int i = 0; i < counts->rowCount(); ++i)
        state.rows[counts->text(i, QStringLiteral("name"))] =
            counts->toInt64(i, QStringLiteral("n"));
    const auto applied = connection.exec(QStringLiteral(
        "SELECT app || '.' || name AS migration FROM django_migrations ORDER BY app, name"));
    if (!applied)
        qFatal("cannot read django_migrations: %s", qPrintable(applied.error().sentence()));
    for (int i = 0; i < applied->rowCount(); ++i)
        state.migrations << applied->text(i, QStringLiteral("migration"));
    return state;
}

core::ConnectionTarget demoTarget(core::Environment environment)
{
    core::ConnectionProfile profile;
    profile.name = environment == core::Environment::Production ? QStringLiteral("prs-production")
                                                                : QStringLiteral("PRS demo");
    profile.environment = environment;
    return {profile, TestCluster::start().connInfo(core::DemoDatabase::databaseName()),
            std::nullopt};
}

void clickNext(QWizard& wizard)
{
    QAbstractButton* next = wizard.button(QWizard::NextButton);
    QVERIFY2(next->isEnabled(),
             qPrintable(QStringLiteral("Next is disabled on page %1").arg(wizard.currentId())));
    QTest::mouseClick(next, Qt::LeftButton);
}

// A radio button toggles only when its indicator or label is hit, not the empty rest of its row.
void clickRadio(QRadioButton* button)
{
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(8, button->height() / 2));
}

template <class T> T* child(QWidget* parent, const char* name)
{
    auto* found = parent->findChild<T*>(QString::fromLatin1(name));
    if (!found)
        qFatal("no %s named %s", T::staticMetaObject.className(), name);
    return found;
}

QStringList column(const QAbstractItemView* view, int column)
{
    QStringList texts;
    const QAbstractItemModel* model = view->model();
    for (int row = 0; row < model->rowCount(); ++row)
        texts << model->index(row, column).data().toString();
    return texts;
}

void selectRow(QAbstractItemView* view, int row)
{
    view->setCurrentIndex(view->model()->index(row, 0));
}

// A Slack-compatible incoming webhook on 127.0.0.1: answers 200 and keeps what was posted.
class WebhookListener : public QObject
{
public:
    WebhookListener()
    {
        if (!m_server.listen(QHostAddress::LocalHost))
            qFatal("cannot listen for the webhook");
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                    m_buffer += socket->readAll();
                    const qsizetype end = m_buffer.indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    const QByteArray head = m_buffer.left(end).toLower();
                    const qsizetype at = head.indexOf("content-length:");
                    const qsizetype length =
                        at < 0 ? 0
                               : head.mid(at + 15, head.indexOf('\r', at) - at - 15)
                                     .trimmed()
                                     .toLongLong();
                    if (m_buffer.size() < end + 4 + length)
                        return;
                    bodies << m_buffer.mid(end + 4, length);
                    m_buffer.clear();
                    socket->write(
                        "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok");
                    socket->disconnectFromHost();
                });
            }
        });
    }
    QString url() const
    {
        return QStringLiteral("http://127.0.0.1:%1/hook").arg(m_server.serverPort());
    }
    QList<QByteArray> bodies;

private:
    QTcpServer m_server;
    QByteArray m_buffer;
};

} // namespace

class TestWizard : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    core::PasswordStore m_passwords;
    QString m_project;

    QString backupDirectory() const { return m_dir.filePath(QStringLiteral("backups")); }

    void prepare(ui::RunbookWizard& wizard)
    {
        wizard.setSource(false, m_project, m_project + QStringLiteral("/manage.py"));
        wizard.run().backup.options.directory = backupDirectory();
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    }

    // The preflight runs as the page opens; a live run asks for the checks again.
    void passPreflight(ui::RunbookWizard& wizard, bool live, const QString& typedName = {})
    {
        ui::PreflightPage* page = wizard.preflightPage();
        QTRY_VERIFY_WITH_TIMEOUT(page->result().has_value() && !wizard.isStepRunning(), kStepMs);
        if (live) {
            clickRadio(child<QRadioButton>(page, "liveRun"));
            QVERIFY(child<QRadioButton>(page, "liveRun")->isChecked());
            QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
            if (!typedName.isEmpty()) {
                auto* typed = child<QLineEdit>(page, "typedDatabase");
                QVERIFY(typed->isVisible());
                QVERIFY(!page->refusal().isEmpty());
                QTest::keyClicks(typed, QStringLiteral("pr"));
                QVERIFY(!page->refusal().isEmpty());
                QTest::keyClicks(typed, QStringLiteral("s"));
                QVERIFY(page->refusal().isEmpty());
            }
            QTest::mouseClick(child<QPushButton>(page, "runChecks"), Qt::LeftButton);
            QVERIFY(wizard.isStepRunning());
            QTRY_VERIFY_WITH_TIMEOUT(!wizard.isStepRunning(), kStepMs);
        }
        QVERIFY2(page->result()->ok(), qPrintable(page->result()->sentence));
        QVERIFY(page->checks()->rowOfKey(QStringLiteral("pending")) >= 0);
        QVERIFY(page->checks()->rowOfKey(QStringLiteral("backup_disk")) >= 0);
        QVERIFY(core::worstStatus(page->checks()->checks()) != core::Check::Status::Fail);
        QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    }

    void takeBackup(ui::RunbookWizard& wizard)
    {
        QCOMPARE(wizard.currentId(), int(ui::RunbookWizard::BackupPageId));
        ui::BackupPage* page = wizard.backupPage();
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled()); // a live run needs the backup
        QTest::mouseClick(child<QPushButton>(page, "startBackup"), Qt::LeftButton);
        QVERIFY(wizard.isStepRunning());
        QVERIFY(child<QPushButton>(page, "cancelStep")->isEnabled());
        QVERIFY(!wizard.button(QWizard::BackButton)->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.isStepRunning(), kLongStepMs);
        QVERIFY2(page->result()->ok(), qPrintable(page->result()->sentence));
        QVERIFY(QFile::exists(wizard.run().backupMetadataPath));
        const QStringList sizes = column(page->filesView(), models::BackupFilesModel::Size);
        QVERIFY(!sizes.isEmpty());
        QVERIFY(sizes.front().endsWith(QStringLiteral(" MB")));
        QCOMPARE(column(page->filesView(), models::BackupFilesModel::Sha256).front().size(), 64);
        QVERIFY(page->runView()->log()->text().contains(QStringLiteral("pg_dump")));
        QVERIFY(page->runView()->progressBar()->timesText().startsWith(QStringLiteral("took ")));
    }

    // A reviewer on another machine (a history of their own, empty) with a read-only role on a
    // second profile opens the history pane: the run is there from the target's mirror, with its
    // steps, its schema diff and its report.
    void reviewerSeesTheRun(const QString& uuid)
    {
        TestCluster::exec(QStringLiteral("CREATE ROLE reviewer LOGIN; "
                                         "GRANT USAGE ON SCHEMA migdesk TO reviewer; "
                                         "GRANT SELECT ON migdesk.runs TO reviewer;"),
                          core::DemoDatabase::databaseName());
        core::ConnectionTarget reviewer = demoTarget(core::Environment::Production);
        reviewer.profile.name = QStringLiteral("prs-review");
        reviewer.info.set(QStringLiteral("user"), QStringLiteral("reviewer"));
        ui::HistoryPane pane;
        pane.resize(1280, 820);
        pane.show();
        QSignalSpy refreshed(&pane, &ui::Pane::refreshed);
        pane.setStorePath(m_dir.filePath(QStringLiteral("reviewer/history.sqlite")));
        pane.setTarget(reviewer);
        const auto rowOfRun = [&] {
            for (int row = 0; row < pane.filter()->rowCount(); ++row) {
                const core::TimelineEntry* entry = pane.model()->entry(
                    pane.filter()->mapToSource(pane.filter()->index(row, 0)).row());
                if (entry && entry->runUuid == uuid &&
                    entry->source == core::TimelineEntry::Source::Mirror)
                    return row;
            }
            return -1;
        };
        QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty() && rowOfRun() >= 0, 30'000);
        QSignalSpy opened(&pane, &ui::HistoryPane::runDetailOpened);
        pane.openRow(rowOfRun());
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 20'000);
        ui::RunDetailDialog* detail = pane.runDetail();
        QVERIFY(detail->contents().run.fromMirror);
        QCOMPARE(detail->stepsModel()->rowCount(), 4);
        QCOMPARE(int(detail->contents().run.migrations.size()), 6);
        QVERIFY(!detail->contents().run.walLsn.isEmpty());
        QVERIFY(detail->contents().run.confirmedBy.contains(QStringLiteral("prs")));
        QVERIFY2(detail->diffModel()->rowCount() > 0, "the mirrored run has no schema diff");
        const QString html = m_dir.filePath(QStringLiteral("reviewer/run.html"));
        QString error;
        QVERIFY2(detail->exportTo(html, ui::ReportExport::Format::Html, &error), qPrintable(error));
        QFile file(html);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString report = QString::fromUtf8(file.readAll());
        for (const QString& expected :
             {QStringLiteral("preflight"), QStringLiteral("backup"), QStringLiteral("verify"),
              detail->contents().run.walLsn, QStringLiteral("<svg")})
            QVERIFY2(report.contains(expected), qPrintable(expected));
        detail->resize(1100, 760);
        screenshot(detail, QStringLiteral("history-reviewer-run"));
        TestCluster::exec(QStringLiteral("DROP TABLE planted_without_key"),
                          core::DemoDatabase::databaseName());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        auto* plurals = new QTranslator(this);
        QVERIFY(plurals->load(QStringLiteral(PLURAL_FORMS_QM)));
        QCoreApplication::installTranslator(plurals);
        auto& cluster = TestCluster::start();
        QString error;
        QVERIFY2(core::DemoDatabase::create(cluster, &error), qPrintable(error));
        m_project = core::DemoDatabase::djangoProject();
        QVERIFY(!m_project.isEmpty());
        QSettings().clear();
    }
    void cleanupTestCase() { TestCluster::stop(); }

    void modelsAreConsistent()
    {
        models::ChecklistModel checks;
        QAbstractItemModelTester checksTester(
            &checks, QAbstractItemModelTester::FailureReportingMode::QtTest);
        core::CheckList list;
        for (const auto status : {core::Check::Status::Pass, core::Check::Status::Warn,
                                  core::Check::Status::Fail, core::Check::Status::Skipped}) {
            core::Check check;
            check.key = core::Check::statusKey(status);
            check.title = check.key;
            check.status = status;
            check.figure = QStringLiteral("1.4 GB");
            list.push_back(check);
        }
        checks.setChecks(core::checksFromJson(core::checksJson(list)));
        QCOMPARE(checks.rowCount(), 4);
        for (int row = 0; row < 4; ++row) {
            QCOMPARE(checks.check(row)->status, list[std::size_t(row)].status);
            // Colour on the status cell only, none for skipped.
            const QVariant colour =
                checks.index(row, models::ChecklistModel::Status).data(Qt::ForegroundRole);
            QCOMPARE(colour.isValid(),
                     list[std::size_t(row)].status != core::Check::Status::Skipped);
            for (int c = models::ChecklistModel::Title; c < models::ChecklistModel::ColumnCount;
                 ++c)
                QVERIFY(!checks.index(row, c).data(Qt::ForegroundRole).isValid());
        }
        QCOMPARE(checks.rowOfKey(QStringLiteral("fail")), 2);

        models::StepResultsModel results;
        QAbstractItemModelTester resultsTester(
            &results, QAbstractItemModelTester::FailureReportingMode::QtTest);
        core::StepResult backup;
        backup.step = QStringLiteral("backup");
        backup.seconds = 75;
        backup.started = QDateTime::currentDateTime();
        results.add(backup);
        QCOMPARE(results.index(0, models::StepResultsModel::Step).data().toString(),
                 QStringLiteral("Backup"));
        QCOMPARE(results.index(0, models::StepResultsModel::Duration).data().toString(),
                 QStringLiteral("1 min 15 s"));
    }

    void logViewFindsLines()
    {
        ui::StepLogView view;
        view.appendLine(QStringLiteral(
            "[2026-11-25 03:15:00] pg_dump: dumping contents of table public.ledger"));
        view.appendLine(QStringLiteral(
            "[2026-11-25 03:15:01] pg_dump: dumping contents of table public.billing"));
        view.setSearchText(QStringLiteral("LEDGER"));
        QCOMPARE(view.matchCount(), 1);
        view.appendLine(QStringLiteral("[2026-11-25 03:15:02] ledger done"));
        QCOMPARE(view.matchCount(), 2);
        QVERIFY(view.findNext());
        QCOMPARE(view.textView()->textCursor().blockNumber(), 2);
        view.setSearchText(QStringLiteral("nowhere"));
        QCOMPARE(view.matchCount(), 0);
        QVERIFY(!view.findNext());
        QCOMPARE(view.lineCount(), 3);
    }

    void dryRunShowsThePlanAndChangesNothing()
    {
        const DatabaseState before = readState();
        ui::RunbookWizard wizard(demoTarget(core::Environment::Development), m_passwords);
        prepare(wizard);
        passPreflight(wizard, false);
        clickNext(wizard);
        // A dry run changes nothing, so the backup is optional. One started and cancelled
        // leaves nothing behind.
        QCOMPARE(wizard.currentId(), int(ui::RunbookWizard::BackupPageId));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        ui::BackupPage* backup = wizard.backupPage();
        QTest::mouseClick(child<QPushButton>(backup, "startBackup"), Qt::LeftButton);
        QVERIFY(wizard.isStepRunning());
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY(!wizard.button(QWizard::BackButton)->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(backup->runView()->progressBar()->bar()->value() > 0, kStepMs);
        QTest::mouseClick(backup->runView()->cancelButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.isStepRunning(), 30'000);
        QCOMPARE(backup->result()->outcome, core::StepResult::Outcome::Cancelled);
        QVERIFY(wizard.run().backupMetadataPath.isEmpty());
        QCOMPARE(QDir(backupDirectory()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
                 QStringList());
        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(ui::RunbookWizard::MigratePageId));
        ui::MigratePage* migrate = wizard.migratePage();
        QTRY_VERIFY_WITH_TIMEOUT(migrate->planResult().has_value() && !wizard.isStepRunning(),
                                 kStepMs);
        QVERIFY2(migrate->planResult()->ok(), qPrintable(migrate->planResult()->sentence));
        const QStringList expected{
            QStringLiteral("accounts.0003_rename_branch_code_sort_code"),
            QStringLiteral("billing.0003_invoice_status_due_idx"),
            QStringLiteral("customers.0003_customer_preferred_language"),
            QStringLiteral("payments.0003_payment_method_index_concurrently"),
            QStringLiteral("ledger.0003_ledgerentry_receipt_drop_legacy_batch"),
            QStringLiteral("receipts.0002_alter_receipt_ordering")};
        QCOMPARE(column(migrate->planView(), models::MigrationPlanModel::Migration), expected);
        QVERIFY(column(migrate->planView(), models::MigrationPlanModel::Risk)[4].startsWith(
            QStringLiteral("High")));
        selectRow(migrate->planView(), 1);
        QVERIFY2(migrate->sqlView()->toPlainText().contains(QStringLiteral("CREATE INDEX")),
                 qPrintable(migrate->sqlView()->toPlainText()));
        QVERIFY(!migrate->applyButton()->isVisible());
        QVERIFY(!migrate->watchView()->isVisible());
        // The dry run stops here: next is the summary.
        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(ui::RunbookWizard::SummaryPageId));
        QStringList steps;
        for (const core::StepResult& r : wizard.summary().steps())
            steps << r.step;
        QCOMPARE(steps, (QStringList{QStringLiteral("preflight"), QStringLiteral("backup"),
                                     QStringLiteral("migrate")}));
        QCOMPARE(wizard.summary().outcome(), core::StepResult::Outcome::Cancelled);
        QVERIFY(wizard.summaryPage()->notificationLabel()->text().contains(
            QStringLiteral("No webhook")));
        QCOMPARE(readState().migrations, before.migrations);
        // The log file has every line the pages showed.
        QFile log(wizard.log().filePath());
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QString logged = QString::fromUtf8(log.readAll());
        QVERIFY(logged.contains(QStringLiteral("Mode: dry run")));
        QVERIFY(
            logged.contains(QStringLiteral("ledger.0003_ledgerentry_receipt_drop_legacy_batch")));
        QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
        QVERIFY(!wizard.isVisible());
    }

    void failedMigrationIsRolledBackByRestore()
    {
        const DatabaseState before = readState();
        QCOMPARE(before.migrations.size(), 12);
        // Another session holds the ledger: ledger.0003 cannot get its lock, times out, retries
        // and gives up, after the four migrations before it were applied.
        auto blocker = std::make_unique<BackgroundSession>(
            TestCluster::start().connInfo(core::DemoDatabase::databaseName()), "nightly-report");
        blocker->run("BEGIN");
        blocker->run("LOCK TABLE ledger_ledgerentry IN ACCESS SHARE MODE");

        ui::RunbookWizard wizard(demoTarget(core::Environment::Development), m_passwords);
        prepare(wizard);
        passPreflight(wizard, true);
        clickNext(wizard);
        takeBackup(wizard);
        if (QTest::currentTestFailed())
            return;
        clickNext(wizard);
        ui::MigratePage* migrate = wizard.migratePage();
        QTRY_VERIFY_WITH_TIMEOUT(migrate->planResult().has_value() && !wizard.isStepRunning(),
                                 kStepMs);
        QVERIFY(migrate->applyButton()->isVisible());
        QTest::mouseClick(migrate->applyButton(), Qt::LeftButton);
        QVERIFY(wizard.isStepRunning());
        QVERIFY(migrate->watchView()->isWatching());
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.isStepRunning(), kStepMs);
        QVERIFY(!migrate->watchView()->isWatching());
        QVERIFY(migrate->liveResult().has_value());
        QCOMPARE(migrate->liveResult()->outcome, core::StepResult::Outcome::Failed);
        const QStringList outcomes =
            column(migrate->planView(), models::MigrationPlanModel::Outcome);
        QCOMPARE(outcomes,
                 (QStringList{QStringLiteral("applied"), QStringLiteral("applied"),
                              QStringLiteral("applied"), QStringLiteral("applied"),
                              QStringLiteral("failed"), QStringLiteral("not attempted")}));
        QVERIFY(column(migrate->planView(), models::MigrationPlanModel::Retries)[4].toInt() >= 1);
        QVERIFY(!migrate->walLabel()->text().isEmpty());
        QVERIFY(migrate->rollbackButton()->isVisible());
        // The migration that stopped the run is selected, with its error and its way back.
        const QString shown = migrate->sqlView()->toPlainText();
        QVERIFY2(shown.startsWith(QStringLiteral("-- Failed:")) &&
                     shown.contains(QStringLiteral("-- Way back: Django backwards")) &&
                     shown.contains(QStringLiteral("ALTER TABLE \"ledger_ledgerentry\"")),
                 qPrintable(shown));
        QVERIFY2(migrate->runView()->log()->text().contains(QString::number(blocker->pid())),
                 "the log names the session that held the lock");
        QCOMPARE(readState().migrations.size(), 16);
        screenshot(&wizard, QStringLiteral("wizard-migrate-failed"));

        // The other session goes; the way back is this run's backup.
        blocker.reset();
        QTest::mouseClick(migrate->rollbackButton(), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(ui::RunbookWizard::RollbackPageId));
        ui::RollbackPage* rollback = wizard.rollbackPage();
        QVERIFY(child<QRadioButton>(rollback, "wayRestore")->isChecked());
        QCOMPARE(child<QLineEdit>(rollback, "backupPath")->text(), wizard.run().backupMetadataPath);
        QTRY_VERIFY_WITH_TIMEOUT(!rollback->isDescribing(), kStepMs);
        const QString described = rollback->descriptionView()->toPlainText();
        QVERIFY2(described.contains(QStringLiteral("pre-rollback backup")) &&
                     described.contains(QStringLiteral("psql --single-transaction")),
                 qPrintable(described));
        // Migrating backwards is described too, before anything starts.
        clickRadio(child<QRadioButton>(rollback, "wayMigrations"));
        QTRY_VERIFY_WITH_TIMEOUT(!rollback->isDescribing(), kStepMs);
        QVERIFY2(rollback->descriptionView()->toPlainText().contains(QStringLiteral("backwards")),
                 qPrintable(rollback->descriptionView()->toPlainText()));
        clickRadio(child<QRadioButton>(rollback, "wayRestore"));
        QTRY_VERIFY_WITH_TIMEOUT(!rollback->isDescribing(), kStepMs);
        auto* start = child<QPushButton>(rollback, "startRollback");
        QVERIFY(start->isEnabled());
        QTest::mouseClick(start, Qt::LeftButton);
        QVERIFY(wizard.isStepRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.isStepRunning(), 2 * kLongStepMs);
        QVERIFY2(rollback->result()->ok(), qPrintable(rollback->result()->sentence));
        QVERIFY(rollback->checks()->rowCount() > 0);
        screenshot(&wizard, QStringLiteral("wizard-rollback"));

        const DatabaseState after = readState();
        QCOMPARE(after.migrations, before.migrations);
        QCOMPARE(after.rows, before.rows);

        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(ui::RunbookWizard::SummaryPageId));
        QStringList steps;
        for (const core::StepResult& r : wizard.summary().steps())
            steps << r.step + QLatin1Char(':') + core::StepResult::outcomeKey(r.outcome);
        QCOMPARE(
            steps,
            (QStringList{QStringLiteral("preflight:succeeded"), QStringLiteral("backup:succeeded"),
                         QStringLiteral("migrate:failed"), QStringLiteral("rollback:succeeded")}));
        QCOMPARE(wizard.results()->rowCount(), 4);
    }

    void wholeCycleOnProduction()
    {
        // Verify must find a table without a primary key that the migrations did not make.
        TestCluster::exec(QStringLiteral("CREATE TABLE planted_without_key (note text)"),
                          core::DemoDatabase::databaseName());
        WebhookListener webhook;
        ui::RunbookWizard wizard(demoTarget(core::Environment::Production), m_passwords);
        prepare(wizard);
        ui::PreflightPage* preflight = wizard.preflightPage();
        QTest::keyClicks(child<QLineEdit>(preflight, "webhookUrl"), webhook.url());
        child<QCheckBox>(preflight, "prove")->setChecked(true);
        passPreflight(wizard, true, QStringLiteral("prs"));
        if (QTest::currentTestFailed())
            return;
        screenshot(&wizard, QStringLiteral("wizard-preflight"));
        clickNext(wizard);
        {
            QSettings settings;
            QVERIFY(settings.value(QStringLiteral("runbook/prs-production/prove")).toBool());
            settings.sync();
            QFile file(settings.fileName());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(webhook.url().toUtf8()),
                     "the webhook URL reached the settings file");
        }

        takeBackup(wizard);
        if (QTest::currentTestFailed())
            return;
        const QStringList same =
            column(wizard.backupPage()->proofView(), models::BackupProofModel::Same);
        QVERIFY(same.size() >= 10);
        QCOMPARE(same, QStringList(same.size(), QStringLiteral("yes")));
        screenshot(&wizard, QStringLiteral("wizard-backup"));

        clickNext(wizard);
        ui::MigratePage* migrate = wizard.migratePage();
        QTRY_VERIFY_WITH_TIMEOUT(migrate->planResult().has_value() && !wizard.isStepRunning(),
                                 kStepMs);
        QTest::mouseClick(migrate->applyButton(), Qt::LeftButton);
        QVERIFY(migrate->watchView()->isWatching());
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.isStepRunning(), kLongStepMs);
        QVERIFY2(migrate->liveResult()->ok(), qPrintable(migrate->liveResult()->sentence));
        QCOMPARE(column(migrate->planView(), models::MigrationPlanModel::Outcome),
                 QStringList(6, QStringLiteral("applied")));
        for (const QString& time : column(migrate->planView(), models::MigrationPlanModel::Time))
            QVERIFY(!time.isEmpty());
        QVERIFY(migrate->walLabel()->text().contains(QStringLiteral("WAL position")));
        QVERIFY(!migrate->rollbackButton()->isVisible());
        selectRow(migrate->planView(), 4);
        screenshot(&wizard, QStringLiteral("wizard-migrate"));

        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(ui::RunbookWizard::VerifyPageId));
        ui::VerifyPage* verify = wizard.verifyPage();
        QTRY_VERIFY_WITH_TIMEOUT(verify->result().has_value() && !wizard.isStepRunning(), kStepMs);
        QVERIFY2(verify->result()->ok(), qPrintable(verify->result()->sentence));
        const int keys = verify->checks()->rowOfKey(QStringLiteral("primary_keys"));
        QVERIFY(keys >= 0);
        const core::Check* noKey = verify->checks()->check(keys);
        QCOMPARE(noKey->status, core::Check::Status::Warn);
        QVERIFY2(noKey->sentence.contains(QStringLiteral("planted_without_key")),
                 qPrintable(noKey->sentence));
        const int pending = verify->checks()->rowOfKey(QStringLiteral("pending"));
        QCOMPARE(verify->checks()->check(pending)->status, core::Check::Status::Pass);
        verify->checksView()->selectRow(keys);
        screenshot(&wizard, QStringLiteral("wizard-verify"));

        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(ui::RunbookWizard::SummaryPageId));
        QCOMPARE(wizard.summary().outcome(), core::StepResult::Outcome::Succeeded);
        QCOMPARE(wizard.results()->rowCount(), 4);
        QVERIFY(wizard.summaryPage()->headline()->text().contains(QStringLiteral("succeeded")));
        QVERIFY(wizard.summaryPage()->facts()->text().contains(wizard.run().backupMetadataPath));
        QVERIFY(wizard.summaryPage()->facts()->text().contains(QStringLiteral("WAL position")));
        QTRY_COMPARE_WITH_TIMEOUT(webhook.bodies.size(), 1, 30'000);
        const QString posted = QJsonDocument::fromJson(webhook.bodies.first())
                                   .object()
                                   .value(QStringLiteral("text"))
                                   .toString();
        QVERIFY2(posted.contains(QStringLiteral("succeeded")), qPrintable(posted));
        QTRY_VERIFY(!wizard.isStepRunning());
        QVERIFY(
            wizard.summaryPage()->notificationLabel()->text().contains(QStringLiteral("posted")));
        QFile log(wizard.log().filePath());
        QVERIFY(log.open(QIODevice::ReadOnly));
        QVERIFY2(!log.readAll().contains(webhook.url().toUtf8()),
                 "the webhook URL reached the log");

        const QString report = m_dir.filePath(QStringLiteral("report.md"));
        QString error;
        QVERIFY2(wizard.summaryPage()->saveReport(report, &error), qPrintable(error));
        QFile saved(report);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(saved.readAll().contains("prs"));
        QVERIFY(wizard.summaryPage()->logLabel()->text().contains(wizard.log().filePath()));
        QVERIFY2(
            wizard.summaryPage()->historyLabel()->text().contains(QStringLiteral("migdesk.runs")),
            qPrintable(wizard.summaryPage()->historyLabel()->text()));
        screenshot(&wizard, QStringLiteral("wizard-summary"));

        reviewerSeesTheRun(wizard.recorded().recorder().uuid());
    }

    // Closed right after a live migration, before verify and the summary: the run was in the
    // target's mirror as running from the moment it started, and closing the window finishes it
    // with what happened (local history and mirror), posts the notification, then closes.
    void closingAfterTheMigrationFinishesTheRun()
    {
        const QString database = QStringLiteral("wizard_close");
        TestCluster::exec(QStringLiteral("CREATE DATABASE wizard_close"));
        // Enough rows for a backup the page shows in MB.
        TestCluster::exec(QStringLiteral("CREATE TABLE visit (id int PRIMARY KEY, digest text);"
                                         "INSERT INTO visit SELECT g, md5(g::text) "
                                         "FROM generate_series(1, 100000) g"),
                          database);
        const QString sql = m_dir.filePath(QStringLiteral("close-sql"));
        QVERIFY(QDir().mkpath(sql));
        QFile script(sql + QStringLiteral("/V1__visit_note.sql"));
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("ALTER TABLE visit ADD COLUMN note text;\n");
        script.close();
        const auto mirrored = [&](const QString& uuid) {
            core::PgConnection connection;
            if (connection.open(TestCluster::start().connInfo(database), std::nullopt,
                                core::SessionPolicy::inspection()))
                return QString();
            const auto row = connection.exec(
                QStringLiteral("SELECT outcome FROM migdesk.runs WHERE uuid = $1::uuid"), {uuid});
            return row && row->rowCount() == 1 ? row->text(0, QStringLiteral("outcome"))
                                               : QString();
        };

        core::ConnectionTarget target = demoTarget(core::Environment::Development);
        target.profile.name = QStringLiteral("close-test");
        target.info.set(QStringLiteral("dbname"), database);
        WebhookListener webhook;
        ui::RunbookWizard wizard(target, m_passwords);
        wizard.setSource(true, sql, {});
        wizard.run().backup.options.directory = backupDirectory();
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QTest::keyClicks(child<QLineEdit>(wizard.preflightPage(), "webhookUrl"), webhook.url());
        passPreflight(wizard, true);
        if (QTest::currentTestFailed())
            return;
        clickNext(wizard);
        takeBackup(wizard);
        if (QTest::currentTestFailed())
            return;
        clickNext(wizard);
        ui::MigratePage* migrate = wizard.migratePage();
        QTRY_VERIFY_WITH_TIMEOUT(migrate->planResult().has_value() && !wizard.isStepRunning(),
                                 kStepMs);
        QTest::mouseClick(migrate->applyButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.isStepRunning(), kLongStepMs);
        QVERIFY2(migrate->liveResult()->ok(), qPrintable(migrate->liveResult()->sentence));
        const QString uuid = wizard.recorded().recorder().uuid();
        QCOMPARE(mirrored(uuid), QStringLiteral("running"));
        QVERIFY(webhook.bodies.isEmpty());

        QTest::mouseClick(wizard.button(QWizard::CancelButton), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.isVisible(), 30'000);
        QCOMPARE(mirrored(uuid), QStringLiteral("succeeded"));
        QCOMPARE(webhook.bodies.size(), 1);
        QVERIFY(webhook.bodies.first().contains("succeeded"));
        core::HistoryStore store;
        QString error;
        QVERIFY2(store.open(core::HistoryStore::defaultPath(), &error), qPrintable(error));
        const auto local = store.runByUuid(uuid).value();
        QVERIFY(local);
        QCOMPARE(local->outcome, QStringLiteral("succeeded"));
        QCOMPARE(int(local->steps.size()), 3);
        QVERIFY(local->log.contains(QStringLiteral("The window was closed before the summary")));
        QCOMPARE(local->mirror, QStringLiteral("mirrored"));
    }

    void runbookMenuOpensTheRollback()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("window.conf")), QSettings::IniFormat);
        ui::MainWindow window(settings, m_passwords);
        window.show();
        QAction* rollback = nullptr;
        for (QAction* menu : window.menuBar()->actions())
            if (menu->menu())
                for (QAction* action : menu->menu()->actions())
                    if (action->text() == QStringLiteral("&Rollback…"))
                        rollback = action;
        QVERIFY(rollback);
        QVERIFY(!rollback->isEnabled());
        const core::ConnectionTarget target = demoTarget(core::Environment::Production);
        window.activate(target.profile, target.info, std::nullopt);
        QVERIFY(rollback->isEnabled());
        rollback->trigger();
        ui::RunbookWizard* wizard = window.runbookWizard();
        QVERIFY(wizard);
        QTRY_VERIFY(wizard->isVisible());
        QCOMPARE(wizard->currentId(), int(ui::RunbookWizard::RollbackPageId));
        // Production: nothing starts before the database name is typed.
        ui::RollbackPage* page = wizard->rollbackPage();
        QVERIFY(!page->refusal().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!page->isDescribing(), kStepMs);
        QVERIFY(!child<QPushButton>(page, "startRollback")->isEnabled());
        QTest::keyClicks(child<QLineEdit>(page, "typedDatabase"), QStringLiteral("prs"));
        QVERIFY(child<QPushButton>(page, "startRollback")->isEnabled());
        wizard->reject();
    }
};

QTEST_MAIN(TestWizard)
#include "tst_wizard.moc"
