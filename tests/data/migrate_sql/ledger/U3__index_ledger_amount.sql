DROP INDEX CONCURRENTLY ledger_amount_idx;
