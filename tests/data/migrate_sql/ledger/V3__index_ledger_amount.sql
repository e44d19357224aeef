-- Cannot run in a transaction block: applied statement by statement.
CREATE INDEX CONCURRENTLY ledger_amount_idx ON ledger (amount_cents);
