-- No undo file: rolling this back means restoring the backup.
ALTER TABLE ledger DROP COLUMN note;
