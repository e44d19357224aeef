-- migdesk demo database: PRS (Payment Receiving System), data.
--
-- Runs after schema.sql on the same (otherwise empty) database, as one libpq PQexec string:
-- plain SQL only, no psql meta-commands. Everything is generated with generate_series and is
-- deterministic: "random" choices come from hashint8() of the row number (the integer hash
-- PostgreSQL guarantees stable because hash partitioning depends on it), never from random(),
-- and no value depends on now() or on the session's time zone.
--
-- Approximate row counts: ledger_ledgerentry 1.0M, payments_payment 300k, billing_invoice 200k,
-- receipts_receipt 100k, customers_customer 20k, payments_gatewayevent 7.2k (about 22 MB of
-- TOAST: webhook payloads of ~2.8 kB of incompressible text), accounts_account 2k, lookup
-- tables a handful of rows each.
--
-- To load fast, the secondary (non-unique, non-PK) indexes are dropped first and re-created,
-- with their exact original definitions and names, once the rows are in; foreign-key checks
-- are skipped during the load (superuser) or the foreign keys are dropped and re-added (any
-- other role); see step 0.
--
-- Hash helper used throughout:  (hashint8(n * 16 + salt)::bigint + 2147483648)  is a
-- well-mixed integer in [0, 2^32) for row n; different salts (0..15) give independent values.

SET synchronous_commit = off;
SET maintenance_work_mem = '256MB';
SET work_mem = '64MB';

-- ---------------------------------------------------------------------------------------------
-- 0. Remember, then drop, the secondary indexes (and, unless we are a superuser, the foreign
--    keys) of the demo tables; step 9 puts them back. A superuser instead switches foreign-key
--    checking off for the session (session_replication_role = replica), which saves
--    re-validating ~1.6M references: the generated data is consistent by construction.
-- ---------------------------------------------------------------------------------------------
CREATE TEMP TABLE demo_saved_ddl (seq serial PRIMARY KEY, ddl text NOT NULL);

INSERT INTO demo_saved_ddl (ddl)
SELECT pg_get_indexdef(i.indexrelid)
  FROM pg_index i
  JOIN pg_class t ON t.oid = i.indrelid
 WHERE t.relnamespace = current_schema()::regnamespace
   AND t.relkind = 'r'
   AND NOT EXISTS (SELECT 1 FROM pg_constraint c
                    WHERE c.conindid = i.indexrelid AND c.contype IN ('p', 'u', 'x'))
 ORDER BY t.relname, i.indexrelid::regclass::text;

DO $$
DECLARE
    r record;
    is_super boolean := (SELECT rolsuper FROM pg_roles WHERE rolname = current_user);
BEGIN
    IF is_super THEN
        PERFORM set_config('session_replication_role', 'replica', false);
    ELSE
        INSERT INTO demo_saved_ddl (ddl)
        SELECT format('ALTER TABLE %s ADD CONSTRAINT %I %s',
                      c.conrelid::regclass, c.conname, pg_get_constraintdef(c.oid))
          FROM pg_constraint c
          JOIN pg_class t ON t.oid = c.conrelid
         WHERE t.relnamespace = current_schema()::regnamespace
           AND c.contype = 'f'
         ORDER BY t.relname, c.conname;
        FOR r IN SELECT c.conrelid::regclass AS tbl, c.conname
                   FROM pg_constraint c
                   JOIN pg_class t ON t.oid = c.conrelid
                  WHERE t.relnamespace = current_schema()::regnamespace AND c.contype = 'f'
        LOOP
            EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', r.tbl, r.conname);
        END LOOP;
    END IF;
    FOR r IN SELECT i.indexrelid::regclass AS idx
               FROM pg_index i
               JOIN pg_class t ON t.oid = i.indrelid
              WHERE t.relnamespace = current_schema()::regnamespace
                AND t.relkind = 'r'
                AND NOT EXISTS (SELECT 1 FROM pg_constraint c
                                 WHERE c.conindid = i.indexrelid AND c.contype IN ('p', 'u', 'x'))
    LOOP
        EXECUTE format('DROP INDEX %s', r.idx);
    END LOOP;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- 1. Reference data.
--    Currency index used below (cidx): 1 USD, 2 EUR, 3 GBP, 4 KES, 5 NGN, 6 ZAR, 7 CHF.
--    Weighted pick of a currency index: (ARRAY[1,1,1,1,2,2,2,3,3,4,5,6,7])[1 + h % 13].
-- ---------------------------------------------------------------------------------------------
INSERT INTO core_currency (code, name, symbol, decimal_places, is_active) VALUES
    ('USD', 'US Dollar',          '$',   2, true),
    ('EUR', 'Euro',               '€',   2, true),
    ('GBP', 'Pound Sterling',     '£',   2, true),
    ('KES', 'Kenyan Shilling',    'KSh', 2, true),
    ('NGN', 'Nigerian Naira',     '₦',   2, true),
    ('ZAR', 'South African Rand', 'R',   2, true),
    ('CHF', 'Swiss Franc',        'CHF', 2, true),
    ('JPY', 'Japanese Yen',       '¥',   0, false);

