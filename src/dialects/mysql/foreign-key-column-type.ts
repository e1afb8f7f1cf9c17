/**
 * A column's type changed while a foreign key uses it, on either side: MySQL
 * and MariaDB refuse the MODIFY ("Cannot change column 'city_id': used in a
 * foreign key constraint", errno 1832 on the key's side, 1833 on the
 * referenced side; any change of type, a VARCHAR widening too, and with
 * foreign_key_checks off as well), and by then the revision's earlier
 * statements have committed. So autogenerate writes what the server takes:
 *
 * - the keys that use a changing column (of its table, or referencing it),
 *   and, through them, every other changing column they join, make one
 *   group; each key is dropped just before the group's first type change
 *   and added again (same name, columns, ON DELETE/UPDATE) just after its
 *   last one, so the downgrade, the operations reversed, does the same the
 *   other way. Re-adding a key checks its rows again, as creating it did.
 * - when a key of the group could not be added again because the types
 *   would be apart afterwards (an integer with another size or signedness
 *   than the column it references, or any other type that is not the same:
 *   the models change one side only), or a table of the group is renamed by
 *   the revision, nothing moves: the revision is written as before, with a
 *   warning naming the keys and what to do.
 *
 * A key of the same table whose columns lead such a key's may be checked
 * through that key's index, which MariaDB drops with the key: it is dropped
 * first and added again last with the group. Keys the revision drops itself
 * (or whose table it drops) are left alone.
 * On MariaDB dropping a key drops the index the server made for it
 * (render-constraint.ts) and adding it again makes that index again; on
 * MySQL the index stays and serves the key again: either way no second
 * index (the introspector marks that index implicit).
 */
import { describeType } from "../../autogenerate/types.js";
import { dbForeignKeyDefinition } from "../../autogenerate/compare/model-view.js";
import type { DatabaseSchema, DbForeignKey, DbTable } from "../../autogenerate/schema-model.js";
import type { AlterColumnOp } from "../../operations/alter-column.js";
import type { Operation } from "../../operations/operation.js";
import { sameCollation } from "./collation.js";
import { canonicalTypeText, typeText } from "./type-text.js";

const lower = (s: string): string => s.toLowerCase();

/** A key of the database with its table. */
interface Key {
  readonly table: DbTable;
  readonly fk: DbForeignKey;
}

const INTEGER = /^(tinyint|smallint|mediumint|int|bigint)( unsigned)?$/;
const STRING = /^(?:var)?char\(\d+\)$/;
const BINARY = /^(?:var)?binary\(\d+\)$/;

/**
 * Can a key's column of type `a` reference one of type `b`? Integers: the same size and signedness; CHAR/VARCHAR
 * (and BINARY/VARBINARY) of any lengths; anything else only the same type (MariaDB takes some more, MySQL not all).
 */
export function foreignKeyTypesMatch(a: string, b: string): boolean {
  const x = canonicalTypeText(a);
  const y = canonicalTypeText(b);
  if (x === y) return true;
  const ix = INTEGER.exec(x === "tinyint(1)" ? "tinyint" : x);
  const iy = INTEGER.exec(y === "tinyint(1)" ? "tinyint" : y);
  if (ix || iy) return ix !== null && iy !== null && ix[1] === iy[1] && (ix[2] ?? "") === (iy[2] ?? "");
  return (STRING.test(x) && STRING.test(y)) || (BINARY.test(x) && BINARY.test(y));
}

