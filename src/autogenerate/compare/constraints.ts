/**
 * Constraints of one table pair: primary key, unique constraints, foreign
 * keys and CHECKs, each matched by name and then by definition.
 */
import type { CreateForeignKeyOp } from "../../operations/create-foreign-key.js";
import type { Operation } from "../../operations/operation.js";
import type { CanonResult } from "../canonical-items.js";
import type { SchemaComparator, Verdict } from "../schema-comparator.js";
import type { DbCheck, DbForeignKey, DbUnique } from "../schema-model.js";
import { afterRenames, type DiffContext, sameList } from "./diff-context.js";
import { foldName } from "../../util/fold-name.js";
import { byModelName, dbForeignKeyDefinition, type MCheck, type MForeignKey, type MTable, type MUnique } from "./model-view.js";

/** The primary key: dropped and created again when its columns (or name) change. */
export function diffPrimaryKey(x: DiffContext): void {
  const { cmp, table: ctx, b, warnings, label, schemaOpt, oldTable, dropOld } = x;
  const { m, d } = ctx;
  const dPk = d.primaryKey;
  const mPk = m.primaryKey;
  const pkSame = dPk && mPk && sameList(afterRenames(x, dPk.columns), mPk.columns) && (mPk.name === undefined || mPk.name === dPk.name || m.legacyNames.get(mPk.name) === dPk.name);
  if (!pkSame) {
    if (dPk) {
      const drop: Operation = {
        kind: "dropConstraint",
        name: dPk.name,
        ...oldTable,
        constraintType: "primaryKey",
        original: { kind: "createPrimaryKey", name: dPk.name, ...oldTable, columns: dPk.columns },
      };
      dropOld(drop);
      const message = `${label}: the primary key changes (${dPk.columns.join(", ")} -> ${mPk ? mPk.columns.join(", ") : "none"}); foreign keys that reference it must be dropped first`;
      warnings.push(message);
      b.opWarnings.push({ op: drop, message });
    }
    if (mPk) b.createOther.push({ kind: "createPrimaryKey", name: mPk.name ?? cmp.primaryKeyName(ctx.name), table: ctx.name, ...schemaOpt, columns: mPk.columns });
  }
}

/** Unique constraints: matched by name, unnamed ones by columns and options. */
export function diffUniques(x: DiffContext): void {
  const { cmp, table: ctx, b, schemaOpt, oldTable, dropOld } = x;
  const { m, d } = ctx;
  const claimed = new Set<DbUnique>();
  const toCreate: MUnique[] = [];
  const byName = new Map(d.uniques.map((u) => [u.name, u]));
  const redundant = redundantUniques(m);
  for (const u of m.uniques.filter((x) => x.name !== undefined)) {
    const du = byModelName(byName, u.name!, m);
    if (du && uniqueEqual(u, du, x)) claimed.add(du);
    else if (!redundant.has(u)) toCreate.push(u);
  }
  for (const u of m.uniques.filter((x) => x.name === undefined)) {
    const du = d.uniques.find((dx) => !claimed.has(dx) && uniqueEqual(u, dx, x));
    if (du) claimed.add(du);
    else if (!redundant.has(u)) toCreate.push(u);
  }
  for (const du of d.uniques) {
    if (claimed.has(du)) continue;
    dropOld({
      kind: "dropConstraint",
      name: du.name,
      ...oldTable,
      constraintType: "unique",
      original: {
        kind: "createUniqueConstraint",
        name: du.name,
        ...oldTable,
        columns: du.columns,
        ...(du.nullsNotDistinct ? { nullsNotDistinct: true } : {}),
        ...(du.deferrable ? { deferrable: true } : {}),
        ...(du.initiallyDeferred ? { initiallyDeferred: true } : {}),
      },
    });
  }
  for (const u of toCreate) {
    b.createOther.push({
      kind: "createUniqueConstraint",
      name: u.name ?? cmp.uniqueName(ctx.name, u.columns),
      table: ctx.name,
      ...schemaOpt,
      columns: u.columns,
      ...(u.nullsNotDistinct ? { nullsNotDistinct: true } : {}),
      ...(u.deferrable ? { deferrable: true } : {}),
      ...(u.initiallyDeferred ? { initiallyDeferred: true } : {}),
    });
  }
}