-- One bank per currency; bank id = cidx.
INSERT INTO accounts_bank (id, name, swift_code, country) VALUES
    (1, 'First Continental Bank', 'FCBKUS33XXX', 'US'),
    (2, 'Rheinland Handelsbank',  'RHHBDEFFXXX', 'DE'),
    (3, 'Albion Commercial Bank', 'ALBNGB2LXXX', 'GB'),
    (4, 'Savanna Trust Bank',     'SVTBKENAXXX', 'KE'),
    (5, 'Niger Delta Bank',       'NDBKNGLAXXX', 'NG'),
    (6, 'Cape Mercantile Bank',   'CAPMZAJJXXX', 'ZA'),
    (7, 'Helvetia Privatbank',    'HLVPCHZZXXX', 'CH');

INSERT INTO payments_paymentmethod (id, code, name, is_card, fee_percent, is_active) VALUES
    (1, 'card',          'Debit / credit card', true,  2.90, true),
    (2, 'bank_transfer', 'Bank transfer',       false, 0.00, true),
    (3, 'mobile_money',  'Mobile money',        false, 1.50, true),
    (4, 'cash',          'Cash at branch',      false, 0.00, true),
    (5, 'cheque',        'Cheque',              false, 0.00, false),
    (6, 'direct_debit',  'Direct debit',        false, 0.30, true),
    (7, 'ach',           'ACH transfer',        false, 0.10, true);

-- Monthly fiscal periods Jun 2025 .. Dec 2026; everything before Jun 2026 is closed.
INSERT INTO ledger_fiscalperiod (id, name, starts_on, ends_on, is_closed)
SELECT m, to_char(d, 'YYYY-MM'), d::date, (d + interval '1 month' - interval '1 day')::date,
       (d + interval '1 month' - interval '1 day')::date < date '2026-06-01'
  FROM generate_series(1, 19) AS m,
       LATERAL (SELECT date '2025-06-01' + (m - 1) * interval '1 month' AS d) AS x;

-- ---------------------------------------------------------------------------------------------
-- 2. Accounts (2,000): 1-7 clearing and 8-14 settlement accounts (one per currency),
--    15-16 suspense (USD, EUR), the rest collection accounts.
-- ---------------------------------------------------------------------------------------------
INSERT INTO accounts_account (id, number, name, account_type, branch_code, opened_on, is_active,
                              balance, created_at, updated_at, bank_id, currency_id, overdraft_limit)
SELECT a,
       (ARRAY['US','DE','GB','KE','NG','ZA','CH'])[cidx]
           || lpad((10 + h2 % 89)::text, 2, '0')
           || (ARRAY['FCBK','RHHB','ALBN','SVTB','NDBK','CAPM','HLVP'])[cidx]
           || lpad(a::text, 12, '0'),
       CASE atype WHEN 'collection' THEN 'Collection ' || cur || ' '
                      || (ARRAY['North','South','East','West','Central','Online','Retail','Wholesale'])[1 + h3 % 8]
                      || ' #' || a
                  ELSE initcap(atype) || ' ' || cur END,
       atype,
       substr(sc, 1, 2) || '-' || substr(sc, 3, 2) || '-' || substr(sc, 5, 2),
       opened,
       a <= 16 OR h4 % 40 <> 0,
       round((h5 % 50000000) / 100.0 * (ARRAY[1,1,1,130,1500,18,1])[cidx], 2),
       (opened + time '09:00') AT TIME ZONE 'UTC',
       timestamptz '2026-11-20 00:00:00+00' - (h6 % 20000000) * interval '1 second',
       cidx,
       cur,
       CASE WHEN atype = 'collection' AND h7 % 5 = 0 THEN 5000.00 ELSE 0 END
  FROM (SELECT a, cidx, (ARRAY['USD','EUR','GBP','KES','NGN','ZAR','CHF'])[cidx] AS cur,
               CASE WHEN a <= 7 THEN 'clearing' WHEN a <= 14 THEN 'settlement'
                    WHEN a <= 16 THEN 'suspense' ELSE 'collection' END AS atype,
               lpad((h1 % 1000000)::text, 6, '0') AS sc,
               date '2015-01-05' + (h1 % 3600)::int AS opened,
               h2, h3, h4, h5, h6, h7
          FROM (SELECT a,
                       CASE WHEN a <= 7 THEN a WHEN a <= 14 THEN a - 7 WHEN a <= 16 THEN a - 14
                            ELSE (ARRAY[1,1,1,1,2,2,2,3,3,4,5,6,7])[1 + h0 % 13] END AS cidx,
                       h1, h2, h3, h4, h5, h6, h7
                  FROM (SELECT a,
                               hashint8(a * 16 + 0)::bigint + 2147483648 AS h0,
                               hashint8(a * 16 + 1)::bigint + 2147483648 AS h1,
                               hashint8(a * 16 + 2)::bigint + 2147483648 AS h2,
                               hashint8(a * 16 + 3)::bigint + 2147483648 AS h3,
                               hashint8(a * 16 + 4)::bigint + 2147483648 AS h4,
                               hashint8(a * 16 + 5)::bigint + 2147483648 AS h5,
                               hashint8(a * 16 + 6)::bigint + 2147483648 AS h6,
                               hashint8(a * 16 + 7)::bigint + 2147483648 AS h7
                          FROM generate_series(1, 2000) AS a) AS g) AS g2) AS g3;

