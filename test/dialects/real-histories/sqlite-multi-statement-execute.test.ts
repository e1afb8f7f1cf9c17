/**
 * Several statements in one SQLite `op.execute`, from a real history: Vaultwarden's
 * migrations/sqlite/2018-04-27-155151_create_users_ciphers/up.sql (a diesel migration, kept as written) moves
 * `ciphers` aside, makes the new `ciphers` and `folders_ciphers`, copies the rows and drops the old table. The
 * string ran as one script, so when a statement in the middle failed the error quoted the head of the whole string
 * ("statement: ALTER TABLE ciphers RENAME TO oldCiphers; CREATE TABLE ciphers ( … -- Make this optional …", cut at
 * 300 characters), never the statement that failed; in a revision with `transactional = false` nothing said which
 * statements had committed. Now each statement runs by itself, as the sqlite3 shell runs an offline script.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { after, describe, test } from "node:test";
import { MigrationProject } from "../../support/project.js";
import { openSqlite } from "../support/sqlite-file.js";

const CREATE_USERS_CIPHERS = `ALTER TABLE ciphers RENAME TO oldCiphers;

CREATE TABLE ciphers (
  uuid              TEXT     NOT NULL PRIMARY KEY,
  created_at        DATETIME NOT NULL,
  updated_at        DATETIME NOT NULL,
  user_uuid         TEXT     REFERENCES users (uuid), -- Make this optional
  organization_uuid TEXT     REFERENCES organizations (uuid), -- Add reference to orgs table
  -- Remove folder_uuid
  type              INTEGER  NOT NULL,
  name              TEXT     NOT NULL,
  notes             TEXT,
  fields            TEXT,
  data              TEXT     NOT NULL,
  favorite          BOOLEAN  NOT NULL
);

CREATE TABLE folders_ciphers (
  cipher_uuid TEXT NOT NULL REFERENCES ciphers (uuid),
  folder_uuid TEXT NOT NULL REFERENCES folders (uuid),

  PRIMARY KEY (cipher_uuid, folder_uuid)
);

INSERT INTO ciphers (uuid, created_at, updated_at, user_uuid, organization_uuid, type, name, notes, fields, data, favorite) 
SELECT uuid, created_at, updated_at, user_uuid, organization_uuid, type, name, notes, fields, data, favorite FROM oldCiphers;

INSERT INTO folders_ciphers (cipher_uuid, folder_uuid)
SELECT uuid, folder_uuid FROM oldCiphers WHERE folder_uuid IS NOT NULL;


DROP TABLE oldCiphers;

ALTER TABLE users_collections ADD COLUMN read_only BOOLEAN NOT NULL DEFAULT 0; -- False
`;

/** The tables the migration reads, in their earlier shape (trimmed); `users_collections` only when asked. */
function base(withUsersCollections: boolean): { up: string; down: string } {
  const statements = [
    "CREATE TABLE users (uuid TEXT NOT NULL PRIMARY KEY)",
    "CREATE TABLE organizations (uuid TEXT NOT NULL PRIMARY KEY)",
    "CREATE TABLE folders (uuid TEXT NOT NULL PRIMARY KEY, user_uuid TEXT NOT NULL REFERENCES users (uuid))",
    "CREATE TABLE ciphers (uuid TEXT NOT NULL PRIMARY KEY, created_at DATETIME NOT NULL, updated_at DATETIME NOT NULL, user_uuid TEXT NOT NULL REFERENCES users (uuid), folder_uuid TEXT REFERENCES folders (uuid), organization_uuid TEXT, type INTEGER NOT NULL, name TEXT NOT NULL, notes TEXT, fields TEXT, data TEXT NOT NULL, favorite BOOLEAN NOT NULL)",
    ...(withUsersCollections ? ["CREATE TABLE users_collections (user_uuid TEXT NOT NULL, collection_uuid TEXT NOT NULL, PRIMARY KEY (user_uuid, collection_uuid))"] : []),
    "INSERT INTO users VALUES ('u1')",
    "INSERT INTO folders VALUES ('f1', 'u1')",
    "INSERT INTO ciphers VALUES ('c1', '2018-01-01', '2018-01-01', 'u1', 'f1', NULL, 1, 'n', NULL, NULL, 'd', 0)",
  ];
  return { up: statements.map((s) => `  await op.execute(${JSON.stringify(s)});`).join("\n"), down: "" };
}

