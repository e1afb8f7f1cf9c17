/**
 * pg_dump output in op.execute: `COPY ... FROM STDIN` followed by its data
 * lines, and psql meta-commands such as the `\restrict <key>` line pg_dump
 * writes since 17.6/16.10/15.14. psql runs both, so `--sql | psql` works;
 * online they reached the server, which answered `syntax error at or near
 * "1"` (or `"\"`) showing the start of the text. Online they are now refused
 * before anything is sent, with one line naming the construct and its line.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { describe, test } from "node:test";
import { fails } from "../cli/helpers.js";
import { onlineAndOfflineDatabases, requirePostgres } from "../support/databases.js";
import { MigrationProject } from "../support/project.js";

const COPY = "CREATE TABLE t (a int, b text);\\nCOPY t (a, b) FROM stdin;\\n1\\tone\\n2\\ttwo\\n\\\\.\\n\\nCREATE INDEX t_a ON t (a);\\n";
const META = "--\\n-- PostgreSQL database dump\\n--\\n\\n\\\\restrict AbC123\\n\\nSET statement_timeout = 0;\\nCREATE TABLE x (id int);\\n";

describe("PostgreSQL: psql-only SQL in op.execute", async () => {
  const skip = await requirePostgres();
  const dbs = onlineAndOfflineDatabases(skip);

  test("dbs.online, COPY ... FROM STDIN is refused by name, nothing runs", skip, async () => {
    const p = new MigrationProject(dbs.online.url);
    try {
      p.rev("a1000001", null, { up: `  await op.execute("${COPY}");` });
      const line = fails(p.athanor("upgrade", "head", "--quiet"));
      assert.match(line, /a1000001.*op\.execute\(\) can't run COPY \.\.\. FROM STDIN \(line 2\).*op\.bulkInsert\(\).*psql/);
      assert.deepEqual(await dbs.online.query("SELECT to_regclass('t') IS NULL AS gone"), [{ gone: true }]);
    } finally {
      p.cleanup();
    }
  });

  test("dbs.online, a psql meta-command (pg_dump's \\restrict) is refused by name", skip, () => {
    const p = new MigrationProject(dbs.online.url);
    try {
      p.rev("a1000001", null, { up: `  await op.execute("${META}");` });
      const line = fails(p.athanor("upgrade", "head", "--quiet"));
      assert.match(line, /a1000001.*op\.execute\(\) can't run the psql meta-command \\restrict \(line 5\).*psql/);
      assert.doesNotMatch(line, /AbC123/);
    } finally {
      p.cleanup();
    }
  });

  test("--sql keeps them, and psql runs the script", skip, async () => {
    const p = new MigrationProject(dbs.offline.url);
    try {
      p.rev("a1000001", null, { up: `  await op.execute("\\\\set athanor_test 1\\n${COPY}");` });
      const script = p.athanor("upgrade", "head", "--sql");
      assert.equal(script.code, 0, script.stderr);
      const psql = spawnSync("psql", ["-X", "-q", "-v", "ON_ERROR_STOP=1", dbs.offline.url], { input: script.stdout, encoding: "utf8" });
      assert.equal(psql.status, 0, psql.stderr);
      assert.deepEqual(await dbs.offline.query("SELECT a, b FROM t ORDER BY a"), [
        { a: 1, b: "one" },
        { a: 2, b: "two" },
      ]);
    } finally {
      p.cleanup();
    }
  });
});