-- Per-currency helpers: currency index, rough FX multiplier for amounts, VAT rate in basis
-- points, number of active collection accounts; by convention the clearing account of a
-- currency has id = cidx and its settlement account id = cidx + 7.
CREATE TEMP TABLE demo_fx (currency_id varchar(3) PRIMARY KEY, cidx int, mult int, vat_bp int,
                           coll_n int);
INSERT INTO demo_fx (currency_id, cidx, mult, vat_bp) VALUES
    ('USD', 1, 1, 0), ('EUR', 2, 1, 1900), ('GBP', 3, 1, 2000), ('KES', 4, 130, 1600),
    ('NGN', 5, 1500, 750), ('ZAR', 6, 18, 1500), ('CHF', 7, 1, 810);

-- Active collection accounts numbered per currency, for picking a receiving account in the
-- right currency: account (currency, 1 + h % coll_n).
CREATE TEMP TABLE demo_collection AS
SELECT currency_id, row_number() OVER (PARTITION BY currency_id ORDER BY id)::int AS rn, id AS account_id
  FROM accounts_account
 WHERE account_type = 'collection' AND is_active;
UPDATE demo_fx SET coll_n = (SELECT count(*) FROM demo_collection dc WHERE dc.currency_id = demo_fx.currency_id);
ANALYZE demo_fx, demo_collection;

-- ---------------------------------------------------------------------------------------------
-- 3. Customers (20,000), created between 2019 and May 2025.
-- ---------------------------------------------------------------------------------------------
INSERT INTO customers_customer (id, reference, name, email, phone, tax_id, customer_type, country,
                                credit_limit, is_active, created_at, updated_at,
                                default_currency_id, settlement_account_id)
