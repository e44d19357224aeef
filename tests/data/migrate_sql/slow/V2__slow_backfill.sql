-- A long migration in one transaction: the table exists only inside it until the sleep (a
-- stand-in for a long backfill) ends and the transaction commits.
CREATE TABLE audit_archive (
    id bigint PRIMARY KEY
);
SELECT pg_sleep(60);
