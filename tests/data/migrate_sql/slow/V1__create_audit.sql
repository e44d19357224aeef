CREATE TABLE audit_entry (
    id bigserial PRIMARY KEY,
    happened_at timestamptz NOT NULL DEFAULT now()
);
