DROP TABLE audit_archive;
