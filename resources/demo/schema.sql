-- migdesk demo database: PRS (Payment Receiving System), schema.
--
-- This is the schema exactly as Django 3.2 leaves it after the APPLIED migrations of the demo
-- project in prs/ (the DDL is what `manage.py sqlmigrate` prints for each of them, in
-- dependency order). The rows of django_migrations that say so are inserted by data.sql; the
-- PENDING migrations (see README.md) are not reflected here.
--
-- Plain SQL for one libpq PQexec call on an empty database: no psql meta-commands, no
-- transaction control (PQexec runs a multi-statement string as one implicit transaction).
--
-- Deliberate findings for migdesk's verify step:
--   * payments_gatewayevent has no primary key (raw webhook log created by RunSQL);
--   * payments_payment.method_id and ledger_ledgerentry.currency_id are foreign keys
--     without an index (payments.0003, pending, adds the first one concurrently).
-- CHECK constraints: core_currency.decimal_places >= 0, billing_invoice_total_nonneg,
-- billing_invoice_due_after_issue, payments_payment_amount_positive,
-- ledger_entry_amount_positive, ledger_entry_direction_valid.

-- ============================================================================
-- Django's migration recorder table (as MigrationRecorder.ensure_schema creates it)
-- ============================================================================
CREATE TABLE "django_migrations" ("id" serial NOT NULL PRIMARY KEY, "app" varchar(255) NOT NULL, "name" varchar(255) NOT NULL, "applied" timestamp with time zone NOT NULL);

-- ============================================================================
-- migration core.0001_initial
-- ============================================================================
-- Create model Currency
CREATE TABLE "core_currency" ("code" varchar(3) NOT NULL PRIMARY KEY, "name" varchar(64) NOT NULL, "symbol" varchar(8) NOT NULL, "decimal_places" smallint NOT NULL CHECK ("decimal_places" >= 0), "is_active" boolean NOT NULL);
CREATE INDEX "core_currency_code_0c3ee469_like" ON "core_currency" ("code" varchar_pattern_ops);

-- ============================================================================
-- migration accounts.0001_initial
-- ============================================================================
-- Create model Bank
CREATE TABLE "accounts_bank" ("id" serial NOT NULL PRIMARY KEY, "name" varchar(120) NOT NULL, "swift_code" varchar(11) NOT NULL UNIQUE, "country" varchar(2) NOT NULL);
-- Create model Account
CREATE TABLE "accounts_account" ("id" serial NOT NULL PRIMARY KEY, "number" varchar(34) NOT NULL UNIQUE, "name" varchar(120) NOT NULL, "account_type" varchar(16) NOT NULL, "branch_code" varchar(12) NOT NULL, "opened_on" date NOT NULL, "is_active" boolean NOT NULL, "balance" numeric(16, 2) NOT NULL, "created_at" timestamp with time zone NOT NULL, "updated_at" timestamp with time zone NOT NULL, "bank_id" integer NOT NULL, "currency_id" varchar(3) NOT NULL);
CREATE INDEX "accounts_bank_swift_code_531fa0e3_like" ON "accounts_bank" ("swift_code" varchar_pattern_ops);
ALTER TABLE "accounts_account" ADD CONSTRAINT "accounts_account_bank_id_c1446734_fk_accounts_bank_id" FOREIGN KEY ("bank_id") REFERENCES "accounts_bank" ("id") DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE "accounts_account" ADD CONSTRAINT "accounts_account_currency_id_73d063da_fk_core_currency_code" FOREIGN KEY ("currency_id") REFERENCES "core_currency" ("code") DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX "accounts_account_number_3ee823f0_like" ON "accounts_account" ("number" varchar_pattern_ops);
CREATE INDEX "accounts_account_bank_id_c1446734" ON "accounts_account" ("bank_id");
CREATE INDEX "accounts_account_currency_id_73d063da" ON "accounts_account" ("currency_id");
CREATE INDEX "accounts_account_currency_id_73d063da_like" ON "accounts_account" ("currency_id" varchar_pattern_ops);

-- ============================================================================
-- migration accounts.0002_account_overdraft_limit
-- ============================================================================
-- Add field overdraft_limit to account
ALTER TABLE "accounts_account" ADD COLUMN "overdraft_limit" numeric(14, 2) DEFAULT 0 NOT NULL;
ALTER TABLE "accounts_account" ALTER COLUMN "overdraft_limit" DROP DEFAULT;

