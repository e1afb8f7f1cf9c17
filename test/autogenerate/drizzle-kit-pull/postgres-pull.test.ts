/**
 * A team adopting Athanor on a PostgreSQL database other tools built runs `drizzle-kit pull` and points the models
 * at the schema.ts it writes. postgres-ddl.sql is SQL nobody here wrote (Chinook's and Sakila's own: serial keys,
 * sequences of their own with `nextval(...)` defaults, an enum, a domain, `text[]`, a GiST index on a tsvector),
 * postgres-schema.ts what drizzle-kit 0.31.11 pulled from it: compared with the very database it was pulled from,
 * autogenerate finds nothing, and warns only that the sequences pull declares are not managed.
 * Pagila's payment is partitioned: pull writes its partitions as tables and leaves payment out. The partitions are
 * there (not created: CREATE TABLE failed, "already exists"), and payment is not dropped (that dropped them too).
 * An index with storage parameters (not managed) and the opclass pull always writes is not dropped and made again.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { bigint, index, integer, numeric, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { compare } from "../../../src/autogenerate/index.js";
import { REPO_ROOT } from "../../support/cli.js";
import { requirePostgres } from "../../support/databases.js";
import { describe as describeOps, withDb } from "../helpers.js";
import * as pulled from "./postgres-schema.js";
import { PAGILA_PAYMENT_PARTITIONS } from "../real-ddl-excerpts.js";

const DDL = readFileSync(join(REPO_ROOT, "test/autogenerate/drizzle-kit-pull/postgres-ddl.sql"), "utf8");

describe("drizzle-kit pull of a PostgreSQL database, compared with that database", async () => {
  const opts = await requirePostgres();

  test("no operation; the pulled sequences are said to be unmanaged", opts, async () => {
    await withDb(async (db) => {
      await db.sql(DDL);
      const r = await compare(pulled, db.conn);
      assert.equal(describeOps(r.operations), "(none)");
      assert.deepEqual(
        r.warnings.map((w) => w.replace(/:.*/s, "")).sort(),
        ["sequence film_film_id_seq is not managed by Athanor (not created, not compared)", "sequence language_language_id_seq is not managed by Athanor (not created, not compared)"],
      );
    });
  });

  test("Pagila: the partitions pull writes as tables are not created, and payment, which it leaves out, not dropped", opts, async () => {
    await withDb(async (db) => {
      await db.sql(PAGILA_PAYMENT_PARTITIONS);
      // what drizzle-kit 0.31.11 pulled: the partitions, not payment
      const columns = {
        paymentId: integer("payment_id").notNull(),
        customerId: integer("customer_id").notNull(),
        amount: numeric({ precision: 5, scale: 2 }).notNull(),
        paymentDate: timestamp("payment_date", { withTimezone: true, mode: "string" }).notNull(),
      };
      const models = {
        customer: pgTable("customer", { customerId: integer("customer_id").primaryKey().notNull(), firstName: text("first_name").notNull() }),
        paymentP202201: pgTable("payment_p2022_01", columns),
        paymentP202202: pgTable("payment_p2022_02", { ...columns }),
      };
      const r = await compare(models, db.conn);
      assert.equal(describeOps(r.operations), "(none)");
      assert.deepEqual(r.warnings, [
        "table payment_p2022_01 is a partition of payment in the database: not created, not compared (a partition is made with its parent)",
        "table payment_p2022_02 is a partition of payment in the database: not created, not compared (a partition is made with its parent)",
        "table payment is not in the models but its partition(s) payment_p2022_01, payment_p2022_02 are: not dropped (dropping it drops them); declare payment in the models (drizzle-kit pull leaves a partitioned table out), or leave its partitions out too",
      ]);
    });
  });

  test("an index's storage parameters, said to be not compared, are not compared on the server either", opts, async () => {
    await withDb(async (db) => {
      // the drop-all round trip's PostgreSQL DDL (test/autogenerate/drop-all-roundtrip/postgres.test.ts), excerpt
      await db.sql(`CREATE TABLE booking (id bigint PRIMARY KEY, title text COLLATE "C");
        CREATE INDEX booking_title_idx ON booking (title) WITH (fillfactor = 80);`);
      // what drizzle-kit 0.31.11 pulled
      const booking = pgTable(
        "booking",
        { id: bigint({ mode: "number" }).primaryKey().notNull(), title: text() },
        (table) => [index("booking_title_idx").using("btree", table.title.asc().nullsLast().op("text_ops")).with({ fillfactor: "80" })],
      );
      const r = await compare({ booking }, db.conn);
      assert.equal(describeOps(r.operations), "(none)");
    });
  });
});
