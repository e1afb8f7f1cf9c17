/**
 * MariaDB at 127.0.0.1:3306 (ATHANOR_TEST_MYSQL_URL): one new database per
 * case group (CREATE DATABASE, dropped afterwards), read over a new mysql2
 * session with Athanor's MySQL introspection, offline scripts applied with
 * the `mariadb` client (or `mysql`).
 */
import { spawnSync } from "node:child_process";
import { compare } from "../../../src/autogenerate/compare/compare.js";
import { formatDiff } from "../../../src/autogenerate/render/render.js";
import type { DbColumn, DbTable } from "../../../src/autogenerate/schema-model.js";
import type { DatabaseConnection } from "../../../src/dialects/dialect.js";
import { mysql2Driver, mysqlDialect } from "../../../src/dialects/mysql/index.js";
import { createMysqlTestDatabase, mysqlUnavailable } from "../../support/mysql-databases.js";
import { type ColumnDump, type ConformanceTarget, capabilitiesOf, type SchemaDump, type TableDump } from "../target.js";

const VERSION_TABLE = { table: "athanor_version", schema: null };

const byName = <T extends { name: string }>(items: readonly T[]): T[] => [...items].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

function columnDump(c: DbColumn): ColumnDump {
  let type = c.formatted;
  if (c.identity) type += " auto_increment";
  if (c.generated !== null) type += ` generated always as (${c.generated})`;
  return { name: c.name, type, nullable: c.nullable, default: c.default, comment: c.comment };
}

function tableDump(t: DbTable, defaultSchema: string): TableDump {
  const qualified = (schema: string, name: string) => (schema === defaultSchema ? name : `${schema}.${name}`);
  return {
    name: qualified(t.schema, t.name),
    comment: t.comment,
    columns: byName(t.columns.map(columnDump)),
    primaryKey: t.primaryKey ? { name: t.primaryKey.name, columns: [...t.primaryKey.columns] } : null,
    foreignKeys: byName(
      t.foreignKeys.map((f) => ({
        name: f.name,
        columns: [...f.columns],
        refTable: qualified(f.refSchema, f.refTable),
        refColumns: [...f.refColumns],
        onDelete: f.onDelete,
        onUpdate: f.onUpdate,
      })),
    ),
    uniques: byName(t.uniques.map((u) => ({ name: u.name, columns: [...u.columns] }))),
    checks: byName(t.checks.map((c) => ({ name: c.name, expression: c.expression }))),
    indexes: byName(
      t.indexes.map((i) => ({ name: i.name, unique: i.unique, columns: i.elements.map((e) => e.column ?? e.expression), where: i.where })),
    ),
  };
}

async function dumpSchema(conn: DatabaseConnection): Promise<SchemaDump> {
  const introspector = await mysqlDialect.introspector?.();
  if (!introspector) throw new Error("the mysql dialect has no introspector");
  const db = await introspector.introspect(conn, {});
  return { tables: byName(db.tables.map((t) => tableDump(t, db.defaultSchema))), enums: [], schemas: [] };
}

async function compareModels(models: readonly unknown[], conn: DatabaseConnection): Promise<string[]> {
  const result = await compare(models, conn, { versionTable: VERSION_TABLE, dialect: mysqlDialect });
  return [...formatDiff(result.operations), ...result.warnings.map((w) => `warning: ${w}`)];
}

/** The database's own client: `mariadb`, else `mysql`. */
function clientBinary(): string {
  return spawnSync("mariadb", ["--version"]).status === 0 ? "mariadb" : "mysql";
}

export const mariadbTarget: ConformanceTarget = {
  name: "MariaDB",
  dialect: mysqlDialect,
  // A column comment is part of MySQL's column definition: setColumnComment alone is refused (alterColumn with comment and existing* is the way).
  // Every primary key is named PRIMARY; comments are stored in 3-byte utf8 (a character beyond U+FFFF reads back as "?").
  capabilities: capabilitiesOf(mysqlDialect, { standaloneColumnComment: false, namedPrimaryKey: false, supplementaryCharsInComments: false }),
  unavailable: mysqlUnavailable,
  async createDatabase() {
    const db = await createMysqlTestDatabase("athanor_conf");
    return {
      url: db.url,
      connect: () => mysql2Driver.connect({ url: db.url }),
      drop: () => db.drop(),
    };
  },
  nativeClient: {
    name: "mariadb",
    apply(db, script) {
      const u = new URL(db.url);
      const args = ["-h", u.hostname, "-P", u.port || "3306", "-u", decodeURIComponent(u.username || "root"), "--default-character-set=utf8mb4"];
      const env = { ...process.env, ...(u.password ? { MYSQL_PWD: decodeURIComponent(u.password) } : {}) };
      args.push(decodeURIComponent(u.pathname.slice(1)));
      const r = spawnSync(clientBinary(), args, { input: script, encoding: "utf8", env });
      return { code: r.status ?? -1, stderr: r.error ? r.error.message : r.stderr };
    },
  },
  dumpSchema,
  compareModels,
  knownBugs: {},
};
