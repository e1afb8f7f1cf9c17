/**
 * Naming conventions for constraints and indexes, in SQLAlchemy's format:
 *
 *   namingConvention({
 *     ix: "ix_%(column_0_label)s",
 *     uq: "uq_%(table_name)s_%(column_0_name)s",
 *     ck: "ck_%(table_name)s_%(constraint_name)s",
 *     fk: "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
 *     pk: "pk_%(table_name)s",
 *   })
 *
 * Tokens: table_name, column_0_name, column_0_N_name (all, joined by "_"),
 * column_0N_name (all, joined), the same with `label` (table_column) and
 * `key`, referred_table_name, referred_column_0_name (and _N_/0N forms), and
 * constraint_name. A convention may also be a function of the same values.
 * Names longer than the database's identifier limit are left whole here: autogenerate
 * cuts them the way the server does (the dialect's comparator), so
 * a database built with the long names by any tool compares clean.
 */
import { defaultDialect } from "../../dialects/registry.js";
import { AthanorError } from "../../errors.js";
import type { ColumnDefinition } from "../../schema/column.js";
import type { TableDefinition } from "../../schema/table.js";
import { indexElementColumn } from "../../schema/validate.js";
import { nodeCrypto } from "../../util/node-crypto.js";

export const NAMING_BRAND: unique symbol = Symbol.for("athanor.model.namingConvention");

export interface NamingContext {
  readonly table: string;
  readonly columns: readonly string[];
  readonly referredTable?: string;
  readonly referredColumns?: readonly string[];
  readonly constraintName?: string;
}

export type NamingTemplate = string | ((context: NamingContext) => string);

export interface NamingConvention {
  readonly ix?: NamingTemplate;
  readonly uq?: NamingTemplate;
  readonly ck?: NamingTemplate;
  readonly fk?: NamingTemplate;
  readonly pk?: NamingTemplate;
}

/** Declares the naming convention; export it from a models module and `collectModels` applies it. */
export function namingConvention(convention: NamingConvention): NamingConvention {
  const copy = { ...convention };
  Object.defineProperty(copy, NAMING_BRAND, { value: true, enumerable: false });
  return copy;
}

export function isNamingConvention(value: unknown): value is NamingConvention {
  return typeof value === "object" && value !== null && (value as { [NAMING_BRAND]?: unknown })[NAMING_BRAND] === true;
}

/** The identifier limit in bytes when none is given: the default dialect's (capabilities.identifierMaxBytes). */
function defaultLimit(): number {
  return defaultDialect().capabilities.identifierMaxBytes;
}

/**
 * Cuts a name to `maxBytes` (the dialect's identifier limit) with an 8-hex hash. Earlier versions named long
 * convention and index names this way; autogenerate still recognises such
 * names in a database, but no longer produces them (it cuts names the way
 * the database does).
 */
export function fitName(name: string, maxBytes: number = defaultLimit()): string {
  if (Buffer.byteLength(name) <= maxBytes) return name;
  const hash = nodeCrypto().createHash("md5").update(name).digest("hex").slice(0, 8);
  return `${truncateBytes(name, maxBytes - 9)}_${hash}`;
}

/** What a database that truncates long identifiers does: cut at `max` bytes (the dialect's limit), on a character boundary. */
export function truncateBytes(name: string, max: number = defaultLimit()): string {
  if (Buffer.byteLength(name) <= max) return name;
  let out = "";
  let bytes = 0;
  for (const ch of name) {
    const n = Buffer.byteLength(ch);
    if (bytes + n > max) break;
    out += ch;
    bytes += n;
  }
  return out;
}

function columnToken(kind: "name" | "label" | "key", table: string, column: string): string {
  return kind === "label" ? `${table}_${column}` : column;
}

