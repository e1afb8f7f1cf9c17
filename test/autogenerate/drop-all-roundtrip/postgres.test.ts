/**
 * Drop everything and bring it back on PostgreSQL (harness.ts), with excerpts of classic schemas nobody here wrote,
 * loaded by psql: Pagila, Chinook and Northwind. What autogenerate doesn't manage there (triggers, views, partitions,
 * INHERITS, rules, functions over a table's row type) is named in a warning, in the CLI's output and in the revision.
 *
 * Normalised in the snapshots (cosmetic): pg_dump's comment and blank lines, its `\restrict` key, the order of its
 * statements, and Athanor's own version tables.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { after, before, describe, test } from "node:test";
import { compare } from "../../../src/autogenerate/index.js";
import { table } from "../../../src/autogenerate/models/table.js";
import { t } from "../../../src/schema/types-builder.js";
import { createTestDatabase, requirePostgres, type TestDatabase } from "../../support/databases.js";
import { withDb } from "../helpers.js";
import { dropAllRoundTrip, type RoundTripDatabases } from "./harness.js";
import { PAGILA_PAYMENT_PARTITIONS } from "../real-ddl-excerpts.js";

function psql(url: string, script: string): void {
  const r = spawnSync("psql", ["-X", "-q", "-v", "ON_ERROR_STOP=1", url], { input: script, encoding: "utf8" });
  assert.equal(r.status, 0, `psql failed: ${r.stderr}`);
}

async function snapshot(url: string): Promise<string> {
  const r = spawnSync("pg_dump", ["-s", "-T", "athanor_version*", url], { encoding: "utf8" });
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.split("\n").filter((l) => l !== "" && !l.startsWith("--") && !/^\\(un)?restrict /.test(l));
  return lines
    .join("\n")
    .split(";\n")
    .map((s) => s.trim())
    .filter((s) => s !== "")
    .sort()
    .join(";\n");
}

function pgDatabases(online: () => TestDatabase, offline: () => TestDatabase): RoundTripDatabases {
  return {
    get onlineUrl() {
      return online().url;
    },
    get offlineUrl() {
      return offline().url;
    },
    client: psql,
    snapshot,
    async tables(url) {
      const db = url === online().url ? online() : offline();
      const rows = await db.query<{ t: string }>(
        "select tablename as t from pg_tables where schemaname = 'public' and tablename not like 'athanor_version%' order by 1",
      );
      return rows.map((r) => r.t);
    },
  };
}

// devrimgunduz/pagila, pagila-schema.sql (the generated column is STORED here: VIRTUAL needs PostgreSQL 18)
const PAGILA = `
CREATE DOMAIN public.year AS integer
	CONSTRAINT year_check CHECK (((VALUE >= 1901) AND (VALUE <= 2155)));
CREATE TYPE public.mpaa_rating AS ENUM ('G', 'PG', 'PG-13', 'R', 'NC-17');
CREATE SEQUENCE public.actor_actor_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
CREATE TABLE public.actor (
    actor_id integer DEFAULT nextval('public.actor_actor_id_seq'::regclass) NOT NULL,
    first_name text NOT NULL,
    last_name text NOT NULL,
    last_update timestamp with time zone DEFAULT now() NOT NULL
);
CREATE SEQUENCE public.film_film_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
CREATE TABLE public.film (
    film_id integer DEFAULT nextval('public.film_film_id_seq'::regclass) NOT NULL,
    title text NOT NULL,
    description text,
    release_year public.year,
    language_id integer NOT NULL,
    original_language_id integer,
    rental_duration smallint DEFAULT 3 NOT NULL,
    rental_rate numeric(4,2) DEFAULT 4.99 NOT NULL,
    length smallint,
    replacement_cost numeric(5,2) DEFAULT 19.99 NOT NULL,
    rating public.mpaa_rating DEFAULT 'G'::public.mpaa_rating,
    last_update timestamp with time zone DEFAULT now() NOT NULL,
    special_features text[],
    fulltext tsvector NOT NULL,
    length_hours numeric(4,2) GENERATED ALWAYS AS (round(length / 60.0, 2)) STORED
);
CREATE TABLE public.film_actor (
    actor_id integer NOT NULL,
    film_id integer NOT NULL,
    last_update timestamp with time zone DEFAULT now() NOT NULL
);
CREATE SEQUENCE public.language_language_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
CREATE TABLE public.language (
    language_id integer DEFAULT nextval('public.language_language_id_seq'::regclass) NOT NULL,
    name text NOT NULL,
    last_update timestamp with time zone DEFAULT now() NOT NULL
);
ALTER TABLE ONLY public.actor ADD CONSTRAINT actor_pkey PRIMARY KEY (actor_id);
ALTER TABLE ONLY public.film_actor ADD CONSTRAINT film_actor_pkey PRIMARY KEY (actor_id, film_id);
ALTER TABLE ONLY public.film ADD CONSTRAINT film_pkey PRIMARY KEY (film_id);
ALTER TABLE ONLY public.language ADD CONSTRAINT language_pkey PRIMARY KEY (language_id);
CREATE INDEX film_fulltext_idx ON public.film USING gist (fulltext);
CREATE INDEX idx_fk_film_id ON public.film_actor USING btree (film_id);
CREATE INDEX idx_title ON public.film USING btree (title);
ALTER TABLE ONLY public.film_actor
    ADD CONSTRAINT film_actor_actor_id_fkey FOREIGN KEY (actor_id) REFERENCES public.actor(actor_id) ON UPDATE CASCADE ON DELETE RESTRICT;
ALTER TABLE ONLY public.film_actor
    ADD CONSTRAINT film_actor_film_id_fkey FOREIGN KEY (film_id) REFERENCES public.film(film_id) ON UPDATE CASCADE ON DELETE RESTRICT;
ALTER TABLE ONLY public.film
    ADD CONSTRAINT film_language_id_fkey FOREIGN KEY (language_id) REFERENCES public.language(language_id) ON UPDATE CASCADE ON DELETE RESTRICT;
ALTER TABLE ONLY public.film
    ADD CONSTRAINT film_original_language_id_fkey FOREIGN KEY (original_language_id) REFERENCES public.language(language_id) ON UPDATE CASCADE ON DELETE RESTRICT;
`;

// lerocha/chinook-database, ChinookDatabase/DataSources/Chinook_PostgreSql.sql
const CHINOOK = `
CREATE TABLE album
(
    album_id INT NOT NULL,
    title VARCHAR(160) NOT NULL,
    artist_id INT NOT NULL,
    CONSTRAINT album_pkey PRIMARY KEY  (album_id)
);
CREATE TABLE artist
(
    artist_id INT NOT NULL,
    name VARCHAR(120),
    CONSTRAINT artist_pkey PRIMARY KEY  (artist_id)
);
CREATE TABLE employee
(
    employee_id INT NOT NULL,
    last_name VARCHAR(20) NOT NULL,
    first_name VARCHAR(20) NOT NULL,
    title VARCHAR(30),
    reports_to INT,
    birth_date TIMESTAMP,
    hire_date TIMESTAMP,
    email VARCHAR(60),
    CONSTRAINT employee_pkey PRIMARY KEY  (employee_id)
);
ALTER TABLE album ADD CONSTRAINT album_artist_id_fkey
    FOREIGN KEY (artist_id) REFERENCES artist (artist_id) ON DELETE NO ACTION ON UPDATE NO ACTION;
CREATE INDEX album_artist_id_idx ON album (artist_id);
ALTER TABLE employee ADD CONSTRAINT employee_reports_to_fkey
    FOREIGN KEY (reports_to) REFERENCES employee (employee_id) ON DELETE NO ACTION ON UPDATE NO ACTION;
CREATE INDEX employee_reports_to_idx ON employee (reports_to);
`;

// pthom/northwind_psql, northwind.sql
const NORTHWIND = `
CREATE TABLE categories (
    category_id smallint NOT NULL,
    category_name character varying(15) NOT NULL,
    description text,
    picture bytea
);
CREATE TABLE order_details (
    order_id smallint NOT NULL,
    product_id smallint NOT NULL,
    unit_price real NOT NULL,
    quantity smallint NOT NULL,
    discount real NOT NULL
);
CREATE TABLE orders (
    order_id smallint NOT NULL,
    customer_id character varying(5),
    order_date date,
    freight real,
    ship_name character varying(40)
);
CREATE TABLE products (
    product_id smallint NOT NULL,
    product_name character varying(40) NOT NULL,
    category_id smallint,
    unit_price real,
    discontinued integer NOT NULL
);
ALTER TABLE ONLY categories ADD CONSTRAINT pk_categories PRIMARY KEY (category_id);
ALTER TABLE ONLY order_details ADD CONSTRAINT pk_order_details PRIMARY KEY (order_id, product_id);
ALTER TABLE ONLY orders ADD CONSTRAINT pk_orders PRIMARY KEY (order_id);
ALTER TABLE ONLY products ADD CONSTRAINT pk_products PRIMARY KEY (product_id);
ALTER TABLE ONLY order_details ADD CONSTRAINT fk_order_details_products FOREIGN KEY (product_id) REFERENCES products;
ALTER TABLE ONLY order_details ADD CONSTRAINT fk_order_details_orders FOREIGN KEY (order_id) REFERENCES orders;
ALTER TABLE ONLY products ADD CONSTRAINT fk_products_categories FOREIGN KEY (category_id) REFERENCES categories;
`;

describe("drop everything and bring it back: PostgreSQL", async () => {
  const skip = await requirePostgres();
  const made: TestDatabase[] = [];
  let online: TestDatabase;
  let offline: TestDatabase;
  before(async () => {
    if (skip.skip) return;
    online = await createTestDatabase("athanor_rt");
    offline = await createTestDatabase("athanor_rt");
    made.push(online, offline);
  });
  after(async () => {
    for (const d of made) await d.drop();
  });

  test("Pagila, Chinook and Northwind excerpts: dropped and made again, online and as scripts", skip, async () => {
    const r = await dropAllRoundTrip(
      pgDatabases(
        () => online,
        () => offline,
      ),
      `${PAGILA}\n${CHINOOK}\n${NORTHWIND}`,
    );
    // reviewable TypeScript: the enum, the domain-typed column and the generated column written out
    assert.match(r.revision, /await op\.createEnum\("mpaa_rating", \["G", "PG", "PG-13", "R", "NC-17"\]\);/);
    assert.match(r.revision, /generated: \{ expression: sql\("round/);
    assert.match(r.revision, /refTable: "language"/);
  });
});

/* ---------- what dropping a table takes with it that createTable can't make again, or what stops the DROP ---------- */