-- ============================================================================
-- migration customers.0001_initial
-- ============================================================================
-- Create model Customer
CREATE TABLE "customers_customer" ("id" serial NOT NULL PRIMARY KEY, "reference" varchar(20) NOT NULL UNIQUE, "name" varchar(200) NOT NULL, "email" varchar(254) NOT NULL, "phone" varchar(32) NOT NULL, "customer_type" varchar(16) NOT NULL, "country" varchar(2) NOT NULL, "credit_limit" numeric(14, 2) NOT NULL, "is_active" boolean NOT NULL, "created_at" timestamp with time zone NOT NULL, "updated_at" timestamp with time zone NOT NULL, "default_currency_id" varchar(3) NOT NULL, "settlement_account_id" integer NULL);
ALTER TABLE "customers_customer" ADD CONSTRAINT "customers_customer_default_currency_id_5af35bd3_fk_core_curr" FOREIGN KEY ("default_currency_id") REFERENCES "core_currency" ("code") DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE "customers_customer" ADD CONSTRAINT "customers_customer_settlement_account_i_b29d709d_fk_accounts_" FOREIGN KEY ("settlement_account_id") REFERENCES "accounts_account" ("id") DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX "customers_customer_reference_9fc96f6c_like" ON "customers_customer" ("reference" varchar_pattern_ops);
CREATE INDEX "customers_customer_email_300e404b" ON "customers_customer" ("email");
CREATE INDEX "customers_customer_email_300e404b_like" ON "customers_customer" ("email" varchar_pattern_ops);
CREATE INDEX "customers_customer_default_currency_id_5af35bd3" ON "customers_customer" ("default_currency_id");
CREATE INDEX "customers_customer_default_currency_id_5af35bd3_like" ON "customers_customer" ("default_currency_id" varchar_pattern_ops);
CREATE INDEX "customers_customer_settlement_account_id_b29d709d" ON "customers_customer" ("settlement_account_id");

-- ============================================================================
-- migration customers.0002_customer_tax_id
-- ============================================================================
-- Add field tax_id to customer
ALTER TABLE "customers_customer" ADD COLUMN "tax_id" varchar(32) NULL;

-- ============================================================================
-- migration billing.0001_initial
-- ============================================================================
-- Create model Invoice
CREATE TABLE "billing_invoice" ("id" serial NOT NULL PRIMARY KEY, "number" varchar(32) NOT NULL UNIQUE, "issue_date" date NOT NULL, "due_date" date NOT NULL, "status" varchar(16) NOT NULL, "subtotal" numeric(14, 2) NOT NULL, "tax_amount" numeric(14, 2) NOT NULL, "total_amount" numeric(14, 2) NOT NULL, "amount_paid" numeric(14, 2) NOT NULL, "notes" text NOT NULL, "created_at" timestamp with time zone NOT NULL, "updated_at" timestamp with time zone NOT NULL, "account_id" integer NOT NULL, "currency_id" varchar(3) NOT NULL, "customer_id" integer NOT NULL);
ALTER TABLE "billing_invoice" ADD CONSTRAINT "billing_invoice_account_id_71f06cf2_fk_accounts_account_id" FOREIGN KEY ("account_id") REFERENCES "accounts_account" ("id") DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE "billing_invoice" ADD CONSTRAINT "billing_invoice_currency_id_f7314a36_fk_core_currency_code" FOREIGN KEY ("currency_id") REFERENCES "core_currency" ("code") DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE "billing_invoice" ADD CONSTRAINT "billing_invoice_customer_id_12e1ebba_fk_customers_customer_id" FOREIGN KEY ("customer_id") REFERENCES "customers_customer" ("id") DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX "billing_invoice_number_b2bb8a8d_like" ON "billing_invoice" ("number" varchar_pattern_ops);
CREATE INDEX "billing_invoice_account_id_71f06cf2" ON "billing_invoice" ("account_id");
CREATE INDEX "billing_invoice_currency_id_f7314a36" ON "billing_invoice" ("currency_id");
CREATE INDEX "billing_invoice_currency_id_f7314a36_like" ON "billing_invoice" ("currency_id" varchar_pattern_ops);
CREATE INDEX "billing_invoice_customer_id_12e1ebba" ON "billing_invoice" ("customer_id");