const TEXT = /^(?:var)?char\(|^(?:tiny|medium|long)?text$|^enum\(|^set\(/;

/** A column's collation, or null when it holds no text (or is not known). */
function collationOf(table: DbTable | undefined, column: string): string | null {
  const c = table?.columns.find((x) => lower(x.name) === lower(column));
  if (c === undefined || !TEXT.test(canonicalTypeText(typeText(c.type)))) return null;
  return c.mysql?.collation ?? table?.mysql?.collation ?? null;
}

/**
 * The collation a MODIFY leaves on a text column: the one it says, else the table's (MODIFY does not keep the
 * column's own); a character set alone, as `charset:<name>` (its default collation is the server's to say).
 */
function collationAfter(op: AlterColumnOp, table: DbTable | undefined): string | null {
  if (!TEXT.test(canonicalTypeText(typeText(op.type ?? op.existingType ?? { kind: "raw", sql: "int" })))) return null;
  if (op.mysql?.collation !== undefined) return op.mysql.collation;
  if (op.mysql?.charset !== undefined) return `charset:${op.mysql.charset}`;
  return table?.mysql?.collation ?? null;
}

const sameCollations = (a: string | null, b: string | null): boolean => a === b || (a !== null && b !== null && !a.startsWith("charset:") && !b.startsWith("charset:") && sameCollation(a, b));

/** The operations with the foreign keys that type changes need dropped and added again around them, and a warning for what can't be. */
export function rebuildForeignKeysForTypeChanges(operations: readonly Operation[], db: DatabaseSchema): { operations: Operation[]; warnings: string[] } {
  const schemaOf = (op: { schema?: string }): string => op.schema ?? db.defaultSchema;
  const tableKey = (schema: string, table: string): string => `${schema}\u0000${table}`;
  const tables = new Map(db.tables.map((t) => [tableKey(t.schema, t.name), t]));
  // the database's name of a column a rename earlier in the revision renamed
  const renamedFrom = (op: AlterColumnOp): string =>
    operations.find((o): o is AlterColumnOp => o.kind === "alterColumn" && o.newName !== undefined && o.table === op.table && lower(o.newName) === lower(op.column))?.column ?? op.column;
  // a change of type, or of a text column's collation (which the server refuses the same way)
  const typeChanges = (op: Operation): op is AlterColumnOp => {
    if (op.kind !== "alterColumn") return false;
    if (op.type !== undefined && op.existingType !== undefined && typeText(op.type) !== typeText(op.existingType)) return true;
    if (op.mysql === undefined && op.existingMysql === undefined) return false;
    const table = tables.get(tableKey(schemaOf(op), op.table));
    const before = collationOf(table, renamedFrom(op));
    return before !== null && !sameCollations(before, collationAfter(op, table));
  };
  const columnKey = (schema: string, table: string, column: string): string => `${tableKey(schema, table)}\u0000${lower(column)}`;
  const droppedKeys = new Set<string>();
  const droppedTables = new Set<string>();
  const renamedTables = new Set<string>();
  for (const op of operations) {
    const type = op.kind === "dropConstraint" ? (op.constraintType ?? op.original?.kind) : undefined;
    if (op.kind === "dropConstraint" && op.name !== undefined && (type === undefined || type === "foreignKey" || type === "createForeignKey"))
      droppedKeys.add(`${tableKey(schemaOf(op), op.table)}\u0000${lower(op.name)}`);
    if (op.kind === "dropTable") droppedTables.add(tableKey(schemaOf(op), op.table));
    if (op.kind === "renameTable") {
      renamedTables.add(tableKey(schemaOf(op), op.table));
      renamedTables.add(tableKey(schemaOf(op), op.newName));
    }
  }
  // the type changes, by the column they change
  // column renames (autogenerate renames before it changes types: the keys are dropped and added again with the new
  // names), both ways
  const newNames = new Map<string, string>();
  const oldNames = new Map<string, string>();
  for (const op of operations)
    if (op.kind === "alterColumn" && op.newName !== undefined) {
      newNames.set(columnKey(schemaOf(op), op.table, op.column), op.newName);
      oldNames.set(columnKey(schemaOf(op), op.table, op.newName), op.column);
    }
  // by the column as the database names it
  const oldTables = new Map<string, string>();
  for (const op of operations) if (op.kind === "renameTable") oldTables.set(tableKey(schemaOf(op), op.newName), op.table);
  const dbColumnKey = (op: AlterColumnOp): string => {
    const k = columnKey(schemaOf(op), op.table, op.column);
    const old = oldNames.get(k);
    return columnKey(schemaOf(op), oldTables.get(tableKey(schemaOf(op), op.table)) ?? op.table, old ?? op.column);
  };
  const changing = new Map<string, AlterColumnOp>();
  for (const op of operations) if (typeChanges(op)) changing.set(dbColumnKey(op), op);
  if (changing.size === 0) return { operations: [...operations], warnings: [] };

  const keys: Key[] = [];
  for (const t of db.tables) {
    if (droppedTables.has(tableKey(t.schema, t.name))) continue;
    for (const fk of t.foreignKeys) if (!droppedKeys.has(`${tableKey(t.schema, t.name)}\u0000${lower(fk.name)}`)) keys.push({ table: t, fk });
  }
  const own = (k: Key): string[] => k.fk.columns.map((c) => columnKey(k.table.schema, k.table.name, c));
  const referenced = (k: Key): string[] => k.fk.refColumns.map((c) => columnKey(k.fk.refSchema, k.fk.refTable, c));
  const uses = keys.filter((k) => [...own(k), ...referenced(k)].some((c) => changing.has(c)));
  if (uses.length === 0) return { operations: [...operations], warnings: [] };
  // a key of the same table on the first columns of one of those may be checked through that key's index, which
  // MariaDB drops with it (and refuses to drop while that other key needs it): it is dropped and added again too
  const leads = (short: Key, long: Key): boolean =>
    short.table === long.table && short.fk.columns.length < long.fk.columns.length && short.fk.columns.every((c, i) => lower(c) === lower(long.fk.columns[i]!));
  const companions = keys.filter((k) => !uses.includes(k) && uses.some((u) => leads(k, u)));
  const involved = [...uses, ...companions];

  // groups: type changes joined by the keys that use them
  const parent = new Map<string, string>();
  const find = (c: string): string => {
    let r = c;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r)!;
    return r;
  };
  for (const c of changing.keys()) parent.set(c, c);
  for (const k of involved) {
    const cs = [...own(k), ...referenced(k)].filter((c) => changing.has(c));
    for (const c of cs.slice(1)) parent.set(find(c), find(cs[0]!));
  }
  const groupOf = (k: Key): string => {
    const c = [...own(k), ...referenced(k)].find((x) => changing.has(x));
    return c !== undefined ? find(c) : groupOf(uses.find((u) => leads(k, u))!);
  };

  /** A column's type once the revision ran (null: a column the database lacks). */
  const typeAfter = (schema: string, table: string, column: string): string | null => {
    const op = changing.get(columnKey(schema, table, column));
    const type = op?.type ?? op?.existingType;
    if (type !== undefined) return typeText(type);
    const c = tables.get(tableKey(schema, table))?.columns.find((x) => lower(x.name) === lower(column));
    return c === undefined ? null : typeText(c.type);
  };
  const collationAfterRevision = (schema: string, table: string, column: string): string | null => {
    const op = changing.get(columnKey(schema, table, column));
    const t = tables.get(tableKey(schema, table));
    return op ? collationAfter(op, t) : collationOf(t, column);
  };
  const where = (k: Key): string => (k.table.schema === db.defaultSchema ? k.table.name : `${k.table.schema}.${k.table.name}`);

  const what = (op: AlterColumnOp): string => {
    if (op.type !== undefined && op.existingType !== undefined && typeText(op.type) !== typeText(op.existingType))
      return `type changes (${describeType(op.existingType)} -> ${describeType(op.type)})`;
    const t = tables.get(tableKey(schemaOf(op), op.table));
    return `collation changes (${collationOf(t, renamedFrom(op)) ?? "?"} -> ${(collationAfter(op, t) ?? "?").replace(/^charset:/, "character set ")})`;
  };
  const warnings: string[] = [];
  const blocked = new Map<string, string[]>();
  const block = (group: string, why: string): void => {
    blocked.set(group, [...(blocked.get(group) ?? []), why]);
  };
  for (const k of involved) {
    const group = groupOf(k);
    if (renamedTables.has(tableKey(k.table.schema, k.table.name)) || renamedTables.has(tableKey(k.fk.refSchema, k.fk.refTable)))
      block(group, `the revision renames ${k.table.name === k.fk.refTable ? k.table.name : `${k.table.name} or ${k.fk.refTable}`} (rename in one revision, change the types in the next)`);
    k.fk.columns.forEach((c, i) => {
      const rc = k.fk.refColumns[i];
      if (rc === undefined) return;
      const a = typeAfter(k.table.schema, k.table.name, c);
      const b = typeAfter(k.fk.refSchema, k.fk.refTable, rc);
      if (a === null || b === null) return;
      const ca = collationAfterRevision(k.table.schema, k.table.name, c);
      const cb = collationAfterRevision(k.fk.refSchema, k.fk.refTable, rc);
      if (foreignKeyTypesMatch(a, b) && sameCollations(ca, cb)) return;
      block(group, `${k.fk.name} could not be added again with ${k.table.name}.${c} ${a}${ca === null ? "" : ` ${ca}`} and ${k.fk.refTable}.${rc} ${b}${cb === null ? "" : ` ${cb}`} (a key's columns need the type of the columns they reference, an integer the same size and signedness, text the same collation): change both sides in the models`);
    });
  }

  // the keys to drop and add again, by group; each group's first and last type change
  const rebuilt = new Map<string, Key[]>();
  for (const k of involved) {
    const g = groupOf(k);
    if (!blocked.has(g)) rebuilt.set(g, [...(rebuilt.get(g) ?? []), k]);
  }
  const first = new Map<string, Operation>();
  const last = new Map<string, Operation>();
  for (const op of operations) {
    if (!typeChanges(op)) continue;
    const g = find(dbColumnKey(op));
    if (!rebuilt.has(g)) continue;
    if (!first.has(g)) first.set(g, op);
    last.set(g, op);
  }

  for (const op of operations) {
    if (!typeChanges(op)) continue;
    const c = dbColumnKey(op);
    const g = find(c);
    const why = blocked.get(g);
    if (why === undefined) continue;
    const users = uses
      .filter((k) => own(k).includes(c) || referenced(k).includes(c))
      .map((k) => (k.table.name === op.table && k.table.schema === schemaOf(op) ? k.fk.name : `${k.fk.name} (on ${where(k)})`));
    if (users.length === 0) continue;
    warnings.push(
      `${op.table}.${op.column}: its ${what(op)} while foreign key(s) ${users.join(", ")} use it; MySQL and MariaDB refuse that ("Cannot change column '${op.column}': used in a foreign key constraint") after the revision's earlier statements have committed; autogenerate drops such keys and adds them again around the change, but not here: ${[...new Set(why)].join("; ")} (by hand: op.dropConstraint for those keys first, then the columns on both sides to the same type, then the keys again)`,
    );
  }

  const definition = (k: Key) => {
    const home = k.table.schema === db.defaultSchema ? {} : { schema: k.table.schema };
    const renamed = (schema: string, table: string, cs: readonly string[]): string[] => cs.map((c) => newNames.get(columnKey(schema, table, c)) ?? c);
    const def = dbForeignKeyDefinition(k.fk, db.defaultSchema);
    return {
      table: k.table.name,
      ...home,
      ...def,
      name: k.fk.name,
      columns: renamed(k.table.schema, k.table.name, k.fk.columns),
      refColumns: renamed(k.fk.refSchema, k.fk.refTable, k.fk.refColumns),
    };
  };
  // keys on fewer columns first: a key served by a longer key's index lets go of it before that index goes
  const byWidth = (a: Key, b: Key): number => a.fk.columns.length - b.fk.columns.length;
  const out: Operation[] = [];
  for (const op of operations) {
    for (const [g, ks] of rebuilt)
      if (first.get(g) === op)
        for (const k of [...ks].sort(byWidth)) {
          const def = definition(k);
          out.push({
            kind: "dropConstraint",
            name: k.fk.name,
            table: k.table.name,
            ...(def.schema === undefined ? {} : { schema: def.schema }),
            constraintType: "foreignKey",
            // as the key is when it is dropped: after the revision's renames of its columns
            original: { kind: "createForeignKey", ...def },
          });
        }
    out.push(op);
    for (const [g, ks] of rebuilt) if (last.get(g) === op) for (const k of [...ks].sort(byWidth).reverse()) out.push({ kind: "createForeignKey", ...definition(k) });
  }
  return { operations: out, warnings };
}