/** Foreign keys: matched by name, unnamed ones (and those named only by drizzle's default) by definition. */
export function diffForeignKeys(x: DiffContext): void {
  const { cmp, table: ctx, defaultSchema, b, warnings, label, oldTable, dropOld } = x;
  const { m, d } = ctx;
  const claimed = new Set<DbForeignKey>();
  const toCreate: MForeignKey[] = [];
  const byName = new Map(d.foreignKeys.map((f) => [f.name, f]));
  const chosenName = (fk: MForeignKey) => fk.name !== undefined && fk.defaultName !== true;
  for (const fk of m.foreignKeys.filter(chosenName)) {
    const df = byModelName(byName, fk.name!, m);
    if (df && fkEqual(fk, df, x)) claimed.add(df);
    else toCreate.push(fk);
  }
  // unnamed, or named only by the models' library (drizzle's default): by definition, the key of that name first
  for (const fk of m.foreignKeys.filter((x) => !chosenName(x))) {
    const free = d.foreignKeys.filter((dx) => !claimed.has(dx) && fkEqual(fk, dx, x));
    const df = free.find((dx) => fk.name !== undefined && byModelName(byName, fk.name, m) === dx) ?? free[0];
    if (df) claimed.add(df);
    else toCreate.push(fk);
  }
  for (const df of d.foreignKeys) {
    if (claimed.has(df)) continue;
    dropOld({
      kind: "dropConstraint",
      name: df.name,
      ...oldTable,
      constraintType: "foreignKey",
      original: { kind: "createForeignKey", ...oldTable, ...dbForeignKeyDefinition(df, defaultSchema) },
    });
  }
  for (const fk of toCreate) {
    if (fk.refColumns === null) {
      warnings.push(`${label}: foreign key on (${fk.columns.join(", ")}) references ${fk.refTable}, whose primary key is unknown; give references.column`);
      continue;
    }
    b.createForeignKey.push(createForeignKeyOp(cmp, fk, ctx.name, ctx.opSchema));
  }
}

/** CHECK constraints: matched by name or condition (normal form, then the server's text). */
export function diffChecks(x: DiffContext): void {
  const { cmp, table: ctx, resolver, b, label, schemaOpt, oldTable, dropOld, tableRef } = x;
  const { m, d } = ctx;
  const claimed = new Set<DbCheck>();
  const toCreate: MCheck[] = [];
  const byName = new Map(d.checks.map((c) => [c.name, c]));
  const qualifiers = [d.name, ctx.name];
  const checkKey = (c: MCheck) => `check|${d.schema}|${d.name}|${c.expression}`;
  const canonCheck = (c: MCheck): CanonResult | undefined =>
    resolver.enabled ? resolver.lookup(checkKey(c), () => ({ kind: "check", table: tableRef(), expression: c.expression })) : null;
  const matches = (c: MCheck, dc: DbCheck): Verdict => {
    if (cmp.sameExpression(c.expression, dc.expression, { qualifiers })) return "same";
    const settled = cmp.expressionVerdict?.(c.expression, dc.expression, { qualifiers });
    if (settled !== undefined && settled !== "unsure") return settled;
    const r = canonCheck(c);
    if (r === undefined) return "unsure";
    if (typeof r === "string") return r === dc.expression || cmp.sameExpression(r, dc.expression) ? "same" : "different";
    return "unsure";
  };
  const pulledUnfound: MCheck[] = [];
  for (const c of m.checks.filter((x) => x.name !== undefined)) {
    const dc = byModelName(byName, c.name!, m);
    if (!dc) {
      // a name drizzle-kit pull made up for an unnamed check: matched by its condition below
      if (c.pulledName === true) pulledUnfound.push(c);
      else toCreate.push(c);
      continue;
    }
    const v = matches(c, dc);
    if (v === "different") toCreate.push(c);
    else {
      claimed.add(dc);
      if (v === "unsure" && (resolver.results !== null || !resolver.enabled)) resolver.unverify(`check ${label}.${c.name}`, checkKey(c));
    }
  }
  const unnamed = [...m.checks.filter((x) => x.name === undefined), ...pulledUnfound];
  const unmatched: MCheck[] = [];
  for (const c of unnamed) {
    const dc = d.checks.find((x) => !claimed.has(x) && cmp.sameExpression(c.expression, x.expression, { qualifiers }));
    if (dc) claimed.add(dc);
    else unmatched.push(c);
  }
  for (const c of unmatched) {
    const dc = d.checks.find((x) => !claimed.has(x) && matches(c, x) === "same");
    if (dc) {
      claimed.add(dc);
      continue;
    }
    // Settled by the text against every unclaimed check: a new check, not one to pair with.
    const settled = cmp.expressionVerdict !== undefined && d.checks.every((x) => claimed.has(x) || cmp.expressionVerdict!(c.expression, x.expression, { qualifiers }) === "different");
    const r = settled ? "" : canonCheck(c);
    if (r === undefined || (r === null && d.checks.some((x) => !claimed.has(x)))) {
      // First pass, or the server could not build it: pair it with an unclaimed check rather than guess.
      const any = d.checks.find((x) => !claimed.has(x));
      if (any) {
        claimed.add(any);
        if (r === null) resolver.unverify(`unnamed check on ${label} (${c.expression})`, checkKey(c));
        continue;
      }
    }
    toCreate.push(c);
  }
  for (const dc of d.checks) {
    if (claimed.has(dc)) continue;
    dropOld({
      kind: "dropConstraint",
      name: dc.name,
      ...oldTable,
      constraintType: "check",
      original: { kind: "createCheckConstraint", name: dc.name, ...oldTable, expression: dc.expression },
    });
  }
  const columnNames = new Set(m.columns.map((c) => c.name.toLowerCase()));
  for (const c of toCreate) {
    const named = cmp.identifiersIn(c.expression);
    const used = named.filter((x) => columnNames.has(x));
    if (c.pulledName === true && named.length > 0 && !named.some((n) => columnNames.has(n.toLowerCase()))) {
      x.warnings.push(
        `${label}: check ${c.name} (${c.expression}) names no column of the table, not created: drizzle-kit pull writes every table's checks on every table; remove it from the schema`,
      );
      continue;
    }
    b.createOther.push({
      kind: "createCheckConstraint",
      name: c.name ?? cmp.checkName(ctx.name, used),
      table: ctx.name,
      ...schemaOpt,
      expression: c.expression,
    });
  }
}