-- ============================================================================
-- migration billing.0002_invoice_amount_checks
-- ============================================================================
-- Create constraint billing_invoice_total_nonneg on model invoice
ALTER TABLE "billing_invoice" ADD CONSTRAINT "billing_invoice_total_nonneg" CHECK ("total_amount" >= 0);
-- Create constraint billing_invoice_due_after_issue on model invoice
ALTER TABLE "billing_invoice" ADD CONSTRAINT "billing_invoice_due_after_issue" CHECK ("due_date" >= "issue_date");

-- ============================================================================
-- migration payments.0001_initial
-- ============================================================================
-- Create model PaymentMethod
CREATE TABLE "payments_paymentmethod" ("id" serial NOT NULL PRIMARY KEY, "code" varchar(32) NOT NULL UNIQUE, "name" varchar(64) NOT NULL, "is_card" boolean NOT NULL, "fee_percent" numeric(5, 2) NOT NULL, "is_active" boolean NOT NULL);
-- Create model Payment
CREATE TABLE "payments_payment" ("id" serial NOT NULL PRIMARY KEY, "reference" varchar(40) NOT NULL UNIQUE, "amount" numeric(14, 2) NOT NULL, "fee_amount" numeric(10, 2) NOT NULL, "status" varchar(16) NOT NULL, "received_at" timestamp with time zone NOT NULL, "gateway_ref" varchar(64) NULL, "created_at" timestamp with time zone NOT NULL, "currency_id" varchar(3) NOT NULL, "customer_id" integer NOT NULL, "invoice_id" integer NULL, "method_id" integer NOT NULL);
-- Create constraint payments_payment_amount_positive on model payment
ALTER TABLE "payments_payment" ADD CONSTRAINT "payments_payment_amount_positive" CHECK ("amount" > 0);
CREATE INDEX "payments_paymentmethod_code_23b7e365_like" ON "payments_paymentmethod" ("code" varchar_pattern_ops);
ALTER TABLE "payments_payment" ADD CONSTRAINT "payments_payment_currency_id_f5833642_fk_core_currency_code" FOREIGN KEY ("currency_id") REFERENCES "core_currency" ("code") DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE "payments_payment" ADD CONSTRAINT "payments_payment_customer_id_8b4d6141_fk_customers_customer_id" FOREIGN KEY ("customer_id") REFERENCES "customers_customer" ("id") DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE "payments_payment" ADD CONSTRAINT "payments_payment_invoice_id_a1a432c8_fk_billing_invoice_id" FOREIGN KEY ("invoice_id") REFERENCES "billing_invoice" ("id") DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE "payments_payment" ADD CONSTRAINT "payments_payment_method_id_77087a63_fk_payments_" FOREIGN KEY ("method_id") REFERENCES "payments_paymentmethod" ("id") DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX "payments_payment_reference_1d502039_like" ON "payments_payment" ("reference" varchar_pattern_ops);
CREATE INDEX "payments_payment_received_at_daadf5ee" ON "payments_payment" ("received_at");
CREATE INDEX "payments_payment_currency_id_f5833642" ON "payments_payment" ("currency_id");
CREATE INDEX "payments_payment_currency_id_f5833642_like" ON "payments_payment" ("currency_id" varchar_pattern_ops);
CREATE INDEX "payments_payment_customer_id_8b4d6141" ON "payments_payment" ("customer_id");
CREATE INDEX "payments_payment_invoice_id_a1a432c8" ON "payments_payment" ("invoice_id");

-- ============================================================================
-- migration payments.0002_gatewayevent_log
-- ============================================================================
-- Raw SQL operation
CREATE TABLE "payments_gatewayevent" (
    "received_at" timestamp with time zone NOT NULL DEFAULT now(),
    "gateway" varchar(32) NOT NULL,
    "event_type" varchar(64) NOT NULL,
    "payment_reference" varchar(40) NULL,
    "http_status" smallint NOT NULL DEFAULT 200,
    "signature" varchar(128) NOT NULL,
    "payload" text NOT NULL
);
CREATE INDEX "payments_gatewayevent_received_at_idx" ON "payments_gatewayevent" ("received_at");
CREATE INDEX "payments_gatewayevent_payment_ref_idx" ON "payments_gatewayevent" ("payment_reference");

