/**
 * Drop everything and bring it back on SQLite (harness.ts), with excerpts of classic schemas nobody here wrote,
 * loaded by the sqlite3 shell: Chinook, Sakila, Northwind and the tables Django generates. Sakila's triggers are
 * named in a warning (the downgrade does not make them again); Northwind's nullable TEXT key too (the downgrade
 * makes it NOT NULL).
 *
 * SQLite keeps each CREATE TABLE as written, so the snapshot is what SQLite says of the tables (pragma table_xinfo,
 * foreign_key_list, index_list/index_xinfo, the CHECKs, DEFERRABLE, AUTOINCREMENT, WITHOUT ROWID), not their text.
 * Normalised there (cosmetic): the order of the foreign keys (SQLite numbers them from the last written), spaces in
 * declared types (`NUMERIC(10, 2)`), `CHECK(` against `CHECK (`, and NOT NULL on the rowid alias (an INTEGER PRIMARY
 * KEY, never NULL either way).
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import Database from "better-sqlite3";
import { compare } from "../../../src/autogenerate/compare/compare.js";
import { table } from "../../../src/autogenerate/models/table.js";
import { betterSqlite3Driver, sqliteDialect } from "../../../src/dialects/sqlite/index.js";
import { t } from "../../../src/schema/types-builder.js";
import { dropAllRoundTrip } from "./harness.js";

// lerocha/chinook-database, ChinookDatabase/DataSources/Chinook_Sqlite.sql
const CHINOOK = `
CREATE TABLE [Album]
(
    [AlbumId] INTEGER  NOT NULL,
    [Title] NVARCHAR(160)  NOT NULL,
    [ArtistId] INTEGER  NOT NULL,
    CONSTRAINT [PK_Album] PRIMARY KEY  ([AlbumId]),
    FOREIGN KEY ([ArtistId]) REFERENCES [Artist] ([ArtistId])
		ON DELETE NO ACTION ON UPDATE NO ACTION
);
CREATE TABLE [Artist]
(
    [ArtistId] INTEGER  NOT NULL,
    [Name] NVARCHAR(120),
    CONSTRAINT [PK_Artist] PRIMARY KEY  ([ArtistId])
);
CREATE TABLE [MediaType]
(
    [MediaTypeId] INTEGER  NOT NULL,
    [Name] NVARCHAR(120),
    CONSTRAINT [PK_MediaType] PRIMARY KEY  ([MediaTypeId])
);
CREATE TABLE [Track]
(
    [TrackId] INTEGER  NOT NULL,
    [Name] NVARCHAR(200)  NOT NULL,
    [AlbumId] INTEGER,
    [MediaTypeId] INTEGER  NOT NULL,
    [Milliseconds] INTEGER  NOT NULL,
    [UnitPrice] NUMERIC(10,2)  NOT NULL,
    CONSTRAINT [PK_Track] PRIMARY KEY  ([TrackId]),
    FOREIGN KEY ([AlbumId]) REFERENCES [Album] ([AlbumId])
		ON DELETE NO ACTION ON UPDATE NO ACTION,
    FOREIGN KEY ([MediaTypeId]) REFERENCES [MediaType] ([MediaTypeId])
		ON DELETE NO ACTION ON UPDATE NO ACTION
);
CREATE INDEX [IFK_AlbumArtistId] ON [Album] ([ArtistId]);
CREATE INDEX [IFK_TrackAlbumId] ON [Track] ([AlbumId]);
CREATE INDEX [IFK_TrackMediaTypeId] ON [Track] ([MediaTypeId]);
`;

// jOOQ/sakila, sqlite-sakila-db/sqlite-sakila-schema.sql
const SAKILA = `
CREATE TABLE actor (
  actor_id INTEGER NOT NULL ,
  first_name VARCHAR(45) NOT NULL,
  last_name VARCHAR(45) NOT NULL,
  last_update TIMESTAMP NOT NULL,
  PRIMARY KEY  (actor_id)
  )
  ;
CREATE  INDEX idx_actor_last_name ON actor(last_name)
;
CREATE TRIGGER actor_trigger_ai AFTER INSERT ON actor
 BEGIN
  UPDATE actor SET last_update = DATETIME('NOW')  WHERE rowid = new.rowid;
 END
;
CREATE TABLE language (
  language_id INTEGER NOT NULL ,
  name CHAR(20) NOT NULL,
  last_update TIMESTAMP NOT NULL,
  PRIMARY KEY (language_id)
)
;
CREATE TABLE film (
  film_id INTEGER NOT NULL,
  title VARCHAR(255) NOT NULL,
  description BLOB SUB_TYPE TEXT DEFAULT NULL,
  release_year VARCHAR(4) DEFAULT NULL,
  language_id INT NOT NULL,
  original_language_id INT DEFAULT NULL,
  rental_duration SMALLINT  DEFAULT 3 NOT NULL,
  rental_rate DECIMAL(4,2) DEFAULT 4.99 NOT NULL,
  length SMALLINT DEFAULT NULL,
  replacement_cost DECIMAL(5,2) DEFAULT 19.99 NOT NULL,
  rating VARCHAR(10) DEFAULT 'G',
  special_features VARCHAR(100) DEFAULT NULL,
  last_update TIMESTAMP NOT NULL,
  PRIMARY KEY  (film_id),
  CONSTRAINT CHECK_special_features CHECK(special_features is null or
                                                           special_features like '%Trailers%' or
                                                           special_features like '%Commentaries%' or
                                                           special_features like '%Deleted Scenes%' or
                                                           special_features like '%Behind the Scenes%'),
  CONSTRAINT CHECK_special_rating CHECK(rating in ('G','PG','PG-13','R','NC-17')),
  CONSTRAINT fk_film_language FOREIGN KEY (language_id) REFERENCES language (language_id) ,
  CONSTRAINT fk_film_language_original FOREIGN KEY (original_language_id) REFERENCES language (language_id)
)
;
CREATE TABLE film_actor (
  actor_id INT NOT NULL,
  film_id  INT NOT NULL,
  last_update TIMESTAMP NOT NULL,
  PRIMARY KEY  (actor_id,film_id),
  CONSTRAINT fk_film_actor_actor FOREIGN KEY (actor_id) REFERENCES actor (actor_id) ON DELETE NO ACTION ON UPDATE CASCADE,
  CONSTRAINT fk_film_actor_film FOREIGN KEY (film_id) REFERENCES film (film_id) ON DELETE NO ACTION ON UPDATE CASCADE
)
;
CREATE  INDEX idx_fk_film_actor_film ON film_actor(film_id)
;
`;

// jpwhite3/northwind-SQLite3, src/create.sql
const NORTHWIND = `
CREATE TABLE [Categories]
(      [CategoryID] INTEGER PRIMARY KEY AUTOINCREMENT,
       [CategoryName] TEXT,
       [Description] TEXT,
       [Picture] BLOB
);
CREATE TABLE [Orders](
   [OrderID]INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
   [CustomerID]TEXT,
   [EmployeeID]INTEGER,
   [OrderDate]DATETIME,
   [Freight]NUMERIC DEFAULT 0,
   [ShipName]TEXT
);
`;

// The tables Django (auth, contenttypes, admin, sessions) generates on SQLite, as in a db.sqlite3 schema dump
const DJANGO = `
CREATE TABLE "auth_group" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "name" varchar(150) NOT NULL UNIQUE);
CREATE TABLE "auth_group_permissions" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "group_id" integer NOT NULL REFERENCES "auth_group" ("id") DEFERRABLE INITIALLY DEFERRED, "permission_id" integer NOT NULL REFERENCES "auth_permission" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE "auth_permission" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "content_type_id" integer NOT NULL REFERENCES "django_content_type" ("id") DEFERRABLE INITIALLY DEFERRED, "codename" varchar(100) NOT NULL, "name" varchar(255) NOT NULL);
CREATE TABLE "auth_user" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "password" varchar(128) NOT NULL, "last_login" datetime NULL, "is_superuser" bool NOT NULL, "username" varchar(150) NOT NULL UNIQUE, "last_name" varchar(150) NOT NULL, "email" varchar(254) NOT NULL, "is_staff" bool NOT NULL, "is_active" bool NOT NULL, "date_joined" datetime NOT NULL, "first_name" varchar(150) NOT NULL);
CREATE TABLE "django_admin_log" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "object_id" text NULL, "object_repr" varchar(200) NOT NULL, "action_flag" smallint unsigned NOT NULL CHECK ("action_flag" >= 0), "change_message" text NOT NULL, "content_type_id" integer NULL REFERENCES "django_content_type" ("id") DEFERRABLE INITIALLY DEFERRED, "user_id" integer NOT NULL REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED, "action_time" datetime NOT NULL);
CREATE TABLE "django_content_type" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "app_label" varchar(100) NOT NULL, "model" varchar(100) NOT NULL);
CREATE TABLE "django_migrations" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "app" varchar(255) NOT NULL, "name" varchar(255) NOT NULL, "applied" datetime NOT NULL);
CREATE TABLE "django_session" ("session_key" varchar(40) NOT NULL PRIMARY KEY, "session_data" text NOT NULL, "expire_date" datetime NOT NULL);
CREATE TABLE ecole_app_parametresite (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    montant_defaut_eleve DECIMAL(10, 2) NOT NULL DEFAULT 200.00,
                    date_modification DATETIME NOT NULL
                );
CREATE UNIQUE INDEX "auth_group_permissions_group_id_permission_id_0cd325b0_uniq" ON "auth_group_permissions" ("group_id", "permission_id");
CREATE INDEX "auth_group_permissions_group_id_b120cbf9" ON "auth_group_permissions" ("group_id");
CREATE INDEX "auth_group_permissions_permission_id_84c5c92e" ON "auth_group_permissions" ("permission_id");
CREATE UNIQUE INDEX "auth_permission_content_type_id_codename_01ab375a_uniq" ON "auth_permission" ("content_type_id", "codename");
CREATE INDEX "auth_permission_content_type_id_2f476e4b" ON "auth_permission" ("content_type_id");
CREATE INDEX "django_admin_log_content_type_id_c4bce8eb" ON "django_admin_log" ("content_type_id");
CREATE INDEX "django_admin_log_user_id_c564eba6" ON "django_admin_log" ("user_id");
CREATE UNIQUE INDEX "django_content_type_app_label_model_76bd3d3b_uniq" ON "django_content_type" ("app_label", "model");
CREATE INDEX "django_session_expire_date_a5c62663" ON "django_session" ("expire_date");
`;

const fileOf = (url: string) => url.replace(/^sqlite:/, "");

function sqlite3(url: string, script: string): void {
  const r = spawnSync("sqlite3", ["-bail", fileOf(url)], { input: script, encoding: "utf8" });
  assert.equal(r.status, 0, `the sqlite3 shell failed: ${r.stderr}`);
}

type Row = Record<string, unknown>;

function tables(url: string): Promise<string[]> {
  const db = new Database(fileOf(url), { readonly: true });
  try {
    const rows = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'athanor_version%' ORDER BY 1")
      .all() as { name: string }[];
    return Promise.resolve(rows.map((r) => r.name));
  } finally {
    db.close();
  }
}

/** What SQLite says of each table (see the file's comment for what is normalised). */
function snapshot(url: string): Promise<string> {
  const db = new Database(fileOf(url), { readonly: true });
  try {
    const out: string[] = [];
    const q = (sql: string) => db.prepare(sql).all() as Row[];
    for (const { name, sql } of q(
      "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'athanor_version%' ORDER BY 1",
    ) as { name: string; sql: string }[]) {
      const text = sql.replace(/\s+/g, " ");
      out.push(`table ${name}${/AUTOINCREMENT/i.test(text) ? " autoincrement" : ""}${/WITHOUT ROWID\s*$/i.test(text) ? " without rowid" : ""}`);
      const cols = q(`PRAGMA table_xinfo("${name}")`);
      const keyCols = cols.filter((c) => Number(c.pk) > 0);
      const rowid = keyCols.length === 1 && String(keyCols[0]!.type).toUpperCase() === "INTEGER";
      for (const c of cols) {
        const notnull = Number(c.notnull) === 1 || (rowid && Number(c.pk) > 0);
        out.push(`  column ${c.name} ${String(c.type).toUpperCase().replace(/\s*,\s*/g, ",")} ${notnull ? "not null" : "null"} default=${c.dflt_value} pk=${c.pk} hidden=${c.hidden}`);
      }
      const fks = new Map<number, Row[]>();
      for (const f of q(`PRAGMA foreign_key_list("${name}")`)) fks.set(Number(f.id), [...(fks.get(Number(f.id)) ?? []), f]);
      const deferrable = [...text.matchAll(/REFERENCES\s+\S+\s*\([^)]*\)\s*((?:ON \w+ (?:NO ACTION|SET NULL|SET DEFAULT|\w+)\s*)*)(DEFERRABLE INITIALLY DEFERRED)?/gi)].filter((m) => m[2]).length;
      out.push(
        ...[...fks.values()]
          .map((parts) => `  foreign key (${parts.map((p) => p.from).join(",")}) -> ${parts[0]!.table}(${parts.map((p) => p.to).join(",")}) on update ${parts[0]!.on_update} on delete ${parts[0]!.on_delete}`)
          .sort(),
        `  deferrable foreign keys: ${deferrable}`,
      );
      for (const ix of (q(`PRAGMA index_list("${name}")`) as { name: string; unique: number; origin: string; partial: number }[]).sort((a, b) => a.name.localeCompare(b.name))) {
        const keys = q(`PRAGMA index_xinfo("${ix.name}")`).filter((k) => Number(k.key) === 1).map((k) => `${k.name} ${k.desc ? "desc" : "asc"} ${k.coll}`);
        out.push(`  index ${ix.name.startsWith("sqlite_autoindex_") ? "(automatic)" : ix.name}${ix.unique ? " unique" : ""} ${ix.origin}${ix.partial ? " partial" : ""} (${keys.join(", ")})`);
      }
      for (const m of text.matchAll(/CHECK\s*(\((?:[^()]|\((?:[^()]|\([^()]*\))*\))*\))/gi)) out.push(`  check ${m[1]}`);
    }
    return Promise.resolve(out.join("\n"));
  } finally {
    db.close();
  }
}