SELECT c.id,
       'CUS-' || lpad(c.id::text, 7, '0'),
       c.name,
       lower(regexp_replace(c.name, '[^A-Za-z]+', '.', 'g')) || '.' || c.id
           || (ARRAY['@example.com','@example.net','@example.org','@mail.example.com'])[1 + c.h5 % 4],
       CASE WHEN c.h6 % 15 = 0 THEN ''
            ELSE '+' || (ARRAY['1','49','44','254','234','27','41'])[c.cidx] || ' '
                 || lpad((c.h6 % 1000000000)::text, 9, '0') END,
       CASE WHEN c.ctype <> 'individual' OR c.h7 % 10 = 0
            THEN 'TIN' || lpad((c.h7 % 1000000000)::text, 9, '0') END,
       c.ctype,
       CASE c.cidx WHEN 2 THEN (ARRAY['DE','FR','IE','NL','ES'])[1 + c.h5 % 5]
                   ELSE (ARRAY['US','DE','GB','KE','NG','ZA','CH'])[c.cidx] END,
       CASE c.ctype WHEN 'individual' THEN (ARRAY[0, 0, 500, 1000])[1 + c.h8 % 4]
                    ELSE 5000 * (2 + c.h8 % 50) END,
       c.h9 % 33 <> 0,
       c.created,
       least(c.created + (c.h9 % 60000000) * interval '1 second', timestamptz '2026-11-20 00:00:00+00'),
       (ARRAY['USD','EUR','GBP','KES','NGN','ZAR','CHF'])[c.cidx],
       CASE WHEN c.h8 % 4 <> 0 THEN dc.account_id END
  FROM (SELECT g.*,
               CASE WHEN h2 % 100 < 80 THEN 'individual' WHEN h2 % 100 < 97 THEN 'business'
                    ELSE 'government' END AS ctype,
               CASE WHEN h2 % 100 < 80 THEN
                        (ARRAY['James','Mary','Amina','Wanjiru','Chinedu','Thabo','Sophie','Lukas',
                               'Emma','Oliver','Fatima','Kwame','Hannah','Jonas','Grace','Peter',
                               'Aisha','Daniel','Lena','Samuel','Nomvula','Ifeoma','Marco','Julia'])[1 + h3 % 24]
                        || ' ' ||
                        (ARRAY['Smith','Otieno','Okafor','Nkosi','Muller','Brown','Kamau','Adeyemi',
                               'Schneider','Dubois','Murphy','Jansen','Garcia','Mwangi','Dlamini','Taylor',
                               'Weber','Wilson','Ndlovu','Bello','Keller','Martin','Njoroge','Evans'])[1 + h4 % 24]
                    WHEN h2 % 100 < 97 THEN
                        (ARRAY['Acme','Baobab','Kilimanjaro','Rhine','Thames','Table Bay','Lagos',
                               'Alpine','Harbour','Savanna','Granite','Summit','Meridian','Sahel'])[1 + h3 % 14]
                        || ' ' ||
                        (ARRAY['Holdings','Trading Ltd','Logistics','Foods plc','Pharmacy','Hardware',
                               'Consulting LLP','Motors','Agro Ltd','Textiles','Energy','Telecoms'])[1 + h4 % 12]
                    ELSE
                        (ARRAY['County Council','Water Board','Revenue Authority','Public Health Dept',
                               'Ministry of Works','School District'])[1 + h3 % 6]
                        || ' ' || (ARRAY['North','South','East','West','Central'])[1 + h4 % 5]
               END AS name,
               timestamptz '2019-01-01 00:00:00+00'
                   + (id * 10117 + h4 % 3600) * interval '1 second' AS created
          FROM (SELECT id,
                       (ARRAY[1,1,1,1,2,2,2,3,3,4,5,6,7])[1 + (hashint8(id * 16 + 1)::bigint + 2147483648) % 13] AS cidx,
                       hashint8(id * 16 + 2)::bigint + 2147483648 AS h2,
                       hashint8(id * 16 + 3)::bigint + 2147483648 AS h3,
                       hashint8(id * 16 + 4)::bigint + 2147483648 AS h4,
                       hashint8(id * 16 + 5)::bigint + 2147483648 AS h5,
                       hashint8(id * 16 + 6)::bigint + 2147483648 AS h6,
                       hashint8(id * 16 + 7)::bigint + 2147483648 AS h7,
                       hashint8(id * 16 + 8)::bigint + 2147483648 AS h8,
                       hashint8(id * 16 + 9)::bigint + 2147483648 AS h9,
                       hashint8(id * 16 + 10)::bigint + 2147483648 AS h10
                  FROM generate_series(1, 20000) AS id) AS g) AS c
  JOIN demo_fx fx ON fx.cidx = c.cidx
  JOIN demo_collection dc ON dc.currency_id = fx.currency_id AND dc.rn = 1 + c.h10 % fx.coll_n;

-- ---------------------------------------------------------------------------------------------
-- 4. Invoices (200,000), issued 2025-06-01 .. 2026-11-19 (ids follow the issue date), in the
--    customer's currency. Status mix: ~3% void, ~63% paid, ~10% partially paid, the rest open;
--    recent ones may still be drafts. Amounts are computed in integer cents.
-- ---------------------------------------------------------------------------------------------
INSERT INTO billing_invoice (id, number, issue_date, due_date, status, subtotal, tax_amount,
                             total_amount, amount_paid, notes, created_at, updated_at,
                             account_id, currency_id, customer_id)
