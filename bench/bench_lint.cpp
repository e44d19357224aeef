// SPDX-License-Identifier: GPL-3.0-or-later
// `migdesk lint` against squawk, as a user runs them: whole processes on the same files in the
// same run, wall time (median) and peak memory (the process's maximum resident set). Two files
// of 10,000 statements: everyday migration DDL (ADD/ALTER/RENAME COLUMN, CREATE/DROP INDEX,
// FOREIGN KEY, UPDATE, CREATE TABLE) and the README's file. squawk comes from $SQUAWK (npm
// `squawk-cli`; not a Debian package); without it only migdesk is measured.
//   build/bench/bench_lint [RUNS]
#include "benchsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

extern char** environ;

using namespace migdesk;

namespace {

struct Measure
{
    double ms = 0;
    long peakKb = 0;
};

// One run of a program with its output discarded: wall time and the child's peak RSS.
Measure runOnce(const QStringList& command)
{
    std::vector<QByteArray> arguments;
    for (const QString& argument : command)
        arguments.push_back(argument.toLocal8Bit());
    std::vector<char*> argv;
    for (QByteArray& argument : arguments)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    if (posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ) != 0)
        bench::fail(QStringLiteral("cannot start %1").arg(command.first()));
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    posix_spawn_file_actions_destroy(&actions);
    return {double(timer.nsecsElapsed()) / 1e6, usage.ru_maxrss};
}

Measure median(int runs, const QStringList& command)
{
    std::vector<double> times;
    long peak = 0;
    for (int i = 0; i < runs; ++i) {
        const Measure once = runOnce(command);
        times.push_back(once.ms);
        peak = std::max(peak, once.peakKb);
    }
    return {bench::median(times), peak};
}

QByteArray everydayDdl()
{
    QByteArray sql;
    for (int i = 0; i < 1250; ++i) {
        const QByteArray n = QByteArray::number(i);
        const QByteArray table = "app_table" + QByteArray::number(i % 300);
        sql += "ALTER TABLE " + table + " ADD COLUMN col" + n +
               " integer NULL;\n"
               "ALTER TABLE " +
               table + " ALTER COLUMN col" + n +
               " SET DEFAULT 0;\n"
               "ALTER TABLE " +
               table + " RENAME COLUMN old" + n + " TO new" + n +
               ";\n"
               "CREATE INDEX " +
               table + "_col" + n + "_idx ON " + table + " (col" + n +
               ");\n"
               "DROP INDEX IF EXISTS " +
               table + "_old" + n +
               "_idx;\n"
               "ALTER TABLE " +
               table + " ADD CONSTRAINT " + table + "_fk" + n + " FOREIGN KEY (ref" + n +
               "_id) REFERENCES app_ref" + QByteArray::number(i % 50) +
               " (id) DEFERRABLE INITIALLY DEFERRED;\n"
               "UPDATE " +
               table + " SET col" + n + " = 0 WHERE col" + n +
               " IS NULL;\n"
               "CREATE TABLE app_new" +
               n +
               " (id bigserial PRIMARY KEY, name varchar(100) "
               "NOT NULL, created timestamp with time zone NOT NULL);\n";
    }
    return sql;
}

QByteArray readmeFile()
{
    QByteArray sql;
    for (int i = 0; i < 2000; ++i) {
        const QByteArray n = QByteArray::number(i);
        sql += "CREATE TABLE t" + n +
               " (id bigint PRIMARY KEY, v int);\n"
               "ALTER TABLE t" +
               n +
               " ADD COLUMN c text DEFAULT 'x';\n"
               "CREATE INDEX t" +
               n + "_v ON t" + n +
               " (v);\n"
               "ALTER TABLE t" +
               n + " ADD CONSTRAINT t" + n +
               "_c CHECK (v > 0);\n"
               "UPDATE t" +
               n + " SET v = 1 WHERE id = 1;\n";
    }
    return sql;
}

void row(const char* what, const Measure& ours, const Measure& theirs, bool measured)
{
    if (!measured) {
        std::printf("| %s | %.0f ms, %.1f MB | not measured: set SQUAWK |\n", what, ours.ms,
                    double(ours.peakKb) / 1024);
        return;
    }
    std::printf("| %s | **%.0f ms**, %.1f MB | %.0f ms, %.1f MB | %.2f× | %.2f× |\n", what, ours.ms,
                double(ours.peakKb) / 1024, theirs.ms, double(theirs.peakKb) / 1024,
                ours.ms / theirs.ms, double(ours.peakKb) / double(theirs.peakKb));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 5;
    const QString migdesk = QStringLiteral(MIGDESK_APP_PATH);
    const QString squawk = qEnvironmentVariable("SQUAWK");
    QTemporaryDir dir;
    struct File
    {
        const char* name;
        QByteArray sql;
    };
    const std::vector<File> files{{"everyday migration DDL", everydayDdl()},
                                  {"the README's file", readmeFile()}};
    std::printf("| 10,000 statements, %d runs | migdesk | squawk | time ratio | memory ratio |\n"
                "|---|---|---|---|---|\n",
                runs);
    int index = 0;
    for (const File& file : files) {
        const QString path = dir.filePath(QStringLiteral("lint%1.sql").arg(index++));
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(file.sql) != file.sql.size())
            bench::fail(QStringLiteral("cannot write %1").arg(path));
        out.close();
        const bool withSquawk = !squawk.isEmpty();
        const auto squawkRun = [&](const QStringList& extra) {
            return withSquawk
                       ? median(runs, QStringList{squawk, QStringLiteral("--pg-version=15")} +
                                          extra + QStringList{path})
                       : Measure{};
        };
        // Terse text against squawk's one-line reporter; JSON against JSON; migdesk's default
        // (message, statement and fix per finding) against squawk's default, which renders
        // each finding with its source.
        const Measure text = median(runs, {migdesk, QStringLiteral("lint"), path});
        const Measure json =
            median(runs, {migdesk, QStringLiteral("lint"), QStringLiteral("--json"), path});
        const QString name = QString::fromLatin1(file.name);
        row(qPrintable(name + QStringLiteral(": text (squawk: gcc reporter)")), text,
            squawkRun({QStringLiteral("--reporter"), QStringLiteral("gcc")}), withSquawk);
        row(qPrintable(name + QStringLiteral(": JSON")), json,
            squawkRun({QStringLiteral("--reporter"), QStringLiteral("json")}), withSquawk);
        row(qPrintable(name + QStringLiteral(": text (squawk: default reporter)")), text,
            withSquawk
                ? median(std::min(runs, 3), {squawk, QStringLiteral("--pg-version=15"), path})
                : Measure{},
            withSquawk);
    }
    return 0;
}
