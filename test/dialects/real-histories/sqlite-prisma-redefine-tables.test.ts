/**
 * A Prisma Migrate history on SQLite imported as one revision per migration.sql (stonith404/pingvin-share,
 * backend/prisma/migrations/20221011172612_init and 20221018123139_make_creator_optional). Prisma redefines a table
 * by copying it into `new_Share`, dropping `Share` and renaming the copy, between `PRAGMA foreign_keys=OFF` and
 * `PRAGMA foreign_key_check; PRAGMA foreign_keys=ON`. `File` references `Share` with ON DELETE CASCADE: were the keys
 * enforced at the DROP, every file row would go with it. The sqlite3 shell (keys off by default) keeps them; so
 * must Athanor, whose sessions enforce keys but not inside a revision's transaction, where the PRAGMAs change
 * nothing. Online (per migration and per run) and the `--sql` script through sqlite3 give the same schema and rows.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { after, describe, test } from "node:test";
import { MigrationProject } from "../../support/project.js";
import { openSqlite } from "../support/sqlite-file.js";

// 20221011172612_init/migration.sql, the three tables involved (RefreshToken, ShareSecurity and the indexes left out)
const INIT = `-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "email" TEXT NOT NULL,
    "password" TEXT NOT NULL,
    "firstName" TEXT,
    "lastName" TEXT
);

-- CreateTable
CREATE TABLE "Share" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "uploadLocked" BOOLEAN NOT NULL DEFAULT false,
    "isZipReady" BOOLEAN NOT NULL DEFAULT false,
    "views" INTEGER NOT NULL DEFAULT 0,
    "expiration" DATETIME NOT NULL,
    "creatorId" TEXT NOT NULL,
    CONSTRAINT "Share_creatorId_fkey" FOREIGN KEY ("creatorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "File" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "name" TEXT NOT NULL,
    "size" TEXT NOT NULL,
    "shareId" TEXT NOT NULL,
    CONSTRAINT "File_shareId_fkey" FOREIGN KEY ("shareId") REFERENCES "Share" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
`;
const ROWS = `INSERT INTO "User" ("id", "updatedAt", "email", "password") VALUES ('u1', '2022-10-11', 'a@example.com', 'x');
INSERT INTO "Share" ("id", "expiration", "creatorId") VALUES ('s1', '2022-12-31', 'u1');
INSERT INTO "File" ("id", "name", "size", "shareId") VALUES ('f1', 'a.txt', '1', 's1'), ('f2', 'b.txt', '2', 's1');
`;
// 20221018123139_make_creator_optional/migration.sql, as written
const MAKE_CREATOR_OPTIONAL = `-- RedefineTables
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Share" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "uploadLocked" BOOLEAN NOT NULL DEFAULT false,
    "isZipReady" BOOLEAN NOT NULL DEFAULT false,
    "views" INTEGER NOT NULL DEFAULT 0,
    "expiration" DATETIME NOT NULL,
    "creatorId" TEXT,
    CONSTRAINT "Share_creatorId_fkey" FOREIGN KEY ("creatorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Share" ("createdAt", "creatorId", "expiration", "id", "isZipReady", "uploadLocked", "views") SELECT "createdAt", "creatorId", "expiration", "id", "isZipReady", "uploadLocked", "views" FROM "Share";
DROP TABLE "Share";
ALTER TABLE "new_Share" RENAME TO "Share";
PRAGMA foreign_key_check;
PRAGMA foreign_keys=ON;
`;

const projects: MigrationProject[] = [];
after(() => {
  for (const p of projects) p.cleanup();
});

function project(file: string): MigrationProject {
  const p = new MigrationProject(`sqlite:./${file}`)
    .rev("a1000001", null, { up: `  await op.execute(${JSON.stringify(INIT + ROWS)});` })
    .rev("a1000002", "a1000001", { up: `  await op.execute(${JSON.stringify(MAKE_CREATOR_OPTIONAL)});` });
  projects.push(p);
  return p;
}

const SCHEMA = "SELECT name, sql FROM sqlite_master WHERE name NOT LIKE 'athanor%' AND name NOT LIKE 'sqlite_autoindex_athanor%' ORDER BY name";
const FILES = `SELECT "id", "shareId" FROM "File" ORDER BY "id"`;

function read(path: string): { schema: unknown[]; files: unknown[]; violations: unknown[] } {
  const db = openSqlite(path);
  try {
    return { schema: db.prepare(SCHEMA).all(), files: db.prepare(FILES).all(), violations: db.prepare("PRAGMA foreign_key_check").all() };
  } finally {
    db.close();
  }
}

describe("SQLite: Prisma's RedefineTables of a table referenced with ON DELETE CASCADE (pingvin-share)", () => {
  test("online per migration, per run and the --sql script through sqlite3: the same schema, no row lost", () => {
    const perMigration = project("online.db");
    const up = perMigration.athanor("upgrade", "head");
    assert.equal(up.code, 0, up.stderr);
    const online = read(`${perMigration.dir}/online.db`);
    assert.deepEqual(online.files, [
      { id: "f1", shareId: "s1" },
      { id: "f2", shareId: "s1" },
    ]);
    assert.deepEqual(online.violations, []);
    assert.match(JSON.stringify(online.schema), /\\"creatorId\\" TEXT,/);

    const perRun = project("per-run.db");
    const upRun = perRun.athanor("upgrade", "head", "--transaction-mode", "per-run");
    assert.equal(upRun.code, 0, upRun.stderr);
    assert.deepEqual(read(`${perRun.dir}/per-run.db`), online);

    const script = perMigration.athanor("upgrade", "head", "--sql");
    assert.equal(script.code, 0, script.stderr);
    const shell = spawnSync("sqlite3", ["-bail", `${perMigration.dir}/offline.db`], { input: script.stdout, encoding: "utf8" });
    assert.equal(shell.status, 0, shell.stderr);
    assert.deepEqual(read(`${perMigration.dir}/offline.db`), online);
  });
});