SELECT i.id,
       'INV-' || CASE WHEN i.issue_date < date '2026-01-01' THEN '2025-' ELSE '2026-' END
           || lpad(i.id::text, 7, '0'),
       i.issue_date,
       i.issue_date + (ARRAY[14, 30, 30, 30, 45, 60, 7])[1 + i.h2 % 7],
       i.status,
       i.sub_c * 0.01,
       i.tax_c * 0.01,
       (i.sub_c + i.tax_c) * 0.01,
       CASE i.status WHEN 'paid' THEN (i.sub_c + i.tax_c) * 0.01
                     WHEN 'partially_paid' THEN ((i.sub_c + i.tax_c) * (25 + i.h5 % 50) / 100) * 0.01
                     ELSE 0 END,
       CASE i.h6 % 20
           WHEN 0 THEN 'PO ' || (4500000000 + i.h7 % 1000000)
           WHEN 1 THEN 'Payment plan agreed with customer, see ticket PRS-' || (10000 + i.h7 % 90000)
           WHEN 2 THEN 'Reissued after address correction; previous invoice voided'
           ELSE '' END,
       i.created,
       i.created + (i.h7 % 864000) * interval '1 second',
       CASE WHEN i.settlement_account_id IS NOT NULL AND i.h8 % 3 <> 0 THEN i.settlement_account_id
            ELSE i.collection_account_id END,
       i.default_currency_id,
       i.customer_id
  FROM (SELECT g.id, g.issue_date, g.customer_id, g.h2, g.h5, g.h6, g.h7, g.h8,
               CASE WHEN g.issue_date >= date '2026-11-12' AND g.h3 % 100 < 30 THEN 'draft'
                    WHEN g.h3 % 100 < 3 THEN 'void'
                    WHEN g.h3 % 100 < 66 THEN 'paid'
                    WHEN g.h3 % 100 < 76 THEN 'partially_paid'
                    ELSE 'open' END AS status,
               timestamptz '2025-06-01 08:00:00+00'
                   + ((g.issue_date - date '2025-06-01') * 86400 + g.h4 % 30000) * interval '1 second' AS created,
               (1500 + g.base) * fx.mult AS sub_c,
               (1500 + g.base) * fx.mult * fx.vat_bp / 10000 AS tax_c,
               c.default_currency_id,
               c.settlement_account_id,
               dc.account_id AS collection_account_id
          FROM (SELECT id,
                       date '2025-06-01' + ((id - 1) * 537 / 200000)::int AS issue_date,
                       1 + (hashint8(id * 16 + 1)::bigint + 2147483648) % 20000 AS customer_id,
                       hashint8(id * 16 + 2)::bigint + 2147483648 AS h2,
                       hashint8(id * 16 + 3)::bigint + 2147483648 AS h3,
                       hashint8(id * 16 + 4)::bigint + 2147483648 AS h4,
                       hashint8(id * 16 + 5)::bigint + 2147483648 AS h5,
                       hashint8(id * 16 + 6)::bigint + 2147483648 AS h6,
                       hashint8(id * 16 + 7)::bigint + 2147483648 AS h7,
                       hashint8(id * 16 + 8)::bigint + 2147483648 AS h8,
                       (hashint8(id * 16 + 9)::bigint + 2147483648) % 250000 AS base
                  FROM generate_series(1, 200000) AS id) AS g
          JOIN customers_customer c ON c.id = g.customer_id
          JOIN demo_fx fx ON fx.currency_id = c.default_currency_id
          JOIN demo_collection dc ON dc.currency_id = c.default_currency_id AND dc.rn = 1 + g.h8 % fx.coll_n) AS i;

-- ---------------------------------------------------------------------------------------------
-- 5. Payments (~300,000). Paid invoices are settled in 1-3 instalments, partially paid ones
--    by one payment of amount_paid; 28,000 payments are unallocated (no invoice: paid on
--    account, failed attempts, refunds). Ids follow received_at, as they would in production.
--    Method weights: card 4, bank transfer 3, mobile money 2, cash/cheque/direct debit/ACH 1.
-- ---------------------------------------------------------------------------------------------
INSERT INTO payments_payment (id, reference, amount, fee_amount, status, received_at, gateway_ref,
                              created_at, currency_id, customer_id, invoice_id, method_id)