export function expandTemplate(template: NamingTemplate, ctx: NamingContext, what: string): string {
  if (typeof template === "function") return template(ctx);
  const out = template.replace(/%\(([a-z0-9_]+)\)s/gi, (_m, token: string) => {
    if (token === "table_name") return ctx.table;
    if (token === "constraint_name") {
      if (ctx.constraintName === undefined)
        throw new AthanorError(
          "MODELS.NAMING",
          `${what}: the naming convention "${template}" uses %(constraint_name)s, so this constraint needs a name`,
        );
      return ctx.constraintName;
    }
    const m = /^(referred_)?column_0(_N|N)?_(name|label|key)$/.exec(token);
    if (m) {
      const referred = m[1] !== undefined;
      const cols = referred ? (ctx.referredColumns ?? []) : ctx.columns;
      const table = referred ? (ctx.referredTable ?? "") : ctx.table;
      const kind = m[3] as "name" | "label" | "key";
      if (cols.length === 0) throw new AthanorError("MODELS.NAMING", `${what}: %(${token})s needs columns`);
      const parts = (m[2] === undefined ? cols.slice(0, 1) : cols).map((c) => columnToken(kind, table, c));
      return parts.join(m[2] === "N" ? "" : "_");
    }
    if (token === "referred_table_name") return ctx.referredTable ?? "";
    throw new AthanorError("MODELS.NAMING", `${what}: unknown naming-convention token %(${token})s in "${template}"`);
  });
  return out;
}

/** Hidden marker on indexes that `table()` named itself (so a convention may rename them). */
export const AUTO_NAMED: unique symbol = Symbol.for("athanor.model.autoNamedIndexes");

/** Returns a copy of `table` with the convention's names filled in where the model left them out. */
export function applyNamingConvention(def: TableDefinition, convention: NamingConvention): TableDefinition {
  const where = `table "${def.name}"`;
  const auto = (def as { [AUTO_NAMED]?: ReadonlySet<string> })[AUTO_NAMED];
  const pkCols = def.primaryKey ? def.primaryKey.columns : def.columns.filter((c) => c.primaryKey).map((c) => c.name);
  let primaryKey = def.primaryKey;
  let columns: readonly ColumnDefinition[] = def.columns;
  const uniques = [...(def.uniques ?? [])];
  const foreignKeys = [...(def.foreignKeys ?? [])];
  if (convention.pk && pkCols.length > 0 && !def.primaryKey?.name) {
    primaryKey = { columns: pkCols, name: expandTemplate(convention.pk, { table: def.name, columns: pkCols }, where) };
  }
  if (convention.uq || convention.fk) {
    // Column-level `unique` and `references` become table-level so they can carry a name.
    columns = def.columns.map((c) => {
      let col = c;
      if (col.unique && convention.uq) {
        uniques.push({ columns: [col.name], name: expandTemplate(convention.uq, { table: def.name, columns: [col.name] }, where) });
        const { unique: _u, ...rest } = col;
        col = rest;
      }
      if (col.references && !col.references.name && convention.fk) {
        const ref = col.references;
        const name = expandTemplate(
          convention.fk,
          { table: def.name, columns: [col.name], referredTable: ref.table, referredColumns: ref.column ? [ref.column] : [] },
          where,
        );
        col = { ...col, references: { ...ref, name } };
      }
      return col;
    });
  }
  const named = <T extends { name?: string }>(items: T[], tpl: NamingTemplate | undefined, ctx: (x: T) => NamingContext) =>
    tpl === undefined ? items : items.map((x) => (x.name ? x : { ...x, name: expandTemplate(tpl, ctx(x), where) }));
  const out: TableDefinition = {
    ...def,
    columns,
    ...(primaryKey === undefined ? {} : { primaryKey }),
    ...(uniques.length === 0 ? {} : { uniques: named(uniques, convention.uq, (u) => ({ table: def.name, columns: u.columns })) }),
    ...(foreignKeys.length === 0
      ? {}
      : {
          foreignKeys: named(foreignKeys, convention.fk, (f) => ({
            table: def.name,
            columns: f.columns,
            referredTable: f.refTable,
            referredColumns: f.refColumns,
          })),
        }),
    ...(def.checks === undefined
      ? {}
      : {
          checks: def.checks.map((c) =>
            convention.ck === undefined || (c.name !== undefined && !conventionUsesConstraintName(convention.ck))
              ? c
              : { ...c, name: expandTemplate(convention.ck, { table: def.name, columns: [], ...(c.name ? { constraintName: c.name } : {}) }, where) },
          ),
        }),
    ...(def.indexes === undefined
      ? {}
      : {
          indexes: def.indexes.map((ix) =>
            convention.ix && auto?.has(ix.name)
              ? {
                  ...ix,
                  name: expandTemplate(
                    convention.ix,
                    { table: def.name, columns: ix.columns.map((e) => indexElementColumn(e) ?? "expr") },
                    where,
                  ),
                }
              : ix,
          ),
        }),
  };
  return out;
}

function conventionUsesConstraintName(tpl: NamingTemplate): boolean {
  return typeof tpl === "string" && tpl.includes("%(constraint_name)s");
}
