/**
 * The runtime asks the dialect's capabilities for its step protocol: a
 * dialect without transactional DDL is refused `per-run` (saying why) and
 * runs the autocommit protocol, which needs the dialect's step log: without
 * one, any run is refused (naming the dialect). The dialect here is
 * PostgreSQL on PGlite registered under another scheme with
 * `transactionalDdl: false` (and no step log); MySQL's protocol is tested on
 * MariaDB (mysql-half-applied.test.ts).
 */
import assert from "node:assert/strict";
import { after, describe, test } from "node:test";
import type { Dialect } from "../../src/dialects/dialect.js";
import { mysqlDialect } from "../../src/dialects/mysql/index.js";
import { pgliteDriver, postgresDialect } from "../../src/dialects/postgres/index.js";
import { registerDialect } from "../../src/dialects/registry.js";
import { AthanorError, migrate } from "../../src/index.js";
import { stepProtocolFor } from "../../src/runtime/step-protocol.js";
import { MigrationProject } from "../support/project.js";

const nonTransactional: Dialect = {
  ...postgresDialect,
  name: "autocommit-ddl",
  capabilities: { ...postgresDialect.capabilities, transactionalDdl: false },
  drivers: [{ ...pgliteDriver, protocols: ["autocommit-ddl:"], connect: (o) => pgliteDriver.connect({ ...o, url: "pglite:memory" }) }],
};
registerDialect(nonTransactional);

const cleanups: Array<() => void> = [];
after(() => {
  for (const c of cleanups) c();
});

function project(): MigrationProject {
  const p = new MigrationProject("autocommit-ddl:memory");
  cleanups.push(() => p.cleanup());
  p.rev("a0000001", null, { up: `  await op.execute("CREATE TABLE t (id int)");`, down: `  await op.execute("DROP TABLE t");` });
  return p;
}

const code = (expected: string, pattern: RegExp) => (e: unknown) => {
  assert.ok(e instanceof AthanorError, String(e));
  assert.equal(e.code, expected);
  assert.match(e.message, pattern);
  return true;
};

describe("the step protocol follows capabilities.transactionalDdl", () => {
  test("PostgreSQL: the transactional protocol, in both modes", () => {
    assert.equal(stepProtocolFor(postgresDialect, "per-migration"), "transactional");
    assert.equal(stepProtocolFor(postgresDialect, "per-run"), "transactional");
  });

  test("without transactional DDL, per-run is refused with the reason", async () => {
    await assert.rejects(
      migrate({ cwd: project().dir, url: "autocommit-ddl:memory", transactionMode: "per-run", logger: false }),
      code("DIALECT.UNSUPPORTED_MODE", /'per-run' needs DDL that rolls back, and autocommit-ddl commits each DDL statement by itself.*use 'per-migration'/),
    );
  });

  test("without transactional DDL: the autocommit protocol (MySQL)", () => {
    assert.equal(stepProtocolFor(mysqlDialect, "per-migration"), "autocommit");
  });

  test("without transactional DDL and without a step log, a run names the dialect and what is missing", async () => {
    await assert.rejects(
      migrate({ cwd: project().dir, url: "autocommit-ddl:memory", logger: false }),
      code("DIALECT.NOT_IMPLEMENTED", /^autocommit-ddl has no transactional DDL/),
    );
  });
});