SELECT p.id,
       'PAY-' || to_char(p.received_at AT TIME ZONE 'UTC', 'YYMMDD') || '-' || lpad(p.id::text, 7, '0'),
       p.amount_c * 0.01,
       (p.amount_c * (ARRAY[290, 0, 150, 0, 0, 30, 10])[p.method_id] / 10000) * 0.01,
       p.status,
       p.received_at,
       CASE WHEN p.method_id IN (1, 3, 6)
            THEN CASE p.method_id WHEN 1 THEN 'ch_' WHEN 3 THEN 'mm_' ELSE 'dd_' END
                 || lpad(to_hex(p.h), 8, '0') || lpad(to_hex(hashint8(p.h)), 8, '0') END,
       p.received_at + (1 + p.h % 90) * interval '1 second',
       p.currency_id,
       p.customer_id,
       p.invoice_id,
       p.method_id
  FROM (SELECT s.*, row_number() OVER (ORDER BY s.received_at, s.src, s.h) AS id
          FROM (
                -- instalments of paid / partially paid invoices
                SELECT 'i' AS src, x.h,
                       CASE WHEN x.status = 'partially_paid' THEN x.paid_c
                            WHEN x.k < x.n THEN x.total_c / x.n
                            ELSE x.total_c - (x.n - 1) * (x.total_c / x.n) END AS amount_c,
                       CASE WHEN x.recv >= timestamptz '2026-11-23 00:00:00+00' THEN 'pending'
                            WHEN x.h % 150 = 0 THEN 'refunded'
                            ELSE 'settled' END AS status,
                       x.recv AS received_at,
                       x.currency_id, x.customer_id, x.invoice_id,
                       (ARRAY[1,1,1,1,2,2,2,3,3,4,5,6,7])[1 + x.hc % 13] AS method_id
                  FROM (SELECT y.*,
                               least(timestamptz '2025-06-01 07:00:00+00'
                                         + ((y.issue_date - date '2025-06-01')
                                            + greatest(0, y.k * (y.due_date - y.issue_date) / y.n - (y.h % 5)::int)) * interval '1 day'
                                         + (y.h % 50400) * interval '1 second',
                                     timestamptz '2026-11-24 18:00:00+00' - (y.h % 86400) * interval '1 second') AS recv
                          FROM (SELECT inv.id AS invoice_id, inv.issue_date, inv.due_date, inv.status,
                                       inv.currency_id, inv.customer_id,
                                       (inv.total_amount * 100)::bigint AS total_c,
                                       (inv.amount_paid * 100)::bigint AS paid_c,
                                       n.n, k.k,
                                       hashint8(inv.id * 16 + 10 + k.k)::bigint + 2147483648 AS h,
                                       hashint8(inv.customer_id * 16 + 11)::bigint + 2147483648 AS hc
                                  FROM billing_invoice inv
                                  CROSS JOIN LATERAL (SELECT CASE WHEN inv.status = 'paid'
                                                                  THEN 1 + ((hashint8(inv.id * 16 + 10)::bigint + 2147483648) % 3)::int
                                                                  ELSE 1 END AS n) AS n
                                  JOIN (VALUES (1), (2), (3)) AS k(k) ON k.k <= n.n
                                 WHERE inv.status IN ('paid', 'partially_paid')) AS y) AS x
                UNION ALL
                -- unallocated payments
                SELECT 'u', u.h,
                       (500 + u.h % 200000) * fx.mult,
                       CASE WHEN u.h % 100 < 25 THEN 'failed' WHEN u.h % 100 < 30 THEN 'refunded'
                            WHEN u.h % 100 < 33 THEN 'pending' ELSE 'settled' END,
                       timestamptz '2025-06-01 06:00:00+00' + (u.u * 1657 + u.h % 3600) * interval '1 second',
                       c.default_currency_id, c.id, NULL::integer,
                       (ARRAY[1,1,1,1,2,2,2,3,3,4,5,6,7])[1 + (hashint8(c.id * 16 + 11)::bigint + 2147483648) % 13]
                  FROM (SELECT u, hashint8(u * 16 + 14)::bigint + 2147483648 AS h
                          FROM generate_series(1, 28000) AS u) AS u
                  JOIN customers_customer c ON c.id = 1 + u.h % 20000
                  JOIN demo_fx fx ON fx.currency_id = c.default_currency_id
               ) AS s) AS p;

-- ---------------------------------------------------------------------------------------------
-- 6. Receipts (~100,000): issued for about a third of the settled payments.
-- ---------------------------------------------------------------------------------------------
INSERT INTO receipts_receipt (id, number, issued_at, issued_by, delivery_channel, sent, is_void, payment_id)
SELECT r.id,
       'RCT-' || lpad(r.id::text, 8, '0'),
       r.issued_at,
       CASE WHEN r.method_id = 4
            THEN (ARRAY['cashier.amina','cashier.jonas','cashier.thabo','cashier.emma','cashier.kwame'])[1 + r.h % 5]
            ELSE 'prs-receipts-worker' END,
       r.channel,
       r.channel <> 'none',
       r.h % 400 = 0,
       r.payment_id
  FROM (SELECT row_number() OVER (ORDER BY p.id) AS id,
               p.id AS payment_id,
               p.method_id,
               p.received_at + (60 + h.h % 3600) * interval '1 second' AS issued_at,
               h.h,
               CASE WHEN p.method_id = 4 THEN 'print'
                    WHEN h.h % 25 = 0 THEN 'none'
                    WHEN p.method_id = 3 THEN 'sms'
                    ELSE 'email' END AS channel
          FROM payments_payment p
          CROSS JOIN LATERAL (SELECT hashint8(p.id::bigint * 16 + 1)::bigint + 2147483648 AS h) AS h
         WHERE p.status = 'settled' AND p.id % 14 IN (0, 3, 6, 9, 11)) AS r;

-- ---------------------------------------------------------------------------------------------
-- 7. Ledger entries (~1,000,000), double entry:
--      invoice issued       D invoice's collection account / C settlement account of the currency
--                           ids 2*invoice_id - 1, 2*invoice_id
--      payment received     D clearing account / C invoice's collection account (suspense if
--                           unallocated); settled and refunded payments;
--                           ids 400000 + 2*payment_id - 1, 400000 + 2*payment_id
--      refund reversal,     one pair per refunded payment and per third card payment;
--      card fee             ids from 1000001 on, in payment order
--    (id gaps are drafts, void invoices, pending and failed payments). Entries posted before
--    October 2025 still carry the batch code of the old GL import.
-- ---------------------------------------------------------------------------------------------
INSERT INTO ledger_ledgerentry (id, direction, amount, posted_at, description, legacy_batch_code,
                                account_id, currency_id, invoice_id, payment_id, period_id)
