/**
 * SQLite stores a quoted number as that number in a column of numeric affinity: Knex writes
 * `boolean().defaultTo(false)` as `DEFAULT '0'`, and the row holds 0. Such a default is the model's `false` (or
 * `0`), not a change every `check` finds again; on a TEXT column `'0'` stays text and stays a difference.
 */
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { compare } from "../../src/autogenerate/compare/compare.js";
import { table } from "../../src/autogenerate/models/table.js";
import { betterSqlite3Driver, sqliteDialect } from "../../src/dialects/sqlite/index.js";
import { t } from "../../src/schema/types-builder.js";

test("SQLite: DEFAULT '0' on a boolean or integer column is the model's false or 0; on a text column it is not 0", async () => {
  const dir = mkdtempSync(join(tmpdir(), "athanor-numeric-defaults-"));
  const conn = await betterSqlite3Driver.connect({ url: `sqlite:${join(dir, "app.db")}` });
  try {
    // as Knex 3 writes it on SQLite
    await conn.exec(
      "CREATE TABLE `posts` (`id` integer not null primary key autoincrement, `published` boolean default '0', `rank` integer default '-2', `ratio` real default '1.5', `code` varchar(10) default '0')",
    );
    await conn.exec("INSERT INTO posts (id) VALUES (1)");
    assert.deepEqual((await conn.query("SELECT published, rank, ratio, code FROM posts")).rows, [{ published: 0, rank: -2, ratio: 1.5, code: "0" }]);
    const model = (code: number | string) =>
      table("posts", {
        columns: {
          id: { type: t.integer(), primaryKey: true, sqlite: { autoincrement: true } },
          published: { type: t.boolean(), default: false },
          rank: { type: t.integer(), default: -2 },
          ratio: { type: t.real(), default: 1.5 },
          code: { type: t.varchar(10), default: code },
        },
      });
    const options = { dialect: sqliteDialect, versionTable: { table: "athanor_version", schema: null } };
    const same = await compare([model("0")], conn, options);
    assert.deepEqual(same.operations, []);
    const text = await compare([model(0)], conn, options);
    assert.deepEqual(text.operations.map((o) => `${o.kind} ${"column" in o ? o.column : ""}`), ["alterColumn code"]);
  } finally {
    await conn.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
