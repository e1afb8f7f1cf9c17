/**
 * What every case group gets: the target, the dialect's quoting, fresh
 * databases and projects that are removed when the file's tests end, and
 * dialect-neutral reads over a second connection.
 */
import { after } from "node:test";
import type { VersionTableRef } from "../../src/dialects/dialect.js";
import { ConformanceProject } from "./project.js";
import { type ConformanceCapabilities, type ConformanceDatabase, type ConformanceTarget, type SchemaDump, withConnection } from "./target.js";

/**
 * Options for a case group's `describe`: its tests run one after the other
 * (they share a database and build on each other), while the groups run
 * side by side (see suite.ts).
 */
export const IN_ORDER = { concurrency: false } as const;

export interface SuiteContext {
  readonly target: ConformanceTarget;
  /** The dialect's identifier quoting, for identifiers inside SQL text. */
  q(name: string): string;
  /** A fresh database, dropped after the file's tests. */
  database(): Promise<ConformanceDatabase>;
  /** A temporary project on `db`, removed after the file's tests. */
  project(db: ConformanceDatabase, config?: Record<string, unknown>, env?: Record<string, string>): ConformanceProject;
  /** `{}` when the target has the capability, else `{ skip }` with the reason. */
  needs(capability: keyof ConformanceCapabilities, what: string): { skip?: string };
  /** `{ todo }` when the target lists `caseId` among its known bugs, else `{}`. */
  known(caseId: string): { todo?: string };
}

export function suiteContext(target: ConformanceTarget): SuiteContext {
  const cleanups: Array<() => Promise<void> | void> = [];
  after(async () => {
    for (const c of cleanups.reverse()) await c();
  });
  return {
    target,
    q: (name) => target.dialect.quoteIdentifier(name),
    async database() {
      const db = await target.createDatabase();
      cleanups.push(() => db.drop());
      return db;
    },
    project(db, config, env) {
      const p = new ConformanceProject(db, config, env);
      cleanups.push(() => p.cleanup());
      return p;
    },
    known(caseId) {
      const bug = target.knownBugs?.[caseId];
      return bug === undefined ? {} : { todo: `known bug on ${target.name}: ${bug}` };
    },
    needs(capability, what) {
      return target.capabilities[capability] ? {} : { skip: `${target.name} lacks the ${capability} capability: ${what}` };
    },
  };
}

/** Dialect-neutral reads on one session. */
export interface Reader {
  /** Rows of `sql` (no parameters: the suite's SQL is literal-free, identifiers quoted by the dialect). */
  rows<R = Record<string, unknown>>(sql: string): Promise<R[]>;
  /** The version table's rows, sorted; [] when it does not exist (yet). Default table: athanor_version. */
  heads(versionTable?: VersionTableRef): Promise<string[]>;
  schema(): Promise<SchemaDump>;
}

/**
 * Runs `fn` on a new session (a second connection: what it reads was
 * committed), closed afterwards. Close it before running the CLI again:
 * an embedded database may admit one process at a time.
 */
export function read<T>(ctx: SuiteContext, db: ConformanceDatabase, fn: (r: Reader) => Promise<T>): Promise<T> {
  return withConnection(db, (conn) =>
    fn({
      rows: async <R>(sql: string) => (await conn.query<R>(sql)).rows,
      async heads(ref: VersionTableRef = { table: "athanor_version" }) {
        const exists = ctx.target.dialect.versionTable.versionTableExists(ref);
        const e = await conn.query<{ exists: unknown }>(exists.sql, exists.params);
        if (!truthy(e.rows[0]?.exists)) return [];
        const table = ctx.target.dialect.qualify(ref.table, ref.schema);
        const rows = await conn.query<{ v: string }>(`SELECT ${ctx.q("version_num")} AS ${ctx.q("v")} FROM ${table}`);
        return rows.rows.map((r) => r.v).sort();
      },
      schema: () => ctx.target.dumpSchema(conn),
    }),
  );
}

const truthy = (v: unknown) => v === true || v === 1 || v === "1" || v === "t" || v === "true" || v === 1n;

/** Table names in the dump, without the version table and its log. */
export function userTables(dump: SchemaDump): string[] {
  return dump.tables.map((t) => t.name).filter((n) => n !== "athanor_version" && n !== "athanor_version_log");
}