const MIGRATION = { up: `  await op.execute(${JSON.stringify(CREATE_USERS_CIPHERS)});`, down: "" };

const projects: MigrationProject[] = [];
after(() => {
  for (const p of projects) p.cleanup();
});

function project(): MigrationProject {
  const p = new MigrationProject("sqlite:./online.db");
  projects.push(p);
  return p;
}

function rows(path: string, sql: string): unknown[] {
  const db = openSqlite(path);
  try {
    return db.prepare(sql).all();
  } finally {
    db.close();
  }
}

const SCHEMA = "SELECT name, sql FROM sqlite_master WHERE name NOT LIKE 'athanor%' AND name NOT LIKE 'sqlite_%' ORDER BY name";

describe("SQLite: several statements in one op.execute (Vaultwarden's create_users_ciphers)", () => {
  test("online and through the sqlite3 shell: the same schema and rows", () => {
    const p = project().rev("a1000001", null, base(true)).rev("a1000002", "a1000001", MIGRATION);
    const up = p.athanor("upgrade", "head");
    assert.equal(up.code, 0, up.stderr);
    const script = p.athanor("upgrade", "head", "--sql");
    assert.equal(script.code, 0, script.stderr);
    const shell = spawnSync("sqlite3", ["-bail", `${p.dir}/offline.db`], { input: script.stdout, encoding: "utf8" });
    assert.equal(shell.status, 0, shell.stderr);
    assert.deepEqual(rows(`${p.dir}/online.db`, SCHEMA), rows(`${p.dir}/offline.db`, SCHEMA));
    assert.deepEqual(rows(`${p.dir}/online.db`, "SELECT * FROM folders_ciphers"), [{ cipher_uuid: "c1", folder_uuid: "f1" }]);
    assert.deepEqual(rows(`${p.dir}/offline.db`, "SELECT * FROM folders_ciphers"), [{ cipher_uuid: "c1", folder_uuid: "f1" }]);
  });

  test("a statement failing after six others is the one the error quotes; the revision is rolled back", () => {
    const p = project().rev("a1000001", null, base(false)).rev("a1000002", "a1000001", MIGRATION);
    const r = p.athanor("upgrade", "head");
    assert.equal(r.code, 1, r.stdout);
    assert.match(r.stderr, /failed: no such table: users_collections; statement: ALTER TABLE users_collections ADD COLUMN read_only BOOLEAN NOT NULL DEFAULT 0;/);
    assert.doesNotMatch(r.stderr, /RENAME TO oldCiphers/);
    assert.deepEqual(rows(`${p.dir}/online.db`, "SELECT version_num FROM athanor_version"), [{ version_num: "a1000001" }]);
    // rolled back: the old ciphers, with its folder_uuid, and no folders_ciphers
    assert.deepEqual(rows(`${p.dir}/online.db`, "SELECT name FROM sqlite_master WHERE name IN ('oldCiphers', 'folders_ciphers')"), []);
    assert.deepEqual(rows(`${p.dir}/online.db`, "SELECT folder_uuid FROM ciphers"), [{ folder_uuid: "f1" }]);
  });

  test("with transactional = false the statements that committed before the failure are named", () => {
    const p = project()
      .rev("a1000001", null, base(false))
      .rev("a1000002", "a1000001", { ...MIGRATION, transactional: false });
    const r = p.athanor("upgrade", "head");
    assert.equal(r.code, 1, r.stdout);
    assert.match(r.stderr, /statement: ALTER TABLE users_collections ADD COLUMN read_only BOOLEAN NOT NULL DEFAULT 0;/);
    assert.match(r.stderr, /what it committed stays \(transactional = false\): ALTER TABLE ciphers RENAME TO oldCiphers; .* and 3 more/);
    assert.deepEqual(rows(`${p.dir}/online.db`, "SELECT * FROM folders_ciphers"), [{ cipher_uuid: "c1", folder_uuid: "f1" }]);
  });
});
