-- Takes ACCESS EXCLUSIVE on ledger: waits behind any open transaction that read it.
ALTER TABLE ledger ADD COLUMN note text;
