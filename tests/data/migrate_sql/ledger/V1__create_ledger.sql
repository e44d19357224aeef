-- The ledger and a few rows, so later versions change a table that has data.
CREATE TABLE ledger (
    id bigserial PRIMARY KEY,
    amount_cents bigint NOT NULL
);
INSERT INTO ledger (amount_cents) SELECT g * 100 FROM generate_series(1, 50) AS g;
