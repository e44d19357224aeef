// SPDX-License-Identifier: GPL-3.0-or-later
// Reading migrations and assessing them, side by side with what a DBA runs today:
//  1. a Django project of 2,000 migration files (half applied): migdesk's static reader and
//     graph against `python3 manage.py showmigrations --plan`;
//  2. `migdesk assess` on the demo database against `showmigrations --plan` on the demo project.
// The linter against squawk is bench_lint.
#include "benchsupport.h"
#include "cluster/demodatabase.h"
#include "migrations/appliedmigrationsreader.h"
#include "migrations/djangoproject.h"
#include "migrations/migrationgraph.h"
#include "risk/assessmentbuilder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace migdesk;

namespace {

void write(const QString& path, const QByteArray& text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
        bench::fail(QStringLiteral("cannot write %1").arg(path));
}

// 20 apps × 100 migrations, each depending on its predecessor and every tenth on the previous
// app's migration of the same number.
void makeProject(const QString& root)
{
    write(root + QStringLiteral("/manage.py"),
          "import os, sys\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'big.settings')\n"
          "from django.core.management import execute_from_command_line\n"
          "execute_from_command_line(sys.argv)\n");
    QByteArray apps;
    for (int a = 0; a < 20; ++a)
        apps += "'app" + QByteArray::number(a) + "', ";
    write(root + QStringLiteral("/big/__init__.py"), "");
    write(root + QStringLiteral("/big/settings.py"),
          "import os\nSECRET_KEY = 'x'\nINSTALLED_APPS = [" + apps +
              "]\nUSE_TZ = True\n"
              "DATABASES = {'default': {'ENGINE': 'django.db.backends.postgresql', "
              "'HOST': os.environ['PGHOST'], 'PORT': os.environ['PGPORT'], 'NAME': "
              "os.environ['PGDATABASE'], "
              "'USER': 'postgres'}}\n");
    for (int a = 0; a < 20; ++a) {
        const QString app = root + QStringLiteral("/app%1").arg(a);
        write(app + QStringLiteral("/__init__.py"), "");
        write(app + QStringLiteral("/models.py"), "");
        write(app + QStringLiteral("/migrations/__init__.py"), "");
        for (int m = 1; m <= 100; ++m) {
            QByteArray deps;
            if (m > 1)
                deps += "('app" + QByteArray::number(a) + "', '" +
                        QByteArray::number(m - 1).rightJustified(4, '0') + "_step'), ";
            if (a > 0 && m % 10 == 0)
                deps += "('app" + QByteArray::number(a - 1) + "', '" +
                        QByteArray::number(m).rightJustified(4, '0') + "_step'), ";
            write(app + QStringLiteral("/migrations/%1_step.py").arg(m, 4, 10, QLatin1Char('0')),
                  "from django.db import migrations, models\n\n\nclass "
                  "Migration(migrations.Migration):\n"
                  "    dependencies = [" +
                      deps +
                      "]\n    operations = [\n"
                      "        migrations.RunSQL(\"SELECT 1\", reverse_sql=\"SELECT 2\"),\n"
                      "        migrations.AddField(model_name='thing', name='f" +
                      QByteArray::number(m) + "', field=models.IntegerField(null=True)),\n    ]\n");
        }
    }
}

double python(const QString& project, const core::ThrowawayCluster& cluster,
              const QString& database)
{
    return bench::medianMs(3, [&] {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGHOST"), cluster.socketDir());
        env.insert(QStringLiteral("PGPORT"), QString::number(cluster.port()));
        env.insert(QStringLiteral("PGDATABASE"), database);
        env.insert(QStringLiteral("PGUSER"), QStringLiteral("postgres"));
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(project);
        process.setStandardOutputFile(QProcess::nullDevice());
        process.start(QStringLiteral("/usr/bin/python3"),
                      {QStringLiteral("manage.py"), QStringLiteral("showmigrations"),
                       QStringLiteral("--plan")});
        process.waitForFinished(-1);
        if (process.exitCode() != 0)
            bench::fail(QString::fromUtf8(process.readAllStandardError()));
    });
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    core::ThrowawayCluster cluster({QStringLiteral("bench_assess"), false, {}});
    QString error;
    if (!cluster.start(&error))
        bench::fail(error);

    // 1. 2,000 migration files, the first 50 of each app applied.
    QTemporaryDir dir;
    makeProject(dir.path());
    QString applied = QStringLiteral("CREATE DATABASE big;");
    if (!cluster.execute(applied, &error))
        bench::fail(error);
    applied =
        QStringLiteral("CREATE TABLE django_migrations (id serial PRIMARY KEY, app varchar(255), "
                       "name varchar(255), applied timestamptz);"
                       "INSERT INTO django_migrations (app, name, applied) "
                       "SELECT 'app' || a, lpad(m::text, 4, '0') || '_step', now() "
                       "FROM generate_series(0, 19) a, generate_series(1, 50) m;");
    if (!cluster.execute(applied, &error, QStringLiteral("big")))
        bench::fail(error);
    core::PgConnection big;
    if (auto failed = big.open(cluster.connInfo(QStringLiteral("big")), std::nullopt,
                               core::SessionPolicy::inspection()))
        bench::fail(failed->sentence());
    std::size_t pending = 0;
    const double readMs = bench::medianMs(5, [&] {
        const auto scan = core::DjangoProject::scan(dir.path());
        const auto rows = core::AppliedMigrationsReader::read(big);
        core::MigrationGraph::Environment env;
        for (const auto& a : scan.apps)
            env.apps << a.label;
        const core::MigrationGraph graph(scan.migrations,
                                         core::AppliedMigrationsReader::keys(*rows), env);
        pending = graph.pendingPlan().size();
    });
    const double djangoMs = python(dir.path(), cluster, QStringLiteral("big"));
    std::printf("\n| 2,000 migration files, 1,000 pending | migdesk (static) | python3 manage.py "
                "showmigrations --plan |\n|---|---|---|\n");
    std::printf(
        "| read + plan (median) | %.0f ms (%zu pending) | %.0f ms |\n| ratio | 1 | %.1f× |\n",
        readMs, pending, djangoMs, djangoMs / readMs);

    // 2. The demo: migdesk assess (read, score, lint, live impact) against showmigrations.
    if (!core::DemoDatabase::create(cluster, &error))
        bench::fail(error);
    const QString project = core::DemoDatabase::djangoProject();
    core::PgConnection demo;
    if (auto failed = demo.open(cluster.connInfo(QStringLiteral("prs")), std::nullopt,
                                core::SessionPolicy::inspection()))
        bench::fail(failed->sentence());
    core::AssessOptions options;
    options.djangoProject = project;
    options.rateSampleSeconds = 0;
    const double assessMs = bench::medianMs(5, [&] {
        if (!core::AssessmentBuilder::build(demo, options))
            bench::fail(QStringLiteral("assess failed"));
    });
    const double demoDjangoMs = python(project, cluster, QStringLiteral("prs"));
    std::printf("\n| demo database (6 pending of 18) | migdesk assess | python3 manage.py "
                "showmigrations --plan |\n|---|---|---|\n");
    std::printf(
        "| plan, scores, lint, live impact, blockers (median) | %.0f ms | %.0f ms (plan only) |\n"
        "| ratio | 1 | %.1f× |\n",
        assessMs, demoDjangoMs, demoDjangoMs / assessMs);

    return 0;
}