describe("drop everything and bring it back: SQLite", () => {
  const dir = mkdtempSync(join(tmpdir(), "athanor-drop-all-sqlite-"));
  after(() => rmSync(dir, { recursive: true, force: true }));

  test("Chinook, Sakila, Northwind and Django excerpts: dropped and made again, online and as scripts", async () => {
    const r = await dropAllRoundTrip(
      { onlineUrl: `sqlite:${join(dir, "online.db")}`, offlineUrl: `sqlite:${join(dir, "offline.db")}`, client: sqlite3, snapshot, tables },
      `${CHINOOK}\n${SAKILA}\n${NORTHWIND}\n${DJANGO}`,
    );
    const trigger = "dropping table actor drops its trigger(s) actor_trigger_ai, and the downgrade's createTable does not make them again";
    assert.ok(r.stderr.includes(`warning: ${trigger}`), r.stderr);
    assert.ok(r.revision.includes(`// NOTE: ${trigger}`), r.revision);
    assert.match(r.revision, /refTable: "auth_group", refColumns: \["id"\], deferrable: true, initiallyDeferred: true/);
  });

  // jpwhite3/northwind-SQLite3, src/create.sql: a TEXT key declared without NOT NULL, which SQLite lets hold NULL
  test("Northwind: a dropped table's nullable key is named (the downgrade makes it NOT NULL)", async () => {
    const conn = await betterSqlite3Driver.connect({ url: `sqlite:${join(dir, "customers.db")}` });
    try {
      await conn.exec(`CREATE TABLE [Customers]
(      [CustomerID] TEXT,
       [CompanyName] TEXT,
       PRIMARY KEY (\`CustomerID\`)
);
CREATE TABLE [Categories]
(      [CategoryID] INTEGER PRIMARY KEY AUTOINCREMENT,
       [CategoryName] TEXT
);`);
      const keep = table("keep", { columns: { id: { type: t.integer(), primaryKey: true } } });
      const r = await compare([keep], conn, { dialect: sqliteDialect, versionTable: { table: "athanor_version", schema: null } });
      assert.deepEqual(
        r.warnings.filter((w) => w.includes("accept NULL")),
        [
          "dropping table Customers: its key column(s) CustomerID accept NULL (declared without NOT NULL, which SQLite allows), and the downgrade's createTable makes them NOT NULL (a model can't say otherwise): edit the downgrade's table with op.execute if rows need NULL there",
        ],
      );
    } finally {
      await conn.close();
    }
  });
  // Not from a classic schema: table options createTable doesn't write
  test("WITHOUT ROWID and STRICT on a dropped table are named", async () => {
    const conn = await betterSqlite3Driver.connect({ url: `sqlite:${join(dir, "options.db")}` });
    try {
      await conn.exec(`CREATE TABLE kv (k TEXT PRIMARY KEY, v BLOB) WITHOUT ROWID;
        CREATE TABLE s (id INTEGER PRIMARY KEY, n INT NOT NULL) STRICT;`);
      const keep = table("keep", { columns: { id: { type: t.integer(), primaryKey: true } } });
      const r = await compare([keep], conn, { dialect: sqliteDialect, versionTable: { table: "athanor_version", schema: null } });
      assert.deepEqual(
        r.warnings.filter((w) => w.includes("makes it again without")),
        [
          "dropping table kv: the downgrade's createTable makes it again without its table option WITHOUT ROWID: add them to the downgrade with op.execute",
          "dropping table s: the downgrade's createTable makes it again without its table option STRICT: add them to the downgrade with op.execute",
        ],
      );
    } finally {
      await conn.close();
    }
  });
});
