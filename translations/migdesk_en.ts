<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AssessmentBuilder</name>
    <message numerus="yes">
        <source>matches (%n pending)</source>
        <translation>
            <numerusform>matches (%n pending)</numerusform>
            <numerusform>matches (%n pending)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssessmentReport</name>
    <message numerus="yes">
        <source>Nothing pending; %n applied.</source>
        <translation>
            <numerusform>Nothing pending; %n applied.</numerusform>
            <numerusform>Nothing pending; %n applied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending, overall %1, %2 points</source>
        <translation>
            <numerusform>%n pending, overall %1, %2 points</numerusform>
            <numerusform>%n pending, overall %1, %2 points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n blocker(s) on the server right now</source>
        <translation>
            <numerusform>; %n blocker on the server right now</numerusform>
            <numerusform>; %n blockers on the server right now</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupJob</name>
    <message numerus="yes">
        <source>Database %1: %2; %n table(s) with %3 of rows to dump.</source>
        <translation>
            <numerusform>Database %1: %2; %n table with %3 of rows to dump.</numerusform>
            <numerusform>Database %1: %2; %n tables with %3 of rows to dump.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>pg_dump read the database&apos;s catalog (%n step(s)).</source>
        <translation>
            <numerusform>pg_dump read the database&apos;s catalog (%n step).</numerusform>
            <numerusform>pg_dump read the database&apos;s catalog (%n steps).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dumping %1 and %n more table(s) (%2 of %3 done)</source>
        <translation>
            <numerusform>Dumping %1 and %n more table (%2 of %3 done)</numerusform>
            <numerusform>Dumping %1 and %n more tables (%2 of %3 done)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>directory format, %n job(s), to %1</source>
        <translation>
            <numerusform>directory format, %n job, to %1</numerusform>
            <numerusform>directory format, %n jobs, to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>SHA-256 of the %n file(s) in %1 computed, %2 in all.</source>
        <translation>
            <numerusform>SHA-256 of the %n file in %1 computed, %2 in all.</numerusform>
            <numerusform>SHA-256 of the %n files in %1 computed, %2 in all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Counted the rows of %n table(s) in the dump&apos;s snapshot in %1.</source>
        <translation>
            <numerusform>Counted the rows of %n table in the dump&apos;s snapshot in %1.</numerusform>
            <numerusform>Counted the rows of %n tables in the dump&apos;s snapshot in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>pg_restore --list reads %n entry(s) from the backup.</source>
        <translation>
            <numerusform>pg_restore --list reads %n entry from the backup.</numerusform>
            <numerusform>pg_restore --list reads %n entries from the backup.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupProof</name>
    <message numerus="yes">
        <source>The backup restored into a throwaway PostgreSQL (%n table(s)), but its row counts were not recorded when it was taken, so they could not be compared: take the backup with the proof option to record them.</source>
        <translation>
            <numerusform>The backup restored into a throwaway PostgreSQL (%n table), but its row counts were not recorded when it was taken, so they could not be compared: take the backup with the proof option to record them.</numerusform>
            <numerusform>The backup restored into a throwaway PostgreSQL (%n tables), but its row counts were not recorded when it was taken, so they could not be compared: take the backup with the proof option to record them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The restored copy differs from the source in %n table(s), %1: the backup does not hold what the database held when it was taken; take a new backup.</source>
        <translation>
            <numerusform>The restored copy differs from the source in %n table, %1: the backup does not hold what the database held when it was taken; take a new backup.</numerusform>
            <numerusform>The restored copy differs from the source in %n tables, %1: the backup does not hold what the database held when it was taken; take a new backup.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The backup restored into a throwaway PostgreSQL and all %n table(s) have the row counts of the source.</source>
        <translation>
            <numerusform>The backup restored into a throwaway PostgreSQL and its %n table has the row count of the source.</numerusform>
            <numerusform>The backup restored into a throwaway PostgreSQL and all %n tables have the row counts of the source.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupRetention</name>
    <message numerus="yes">
        <source>Retention: %n backup(s) in %1 are older than %2 days.</source>
        <translation>
            <numerusform>Retention: %n backup in %1 is older than %2 days.</numerusform>
            <numerusform>Retention: %n backups in %1 are older than %2 days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retention clean-up was cancelled after %n backup(s).</source>
        <translation>
            <numerusform>Retention clean-up was cancelled after %n backup.</numerusform>
            <numerusform>Retention clean-up was cancelled after %n backups.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retention clean-up deleted %n backup(s) older than %1 days and freed %2.</source>
        <translation>
            <numerusform>Retention clean-up deleted %n backup older than %1 days and freed %2.</numerusform>
            <numerusform>Retention clean-up deleted %n backups older than %1 days and freed %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupVerifier</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n file(s) of the backup (%1) have their recorded size and SHA-256.</source>
        <translation>
            <numerusform>The %n file of the backup (%1) has its recorded size and SHA-256.</numerusform>
            <numerusform>All %n files of the backup (%1) have their recorded size and SHA-256.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>pg_restore --list reads %n item(s) from %1.</source>
        <translation>
            <numerusform>pg_restore --list reads %n item from %1.</numerusform>
            <numerusform>pg_restore --list reads %n items from %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckRun</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 was cancelled after %n check(s).</source>
        <translation>
            <numerusform>%1 was cancelled after %n check.</numerusform>
            <numerusform>%1 was cancelled after %n checks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 failed %n check(s) (%2); the first: %3</source>
        <translation>
            <numerusform>%1 failed %n check (%2); the first: %3</numerusform>
            <numerusform>%1 failed %n checks (%2); the first: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 passed with %n warning(s): %2.</source>
        <translation>
            <numerusform>%1 passed with %n warning: %2.</numerusform>
            <numerusform>%1 passed with %n warnings: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 passed; %n check(s) skipped: %2.</source>
        <translation>
            <numerusform>%1 passed; %n check skipped: %2.</numerusform>
            <numerusform>%1 passed; %n checks skipped: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 passed: all %n check(s) green.</source>
        <translation>
            <numerusform>%1 passed: the %n check is green.</numerusform>
            <numerusform>%1 passed: all %n checks green.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <source>%1 is the start of %n mirrored run(s); give more of the uuid.</source>
        <translation>
            <numerusform>%1 is the start of %n mirrored run; give more of the uuid.</numerusform>
            <numerusform>%1 is the start of %n mirrored runs; give more of the uuid.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DjangoCheck</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DjangoMigrateProcess</name>
    <message numerus="yes">
        <source>Cancelling: pg_cancel_backend() sent to %n session(s) of %1.</source>
        <translation>
            <numerusform>Cancelling: pg_cancel_backend() sent to %n session of %1.</numerusform>
            <numerusform>Cancelling: pg_cancel_backend() sent to %n sessions of %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveImpact</name>
    <message numerus="yes">
        <source>; %n session(s) hold locks on it now, the oldest transaction open for %1</source>
        <translation>
            <numerusform>; %n session holds a lock on it now, its transaction open for %1</numerusform>
            <numerusform>; %n sessions hold locks on it now, the oldest transaction open for %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LockTimeoutRetry</name>
    <message numerus="yes">
        <source>%1 gave up waiting for a lock (lock_timeout %2 ms), the last of %n attempt(s): %3.</source>
        <translation>
            <numerusform>%1 gave up waiting for a lock (lock_timeout %2 ms), the last of %n attempt: %3.</numerusform>
            <numerusform>%1 gave up waiting for a lock (lock_timeout %2 ms), the last of %n attempts: %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MigrationExecutor</name>
    <message numerus="yes">
        <source>The migration folder has %n problem(s), so nothing is run until it is fixed: %1</source>
        <translation>
            <numerusform>The migration folder has %n problem, so nothing is run until it is fixed: %1</numerusform>
            <numerusform>The migration folder has %n problems, so nothing is run until they are fixed: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MigrationSequence</name>
    <message numerus="yes">
        <source>Dry run: %n migration(s) would be applied, in this order; nothing is changed.</source>
        <translation>
            <numerusform>Dry run: %n migration would be applied; nothing is changed.</numerusform>
            <numerusform>Dry run: %n migrations would be applied, in this order; nothing is changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n migration(s) to apply, in this order:</source>
        <translation>
            <numerusform>%n migration to apply:</numerusform>
            <numerusform>%n migrations to apply, in this order:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 could not get its lock in %n attempt(s) (lock_timeout %2 ms; each attempt was rolled back): %3. %4 End that session or wait for it to finish, then run migrate again.</source>
        <translation>
            <numerusform>%1 could not get its lock in %n attempt (lock_timeout %2 ms; each attempt was rolled back): %3. %4 End that session or wait for it to finish, then run migrate again.</numerusform>
            <numerusform>%1 could not get its lock in %n attempts (lock_timeout %2 ms; each attempt was rolled back): %3. %4 End that session or wait for it to finish, then run migrate again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n migration(s) would be applied; nothing was changed.</source>
        <translation>
            <numerusform>Dry run: %n migration would be applied; nothing was changed.</numerusform>
            <numerusform>Dry run: %n migrations would be applied; nothing was changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 applied in %2, after %n lock-timeout retry(s).</source>
        <translation>
            <numerusform>%1 applied in %2, after %n lock-timeout retry.</numerusform>
            <numerusform>%1 applied in %2, after %n lock-timeout retries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied %n migration(s)</source>
        <translation>
            <numerusform>Applied %n migration</numerusform>
            <numerusform>Applied %n migrations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied %n migration(s) in %1.</source>
        <translation>
            <numerusform>Applied %n migration in %1.</numerusform>
            <numerusform>Applied %n migrations in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rolling %1 could not get its lock in %n attempt(s) (lock_timeout %2 ms; each attempt was rolled back): %3. %4 End that session or wait for it to finish, then roll back again.</source>
        <translation>
            <numerusform>Rolling %1 could not get its lock in %n attempt (lock_timeout %2 ms; each attempt was rolled back): %3. %4 End that session or wait for it to finish, then roll back again.</numerusform>
            <numerusform>Rolling %1 could not get its lock in %n attempts (lock_timeout %2 ms; each attempt was rolled back): %3. %4 End that session or wait for it to finish, then roll back again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n step(s) would run, in this order; nothing is changed.</source>
        <translation>
            <numerusform>Dry run: %n step would run; nothing is changed.</numerusform>
            <numerusform>Dry run: %n steps would run, in this order; nothing is changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) to run, in this order:</source>
        <translation>
            <numerusform>%n step to run:</numerusform>
            <numerusform>%n steps to run, in this order:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n rollback step(s) would run; nothing was changed.</source>
        <translation>
            <numerusform>Dry run: %n rollback step would run; nothing was changed.</numerusform>
            <numerusform>Dry run: %n rollback steps would run; nothing was changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rolled back in %n step(s) in %1.</source>
        <translation>
            <numerusform>Rolled back in %n step in %1.</numerusform>
            <numerusform>Rolled back in %n steps in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MigrationWatchSnapshot</name>
    <message numerus="yes">
        <source>%1, blocked by pid %2</source>
        <translation>
            <numerusform>%1, blocked by pid %2</numerusform>
            <numerusform>%1, blocked by pids %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) queued</source>
        <translation>
            <numerusform>%n session queued</numerusform>
            <numerusform>%n sessions queued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more backend(s) with this application name</source>
        <translation>
            <numerusform>%n more backend with this application name</numerusform>
            <numerusform>%n more backends with this application name</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message numerus="yes">
        <source>%n pending, overall %1 (score %2)</source>
        <translation>
            <numerusform>%n pending, overall %1 (score %2)</numerusform>
            <numerusform>%n pending, overall %1 (score %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordedRun</name>
    <message numerus="yes">
        <source>Schema changes made by this run: %n.</source>
        <translation>
            <numerusform>Schema changes made by this run: %n.</numerusform>
            <numerusform>Schema changes made by this run: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreJob</name>
    <message numerus="yes">
        <source>A parallel restore (%n job(s)) is not atomic: if it fails or is cancelled part way, the database is left partly restored.</source>
        <translation>
            <numerusform>A parallel restore (%n job) is not atomic: if it fails or is cancelled part way, the database is left partly restored.</numerusform>
            <numerusform>A parallel restore (%n jobs) is not atomic: if it fails or is cancelled part way, the database is left partly restored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunReport</name>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n run</numerusform>
            <numerusform>%n runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n applied migration(s)</source>
        <translation>
            <numerusform>%n applied migration</numerusform>
            <numerusform>%n applied migrations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s), %1 failed.</source>
        <translation>
            <numerusform>%n run, %1 failed.</numerusform>
            <numerusform>%n runs, %1 failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n smaller table(s) in the JSON report.</source>
        <translation>
            <numerusform>%n smaller table in the JSON report.</numerusform>
            <numerusform>%n smaller tables in the JSON report.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchemaCapture</name>
    <message numerus="yes">
        <source>Schema %1 recorded for the history: %n table(s).</source>
        <translation>
            <numerusform>Schema %1 recorded for the history: %n table.</numerusform>
            <numerusform>Schema %1 recorded for the history: %n tables.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatementSummary</name>
    <message numerus="yes">
        <source>%n more statement(s), timed together</source>
        <translation>
            <numerusform>%n more statement, timed together</numerusform>
            <numerusform>%n more statements, timed together</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatementTiming</name>
    <message numerus="yes">
        <source>%n statement(s) timed</source>
        <translation>
            <numerusform>%n statement timed</numerusform>
            <numerusform>%n statements timed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TableInventoryReport</name>
    <message numerus="yes">
        <source>Database %1: %2 in %n table(s)</source>
        <translation>
            <numerusform>Database %1: %2 in %n table</numerusform>
            <numerusform>Database %1: %2 in %n tables</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Verifier</name>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n pending</numerusform>
            <numerusform>%n pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n table</numerusform>
            <numerusform>%n tables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n foreign key(s)</source>
        <translation>
            <numerusform>%n foreign key</numerusform>
            <numerusform>%n foreign keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <translation>
            <numerusform>%n invalid</numerusform>
            <numerusform>%n invalid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n being built</source>
        <translation>
            <numerusform>%n being built</numerusform>
            <numerusform>%n being built</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not validated</source>
        <translation>
            <numerusform>%n not validated</numerusform>
            <numerusform>%n not validated</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>migdesk::models::BlockingTreeModel</name>
    <message numerus="yes">
        <source>%n waiting for %1</source>
        <translation>
            <numerusform>%n waiting for %1</numerusform>
            <numerusform>%n waiting for %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>migdesk::models::RunStatementsModel</name>
    <message numerus="yes">
        <source>%Ln more statement(s)</source>
        <translation>
            <numerusform>%Ln more statement</numerusform>
            <numerusform>%Ln more statements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A migration lists its first %Ln statements one by one; the time of the others is summed here.</source>
        <translation>
            <numerusform>A migration lists its first statement on its own; the time of the others is summed here.</numerusform>
            <numerusform>A migration lists its first %Ln statements one by one; the time of the others is summed here.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>migdesk::ui::HistoryPane</name>
    <message numerus="yes">
        <source>%n schema snapshot(s) of %1 recorded: migrate and rollback runs take one before and one after.</source>
        <translation>
            <numerusform>%n schema snapshot of %1 recorded: migrate and rollback runs take one before and one after.</numerusform>
            <numerusform>%n schema snapshots of %1 recorded: migrate and rollback runs take one before and one after.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) recorded on this machine</source>
        <translation>
            <numerusform>%n run recorded on this machine</numerusform>
            <numerusform>%n runs recorded on this machine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from other machines</source>
        <translation>
            <numerusform>%n from other machines</numerusform>
            <numerusform>%n from other machines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n migration(s) in the database&apos;s own history</source>
        <translation>
            <numerusform>%n migration in the database&apos;s own history</numerusform>
            <numerusform>%n migrations in the database&apos;s own history</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n applied outside migdesk</source>
        <translation>
            <numerusform>%n applied outside migdesk</numerusform>
            <numerusform>%n applied outside migdesk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n shown</source>
        <translation>
            <numerusform>; %n shown</numerusform>
            <numerusform>; %n shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from the first snapshot to the second.</source>
        <translation>
            <numerusform>%n change from the first snapshot to the second.</numerusform>
            <numerusform>%n changes from the first snapshot to the second.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n size sample(s) of %1</source>
        <translation>
            <numerusform>%n size sample of %1</numerusform>
            <numerusform>%n size samples of %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>migdesk::ui::MigratePage</name>
    <message numerus="yes">
        <source>%n migration(s) pending.</source>
        <translation>
            <numerusform>%n migration pending.</numerusform>
            <numerusform>%n migrations pending.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n migration(s) applied.</source>
        <translation>
            <numerusform>%1 of %n migration applied.</numerusform>
            <numerusform>%1 of %n migrations applied.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>migdesk::ui::MigrationWatchView</name>
    <message numerus="yes">
        <source>Backend pid %1 (and %n more with this name) · polled at %2</source>
        <translation>
            <numerusform>Backend pid %1 (and %n more with this name) · polled at %2</numerusform>
            <numerusform>Backend pid %1 (and %n more with this name) · polled at %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>migdesk::ui::RunDetailDialog</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) between the snapshots taken before and after this run.</source>
        <translation>
            <numerusform>%n change between the snapshots taken before and after this run.</numerusform>
            <numerusform>%n changes between the snapshots taken before and after this run.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>migdesk::ui::SummaryPage</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: &lt;b style=&quot;color:%2&quot;&gt;%3&lt;/b&gt; — %n step(s) in %4.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: &lt;b style=&quot;color:%2&quot;&gt;%3&lt;/b&gt; — %n step in %4.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: &lt;b style=&quot;color:%2&quot;&gt;%3&lt;/b&gt; — %n steps in %4.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>migdesk::ui::TableGrowthChart</name>
    <message numerus="yes">
        <source>Growth of the %n largest table(s)</source>
        <translation>
            <numerusform>Growth of the largest table</numerusform>
            <numerusform>Growth of the %n largest tables</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>migdesk::ui::TableSizeChart</name>
    <message numerus="yes">
        <source>Largest %n table(s)</source>
        <translation>
            <numerusform>The largest table</numerusform>
            <numerusform>Largest %n tables</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>migdesk::ui::TablesPane</name>
    <message numerus="yes">
        <source>%n table(s) listed, sizes estimated; measuring: %1 of %2…</source>
        <translation>
            <numerusform>%n table listed, sizes estimated; measuring: %1 of %2…</numerusform>
            <numerusform>%n tables listed, sizes estimated; measuring: %1 of %2…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) read in %1.</source>
        <translation>
            <numerusform>%n table read in %1.</numerusform>
            <numerusform>%n tables read in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Database %1: %2 in %n table(s)</source>
        <translation>
            <numerusform>Database %1: %2 in %n table</numerusform>
            <numerusform>Database %1: %2 in %n tables</numerusform>
        </translation>
    </message>
</context>
</TS>