-- ============================================================================
-- migration receipts.0001_initial
-- ============================================================================
-- Create model Receipt
CREATE TABLE "receipts_receipt" ("id" serial NOT NULL PRIMARY KEY, "number" varchar(32) NOT NULL UNIQUE, "issued_at" timestamp with time zone NOT NULL, "issued_by" varchar(150) NOT NULL, "delivery_channel" varchar(16) NOT NULL, "sent" boolean NOT NULL, "is_void" boolean NOT NULL, "payment_id" integer NOT NULL UNIQUE);
ALTER TABLE "receipts_receipt" ADD CONSTRAINT "receipts_receipt_payment_id_807c9c7d_fk_payments_payment_id" FOREIGN KEY ("payment_id") REFERENCES "payments_payment" ("id") DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX "receipts_receipt_number_9ff452cd_like" ON "receipts_receipt" ("number" varchar_pattern_ops);

-- ============================================================================
-- migration ledger.0001_initial
-- ============================================================================
-- Create model FiscalPeriod
CREATE TABLE "ledger_fiscalperiod" ("id" serial NOT NULL PRIMARY KEY, "name" varchar(32) NOT NULL UNIQUE, "starts_on" date NOT NULL, "ends_on" date NOT NULL, "is_closed" boolean NOT NULL);
-- Create model LedgerEntry
CREATE TABLE "ledger_ledgerentry" ("id" bigserial NOT NULL PRIMARY KEY, "direction" varchar(1) NOT NULL, "amount" numeric(14, 2) NOT NULL, "posted_at" timestamp with time zone NOT NULL, "description" varchar(255) NOT NULL, "legacy_batch_code" varchar(32) NULL, "account_id" integer NOT NULL, "currency_id" varchar(3) NOT NULL, "invoice_id" integer NULL, "payment_id" integer NULL, "period_id" integer NOT NULL);
-- Create constraint ledger_entry_amount_positive on model ledgerentry
ALTER TABLE "ledger_ledgerentry" ADD CONSTRAINT "ledger_entry_amount_positive" CHECK ("amount" > 0);
-- Create constraint ledger_entry_direction_valid on model ledgerentry
ALTER TABLE "ledger_ledgerentry" ADD CONSTRAINT "ledger_entry_direction_valid" CHECK ("direction" IN ('D', 'C'));
CREATE INDEX "ledger_fiscalperiod_name_46d2fa35_like" ON "ledger_fiscalperiod" ("name" varchar_pattern_ops);
ALTER TABLE "ledger_ledgerentry" ADD CONSTRAINT "ledger_ledgerentry_account_id_6e45a426_fk_accounts_account_id" FOREIGN KEY ("account_id") REFERENCES "accounts_account" ("id") DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE "ledger_ledgerentry" ADD CONSTRAINT "ledger_ledgerentry_currency_id_594576d5_fk_core_currency_code" FOREIGN KEY ("currency_id") REFERENCES "core_currency" ("code") DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE "ledger_ledgerentry" ADD CONSTRAINT "ledger_ledgerentry_invoice_id_3b502f01_fk_billing_invoice_id" FOREIGN KEY ("invoice_id") REFERENCES "billing_invoice" ("id") DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE "ledger_ledgerentry" ADD CONSTRAINT "ledger_ledgerentry_payment_id_d30fffd5_fk_payments_payment_id" FOREIGN KEY ("payment_id") REFERENCES "payments_payment" ("id") DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE "ledger_ledgerentry" ADD CONSTRAINT "ledger_ledgerentry_period_id_08c68d3b_fk_ledger_fiscalperiod_id" FOREIGN KEY ("period_id") REFERENCES "ledger_fiscalperiod" ("id") DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX "ledger_ledgerentry_account_id_6e45a426" ON "ledger_ledgerentry" ("account_id");
CREATE INDEX "ledger_ledgerentry_invoice_id_3b502f01" ON "ledger_ledgerentry" ("invoice_id");
CREATE INDEX "ledger_ledgerentry_payment_id_d30fffd5" ON "ledger_ledgerentry" ("payment_id");
CREATE INDEX "ledger_ledgerentry_period_id_08c68d3b" ON "ledger_ledgerentry" ("period_id");

-- ============================================================================
-- migration ledger.0002_ledgerentry_account_posted_idx
-- ============================================================================
-- Create index ledger_entry_acct_posted_idx on field(s) account, posted_at of model ledgerentry
CREATE INDEX "ledger_entry_acct_posted_idx" ON "ledger_ledgerentry" ("account_id", "posted_at");
