/**
 * A team adopting Athanor on a PostgreSQL database other tools built runs `drizzle-kit pull` and points the models
 * at the schema.ts it writes. postgres-ddl.sql is SQL nobody here wrote (Chinook's and Sakila's own: serial keys,
 * sequences of their own with `nextval(...)` defaults, an enum, a domain, `text[]`, a GiST index on a tsvector),
 * postgres-schema.ts what drizzle-kit 0.31.11 pulled from it: compared with the very database it was pulled from,
 * autogenerate finds nothing, and warns only that the sequences pull declares are not managed.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { compare } from "../../../src/autogenerate/index.js";
import { REPO_ROOT } from "../../support/cli.js";
import { requirePostgres } from "../../support/databases.js";
import { describe as describeOps, withDb } from "../helpers.js";
import * as pulled from "./postgres-schema.js";

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
});
