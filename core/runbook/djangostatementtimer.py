# SPDX-License-Identifier: GPL-3.0-or-later
"""migdesk's statement timer: runs a project's manage.py exactly as `python manage.py ...` would,
and writes each SQL statement Django sends while it applies or unapplies a migration, with its
time, to the file named by MIGDESK_STATEMENTS_FILE, one JSON object a line:

    {"migration": "app.name", "sql": "...", "seconds": 0.0123, "failed": false}

After kListedPerMigration statements of one migration the rest are only counted and timed, and
written as one {"migration", "summed": true, "count", "seconds"} line when the migration ends (or
just before its failing statement, so that the failing one stays the migration's last line).

Only the statement text is written, never its parameters: they are the table's data.
Each line is flushed when written, so a process that is killed leaves the lines it had.

Usage (DjangoMigrateProcess): python djangostatementtimer.py /path/to/manage.py migrate APP NAME ...
If Django cannot be imported here, or is too old for execute_wrappers (before 2.0), manage.py
runs unchanged and nothing is written: timing must never be the reason a migration fails.
"""
import json
import os
import runpy
import sys
import time

kListedPerMigration = 1000  # StatementTiming::kListedPerMigration


class _Timer:
    def __init__(self, path):
        self.path = path
        self.out = None
        self.migration = None  # "app.name" while apply/unapply_migration runs
        self.listed = 0
        self.summed_count = 0
        self.summed_seconds = 0.0
        self.executor_wrapped = False

    def write(self, record):
        # Opened on first use: a run that applies nothing leaves no file behind.
        if self.out is None:
            self.out = open(self.path, "a", encoding="utf-8")
        self.out.write(json.dumps(record) + "\n")
        self.out.flush()

    def begin(self, migration):
        self.migration = "%s.%s" % (migration.app_label, migration.name)
        self.listed = 0
        self.summed_count = 0
        self.summed_seconds = 0.0

    def flush_sum(self):
        if self.summed_count:
            self.write({"migration": self.migration, "summed": True,
                        "count": self.summed_count, "seconds": self.summed_seconds})
            self.summed_count = 0
            self.summed_seconds = 0.0

    def end(self):
        try:
            self.flush_sum()
        finally:
            self.migration = None

    def record(self, sql, seconds, failed):
        if failed:
            self.flush_sum()
        elif self.listed >= kListedPerMigration:
            self.summed_count += 1
            self.summed_seconds += seconds
            return
        self.listed += 1
        self.write({"migration": self.migration, "sql": _text(sql), "seconds": seconds,
                    "failed": failed})

    # Django's execute wrapper: called for every cursor.execute()/executemany() of the
    # connection, with the statement and its parameters (which are passed on, never kept).
    def __call__(self, execute, sql, params, many, context):
        if self.migration is None:
            return execute(sql, params, many, context)
        started = time.perf_counter()
        try:
            result = execute(sql, params, many, context)
        except BaseException:
            self._record_safely(sql, time.perf_counter() - started, True)
            raise
        self._record_safely(sql, time.perf_counter() - started, False)
        return result

    def _record_safely(self, sql, seconds, failed):
        # A full disk or a closed file must not fail the migration; the timings just stop.
        try:
            self.record(sql, seconds, failed)
        except Exception:
            pass

    def wrap(self, method):
        timer = self

        def timed(executor, state, migration, *args, **kwargs):
            timer.begin(migration)
            try:
                return method(executor, state, migration, *args, **kwargs)
            finally:
                try:
                    timer.end()
                except Exception:
                    pass

        timed.__wrapped__ = method
        return timed


def _text(sql):
    if isinstance(sql, str):
        return sql
    if isinstance(sql, bytes):
        return sql.decode("utf-8", "replace")
    # A psycopg2 sql.Composed and the like: its text could carry literal values, so only its
    # kind is kept.
    return "<%s>" % type(sql).__name__


def _install(timer):
    from django.db.backends.signals import connection_created

    def connected(sender, connection, **kwargs):
        # Sent again on every reconnect of the same connection: the wrapper goes in once.
        try:
            wrappers = getattr(connection, "execute_wrappers", None)
            if wrappers is None:
                return
            if not timer.executor_wrapped:
                # Patched here rather than at start-up: the executor's module imports the ORM,
                # which wants the project's settings, and these are loaded by now.
                from django.db.migrations.executor import MigrationExecutor
                apply, unapply = MigrationExecutor.apply_migration, MigrationExecutor.unapply_migration
                MigrationExecutor.apply_migration = timer.wrap(apply)
                MigrationExecutor.unapply_migration = timer.wrap(unapply)
                timer.executor_wrapped = True
            if timer not in wrappers:
                wrappers.append(timer)
        except Exception:
            pass

    # weak=False: the receiver is a local function that nothing else keeps alive.
    connection_created.connect(connected, weak=False)


def main():
    if len(sys.argv) < 2:
        sys.stderr.write("usage: djangostatementtimer.py MANAGE_PY [ARGUMENT...]\n")
        return 2
    manage_py = os.path.abspath(sys.argv[1])
    path = os.environ.pop("MIGDESK_STATEMENTS_FILE", "")
    # As `python manage.py ...` sees it: its own path first, its directory first on the path.
    sys.argv = [manage_py] + sys.argv[2:]
    sys.path[0] = os.path.dirname(os.path.realpath(manage_py))
    if path:
        try:
            _install(_Timer(path))
        except Exception:
            pass  # no Django here, or not one we can hook: manage.py says what it says
    try:
        runpy.run_path(manage_py, run_name="__main__")
    except Exception:
        # What the interpreter does with an uncaught exception (the excepthook, then exit code
        # 1), with the traceback starting at manage.py as if it had been run directly.
        kind, value, trace = sys.exc_info()
        # Set on the exception too: the default hook prints value.__traceback__.
        trace = _from_file(trace, manage_py)
        sys.excepthook(kind, value.with_traceback(trace), trace)
        return 1
    return 0


def _from_file(trace, path):
    """The traceback from its first frame in `path` on, or all of it if there is none."""
    frame = trace
    while frame is not None and frame.tb_frame.f_code.co_filename != path:
        frame = frame.tb_next
    return frame if frame is not None else trace


if __name__ == "__main__":
    sys.exit(main())