/** The model's foreign key is the database's (its own columns as they read after the table's column renames). */
function fkEqual(m: MForeignKey, d: DbForeignKey, x: DiffContext): boolean {
  return (
    sameList(m.columns, afterRenames(x, d.columns)) &&
    m.refSchema === d.refSchema &&
    (m.refTable === d.refTable || (x.cmp.tableNamesFoldCase === true && foldName(m.refTable) === foldName(d.refTable))) &&
    (m.refColumns === null || sameList(m.refColumns, d.refColumns)) &&
    m.onDelete === d.onDelete &&
    m.onUpdate === d.onUpdate &&
    m.match === d.match &&
    (m.deferrabilityUnsaid === true || (m.deferrable === d.deferrable && m.initiallyDeferred === d.initiallyDeferred))
  );
}

/** The model's unique constraint is the database's (its columns as they read after the table's column renames). */
function uniqueEqual(m: MUnique, d: DbUnique, x: DiffContext): boolean {
  return (
    sameList(m.columns, afterRenames(x, d.columns)) &&
    m.nullsNotDistinct === d.nullsNotDistinct &&
    m.deferrable === d.deferrable &&
    m.initiallyDeferred === d.initiallyDeferred
  );
}

/**
 * Unique constraints PostgreSQL does not keep when the table is created in one
 * statement: one on exactly the primary key's columns, or a repeat of an
 * earlier one (CREATE TABLE folds them into the existing index, and an unnamed
 * primary key takes the unique constraint's name). Such a constraint is
 * matched when the database has it (added later by ALTER TABLE) and never
 * created when it does not: the key already enforces it.
 */
function redundantUniques(m: MTable): Set<MUnique> {
  const out = new Set<MUnique>();
  const kept: MUnique[] = [];
  const pk = m.primaryKey?.columns;
  for (const u of m.uniques) {
    const samePk = pk !== undefined && sameList(u.columns, pk) && !u.nullsNotDistinct && !u.deferrable;
    const repeat = kept.some(
      (k) =>
        sameList(k.columns, u.columns) &&
        k.nullsNotDistinct === u.nullsNotDistinct &&
        k.deferrable === u.deferrable &&
        k.initiallyDeferred === u.initiallyDeferred,
    );
    if (samePk || repeat) out.add(u);
    else kept.push(u);
  }
  return out;
}

export function createForeignKeyOp(cmp: SchemaComparator, fk: MForeignKey, table: string, schema: string | undefined): CreateForeignKeyOp {
  return {
    kind: "createForeignKey",
    name: fk.name ?? cmp.foreignKeyName(table, fk.columns),
    table,
    ...(schema === undefined ? {} : { schema }),
    columns: fk.columns,
    refTable: fk.refTable,
    ...(fk.explicitRefSchema === undefined ? {} : { refSchema: fk.explicitRefSchema }),
    refColumns: fk.refColumns ?? [],
    ...(fk.onDelete === "no action" ? {} : { onDelete: fk.onDelete }),
    ...(fk.onUpdate === "no action" ? {} : { onUpdate: fk.onUpdate }),
    ...(fk.match === "full" ? { match: "full" as const } : {}),
    ...(fk.deferrable ? { deferrable: true } : {}),
    ...(fk.initiallyDeferred ? { initiallyDeferred: true } : {}),
  };
}