SELECT 2 * inv.id - 2 + l.leg,
       l.dir,
       inv.total_amount,
       inv.created_at + interval '5 minutes',
       inv.number || ' issued',
       CASE WHEN inv.issue_date < date '2025-10-01'
            THEN 'GL' || to_char(inv.issue_date, 'YYYYMMDD') || '-' || lpad((inv.id % 50)::text, 2, '0') END,
       CASE l.dir WHEN 'D' THEN inv.account_id ELSE fx.cidx + 7 END,
       inv.currency_id,
       inv.id,
       NULL,
       ((extract(year FROM inv.issue_date) - 2025) * 12 + extract(month FROM inv.issue_date) - 5)::int
  FROM billing_invoice inv
  JOIN demo_fx fx ON fx.currency_id = inv.currency_id
  CROSS JOIN (VALUES (1, 'D'), (2, 'C')) AS l(leg, dir)
 WHERE inv.status NOT IN ('draft', 'void');

INSERT INTO ledger_ledgerentry (id, direction, amount, posted_at, description, legacy_batch_code,
                                account_id, currency_id, invoice_id, payment_id, period_id)
SELECT 400000 + 2 * p.id - 2 + l.leg,
       l.dir,
       p.amount,
       p.posted_at,
       p.reference || ' received',
       CASE WHEN p.posted_at < timestamptz '2025-10-01 00:00:00+00'
            THEN 'GL' || to_char(p.posted_at AT TIME ZONE 'UTC', 'YYYYMMDD') || '-' || lpad((p.id % 50)::text, 2, '0') END,
       CASE l.dir WHEN 'D' THEN fx.cidx
                  ELSE coalesce(inv.account_id, CASE WHEN fx.cidx = 2 THEN 16 ELSE 15 END) END,
       p.currency_id,
       p.invoice_id,
       p.id,
       p.period_id
  FROM (SELECT pp.*, pp.received_at + interval '2 minutes' AS posted_at,
               ((extract(year FROM pp.received_at AT TIME ZONE 'UTC') - 2025) * 12
                   + extract(month FROM pp.received_at AT TIME ZONE 'UTC') - 5)::int AS period_id
          FROM payments_payment pp
         WHERE pp.status IN ('settled', 'refunded')) AS p
  JOIN demo_fx fx ON fx.currency_id = p.currency_id
  LEFT JOIN billing_invoice inv ON inv.id = p.invoice_id
  CROSS JOIN (VALUES (1, 'D'), (2, 'C')) AS l(leg, dir);

INSERT INTO ledger_ledgerentry (id, direction, amount, posted_at, description, legacy_batch_code,
                                account_id, currency_id, invoice_id, payment_id, period_id)
SELECT 1000000 + row_number() OVER (ORDER BY e.payment_id, e.kind, e.leg),
       e.dir, e.amount, e.posted_at, e.description,
       CASE WHEN e.posted_at < timestamptz '2025-10-01 00:00:00+00'
            THEN 'GL' || to_char(e.posted_at AT TIME ZONE 'UTC', 'YYYYMMDD') || '-' || lpad((e.payment_id % 50)::text, 2, '0') END,
       e.account_id, e.currency_id, e.invoice_id, e.payment_id,
       ((extract(year FROM e.posted_at AT TIME ZONE 'UTC') - 2025) * 12
           + extract(month FROM e.posted_at AT TIME ZONE 'UTC') - 5)::int
  FROM (SELECT p.id AS payment_id, 1 AS kind, l.leg, l.dir, p.amount,
               least(p.received_at + interval '3 days', timestamptz '2026-11-24 23:30:00+00') AS posted_at,
               p.reference || ' refunded' AS description,
               CASE l.dir WHEN 'C' THEN fx.cidx
                          ELSE coalesce(inv.account_id, CASE WHEN fx.cidx = 2 THEN 16 ELSE 15 END) END AS account_id,
               p.currency_id, p.invoice_id
          FROM payments_payment p
          JOIN demo_fx fx ON fx.currency_id = p.currency_id
          LEFT JOIN billing_invoice inv ON inv.id = p.invoice_id
          CROSS JOIN (VALUES (1, 'D'), (2, 'C')) AS l(leg, dir)
         WHERE p.status = 'refunded'
        UNION ALL
        SELECT p.id, 2, l.leg, l.dir, p.fee_amount,
               p.received_at + interval '1 day',
               p.reference || ' card fee',
               CASE l.dir WHEN 'D' THEN fx.cidx + 7 ELSE fx.cidx END,
               p.currency_id, NULL::integer
          FROM payments_payment p
          JOIN demo_fx fx ON fx.currency_id = p.currency_id
          CROSS JOIN (VALUES (1, 'D'), (2, 'C')) AS l(leg, dir)
         WHERE p.status = 'settled' AND p.method_id = 1 AND p.fee_amount > 0 AND p.id % 3 = 0) AS e;

