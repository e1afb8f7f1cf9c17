/**
 * Other migration tools' history tables. A database adopted from drizzle-kit,
 * Prisma Migrate, Knex, node-pg-migrate, TypeORM, Sequelize or Alembic keeps
 * that tool's bookkeeping table; it is not in the models, so comparing it would
 * generate a `dropTable` of the other tool's history on the first autogenerate
 * and make `check` fail forever after `stamp head`. Such a table — recognised by
 * its name and its exact columns, and not declared in the models — is left out
 * of the comparison, with one warning naming it and the tool.
 */
import type { DbTable } from "../schema-model.js";

interface ForeignHistoryTable {
  readonly tool: string;
  readonly name: string;
  /** The table's columns, all of them, in any order. */
  readonly columns: readonly string[];
}

export const FOREIGN_HISTORY_TABLES: readonly ForeignHistoryTable[] = [
  { tool: "drizzle-kit", name: "__drizzle_migrations", columns: ["id", "hash", "created_at"] },
  {
    tool: "Prisma Migrate",
    name: "_prisma_migrations",
    columns: ["id", "checksum", "finished_at", "migration_name", "logs", "rolled_back_at", "started_at", "applied_steps_count"],
  },
  { tool: "Knex", name: "knex_migrations", columns: ["id", "name", "batch", "migration_time"] },
  { tool: "Knex", name: "knex_migrations_lock", columns: ["index", "is_locked"] },
  { tool: "node-pg-migrate", name: "pgmigrations", columns: ["id", "name", "run_on"] },
  { tool: "TypeORM", name: "migrations", columns: ["id", "timestamp", "name"] },
  { tool: "Sequelize", name: "SequelizeMeta", columns: ["name"] },
  { tool: "Alembic", name: "alembic_version", columns: ["version_num"] },
];

/** The tool whose history table `table` is, or null. */
export function foreignHistoryTool(table: DbTable): string | null {
  const columns = table.columns.map((c) => c.name.toLowerCase()).sort();
  for (const known of FOREIGN_HISTORY_TABLES) {
    if (known.name.toLowerCase() !== table.name.toLowerCase()) continue;
    const expected = known.columns.map((c) => c.toLowerCase()).sort();
    if (expected.length === columns.length && expected.every((c, i) => c === columns[i])) return known.tool;
  }
  return null;
}

/**
 * Splits the database's tables into those to compare and the other tools'
 * history tables the models don't declare, with the warning for the latter.
 */
export function setAsideForeignHistory(
  tables: readonly DbTable[],
  modelTableNames: ReadonlySet<string>,
): { readonly tables: DbTable[]; readonly warning: string | null } {
  const kept: DbTable[] = [];
  const aside: string[] = [];
  for (const table of tables) {
    const tool = modelTableNames.has(table.name.toLowerCase()) ? null : foreignHistoryTool(table);
    if (tool === null) kept.push(table);
    else aside.push(`${table.schema}.${table.name} (${tool})`);
  }
  if (aside.length === 0) return { tables: kept, warning: null };
  const them = aside.length === 1 ? "it" : "them";
  return {
    tables: kept,
    warning:
      `not compared: ${aside.join(", ")}, another migration tool's history table${aside.length === 1 ? "" : "s"}; ` +
      `Athanor keeps its own history in its version table and never drops ${them} by itself. Once you no longer need ` +
      `the old tool, drop ${them} with op.dropTable in a revision (or declare ${them} in the models to compare ${them})`,
  };
}