const keep = table("keep", { columns: { id: { type: t.integer(), primaryKey: true } } });

describe("autogenerate on PostgreSQL: a dropped table's partitions, parents, rules and row-type users are named", async () => {
  const skip = await requirePostgres();

  // devrimgunduz/pagila, pagila-schema.sql: payment is partitioned by month; rewards_report returns SETOF customer
  test("Pagila: the partitions of payment, and the function over customer's row type", skip, async () => {
    await withDb(async ({ conn, sql }) => {
      await sql(`CREATE TABLE keep (id integer PRIMARY KEY);
        ${PAGILA_PAYMENT_PARTITIONS}
        CREATE FUNCTION public.rewards_report(min_monthly_purchases integer, min_dollar_amount_purchased numeric) RETURNS SETOF public.customer
            LANGUAGE plpgsql SECURITY DEFINER
            AS $_$ BEGIN RETURN QUERY SELECT * FROM customer; END $_$;`);
      const r = await compare([keep], conn);
      assert.deepEqual(r.operations.map((o) => (o.kind === "dropTable" ? o.table : o.kind)).sort(), ["customer", "payment"]);
      assert.ok(
        r.warnings.includes(
          "dropping table payment drops its partition(s) payment_p2022_01, payment_p2022_02 with their rows, and the downgrade's createTable makes payment again as a plain table (no PARTITION BY, no partitions): make them again in the downgrade with op.execute",
        ),
        r.warnings.join("\n"),
      );
      assert.ok(
        r.warnings.includes(
          "dropping table customer: function rewards_report(integer,numeric) depend(s) on it, and the DROP TABLE fails while they exist; drop them first with op.execute (and make them again in the downgrade)",
        ),
        r.warnings.join("\n"),
      );
      assert.ok(!r.warnings.some((w) => w.includes("table keep")), r.warnings.join("\n"));
    });
  });

  // Not from a classic schema: what a createTable from the database's description doesn't make again
  test("EXCLUDE, UNLOGGED, storage parameters, a column's collation and NOT VALID are named", skip, async () => {
    await withDb(async ({ conn, sql }) => {
      await sql(`CREATE EXTENSION IF NOT EXISTS btree_gist;
        CREATE TABLE keep (id integer PRIMARY KEY);
        CREATE TABLE booking (
          id bigint PRIMARY KEY,
          room_id int NOT NULL,
          during tsrange NOT NULL,
          title text COLLATE "C",
          EXCLUDE USING gist (room_id WITH =, during WITH &&)
        ) WITH (fillfactor = 70);
        CREATE INDEX booking_title_idx ON booking (title) WITH (fillfactor = 80);
        ALTER TABLE booking ADD CONSTRAINT booking_room_chk CHECK (room_id > 0) NOT VALID;
        CREATE UNLOGGED TABLE cache (k text PRIMARY KEY);`);
      const r = await compare([keep], conn);
      assert.deepEqual(
        r.warnings.filter((w) => w.includes("makes it again without")),
        [
          `dropping table booking: the downgrade's createTable makes it again without its EXCLUDE constraint booking_room_id_during_excl, storage parameters (fillfactor=70), column title's COLLATE "C", index booking_title_idx's storage parameters (fillfactor=80), NOT VALID on booking_room_chk: add them to the downgrade with op.execute`,
          "dropping table cache: the downgrade's createTable makes it again without its UNLOGGED persistence: add them to the downgrade with op.execute",
        ],
      );
    });
  });

  // jOOQ/sakila, postgres-sakila-db/postgres-sakila-schema.sql: payment's monthly tables INHERIT it, and rules on
  // payment route inserts into them
  test("Sakila: tables that INHERIT a dropped table are dropped first; the rules are named", skip, async () => {
    await withDb(async ({ conn, sql }) => {
      const ddl = `CREATE TABLE keep (id integer PRIMARY KEY);
        CREATE TABLE payment (
            payment_id integer NOT NULL PRIMARY KEY,
            amount numeric(5,2) NOT NULL,
            payment_date timestamp without time zone NOT NULL
        );
        CREATE TABLE payment_p2007_01 (
            CONSTRAINT payment_p2007_01_payment_date_check CHECK (((payment_date >= '2007-01-01 00:00:00'::timestamp without time zone) AND (payment_date < '2007-02-01 00:00:00'::timestamp without time zone)))
        )
        INHERITS (payment);`;
      await sql(ddl);
      const r = await compare([keep], conn);
      assert.deepEqual(r.operations.map((o) => (o.kind === "dropTable" ? o.table : o.kind)), ["payment_p2007_01", "payment"]);
      assert.ok(
        r.warnings.includes(
          "dropping table payment_p2007_01: it inherits from payment, and the downgrade's createTable makes it again without INHERITS (its inherited columns as its own): restore it in the downgrade with op.execute (ALTER TABLE ... INHERIT ...)",
        ),
        r.warnings.join("\n"),
      );

      await sql(`CREATE RULE payment_insert_p2007_01 AS ON INSERT TO payment WHERE ((new.payment_date >= '2007-01-01 00:00:00'::timestamp without time zone) AND (new.payment_date < '2007-02-01 00:00:00'::timestamp without time zone)) DO INSTEAD INSERT INTO payment_p2007_01 (payment_id, amount, payment_date) VALUES (DEFAULT, new.amount, new.payment_date);`);
      const withRule = await compare([keep], conn);
      assert.ok(
        withRule.warnings.includes(
          "dropping table payment drops its rule(s) payment_insert_p2007_01, and the downgrade's createTable does not make them again: add them to the downgrade with op.execute",
        ),
        withRule.warnings.join("\n"),
      );
      assert.ok(
        withRule.warnings.includes(
          "dropping table payment_p2007_01: rule payment_insert_p2007_01 on payment depend(s) on it, and the DROP TABLE fails while they exist; drop them first with op.execute (and make them again in the downgrade)",
        ),
        withRule.warnings.join("\n"),
      );
    });
  });
});