-- ---------------------------------------------------------------------------------------------
-- 8. Raw gateway webhook log (no primary key): ~7.2k rows whose JSON payloads carry ~2.6 kB of
--    incompressible hex, so they are stored out of line (TOAST).
-- ---------------------------------------------------------------------------------------------
INSERT INTO payments_gatewayevent (received_at, gateway, event_type, payment_reference, http_status,
                                   signature, payload)
SELECT p.received_at + interval '1 second',
       CASE p.method_id WHEN 1 THEN 'stripe' WHEN 3 THEN 'mpesa' ELSE 'gocardless' END,
       'payment.' || CASE p.status WHEN 'settled' THEN 'succeeded' ELSE p.status END,
       CASE WHEN p.id % 97 = 0 THEN NULL ELSE p.reference END,
       CASE WHEN p.id % 61 = 0 THEN 500 ELSE 200 END,
       'v1=' || encode(sha256(convert_to(p.gateway_ref, 'UTF8')), 'hex'),
       json_build_object(
           'id', 'evt_' || substr(md5(p.reference), 1, 24),
           'type', 'payment.' || CASE p.status WHEN 'settled' THEN 'succeeded' ELSE p.status END,
           'created', extract(epoch FROM p.received_at)::bigint,
           'data', json_build_object(
               'object', json_build_object(
                   'id', p.gateway_ref,
                   'amount', (p.amount * 100)::bigint,
                   'currency', lower(p.currency_id),
                   'metadata', json_build_object('payment_reference', p.reference,
                                                 'customer', 'CUS-' || lpad(p.customer_id::text, 7, '0')),
                   'risk_trace', (SELECT string_agg(encode(sha512(convert_to(p.reference || ':' || t, 'UTF8')), 'hex'), '')
                                    FROM generate_series(1, 20) AS t)))
       )::text
  FROM payments_payment p
 WHERE p.method_id IN (1, 3, 6) AND p.id % 22 = 0;

-- ---------------------------------------------------------------------------------------------
-- 9. Put the secondary indexes and any dropped foreign keys back (same names, same definitions).
-- ---------------------------------------------------------------------------------------------
DO $$
DECLARE
    r record;
BEGIN
    FOR r IN SELECT ddl FROM demo_saved_ddl ORDER BY seq LOOP
        EXECUTE r.ddl;
    END LOOP;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- 10. Django's migration history: the APPLIED migrations of prs/ (see README.md).
-- ---------------------------------------------------------------------------------------------
INSERT INTO django_migrations (app, name, applied) VALUES
    ('core',      '0001_initial',                        '2025-05-12 09:14:02.118342+00'),
    ('accounts',  '0001_initial',                        '2025-05-12 09:14:02.301977+00'),
    ('customers', '0001_initial',                        '2025-05-12 09:14:02.466120+00'),
    ('billing',   '0001_initial',                        '2025-05-12 09:14:02.640381+00'),
    ('payments',  '0001_initial',                        '2025-05-12 09:14:02.902615+00'),
    ('receipts',  '0001_initial',                        '2025-05-12 09:14:03.047730+00'),
    ('ledger',    '0001_initial',                        '2025-05-12 09:14:03.311954+00'),
    ('accounts',  '0002_account_overdraft_limit',        '2025-07-08 21:03:44.520911+00'),
    ('payments',  '0002_gatewayevent_log',               '2025-08-19 21:10:15.004582+00'),
    ('customers', '0002_customer_tax_id',                '2025-09-16 20:47:31.772036+00'),
    ('billing',   '0002_invoice_amount_checks',          '2026-03-03 22:05:09.390447+00'),
    ('ledger',    '0002_ledgerentry_account_posted_idx', '2026-09-29 23:31:58.661203+00');

-- Sequences continue after the generated ids.
DO $$
DECLARE
    r record;
BEGIN
    FOR r IN SELECT c.relname AS tbl, a.attname AS col,
                    pg_get_serial_sequence(format('%I', c.relname), a.attname) AS seq
               FROM pg_class c
               JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
              WHERE c.relnamespace = current_schema()::regnamespace
                AND c.relkind = 'r'
                AND pg_get_serial_sequence(format('%I', c.relname), a.attname) IS NOT NULL
    LOOP
        EXECUTE format('SELECT setval(%L, coalesce((SELECT max(%I) FROM %I), 0) + 1, false)',
                       r.seq, r.col, r.tbl);
    END LOOP;
END
$$;

DROP TABLE demo_saved_ddl, demo_collection, demo_fx;
DO $$
BEGIN
    IF (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
        RESET session_replication_role;
    END IF;
END
$$;
RESET work_mem;
RESET maintenance_work_mem;
RESET synchronous_commit;

ANALYZE;
