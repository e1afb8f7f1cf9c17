/**
 * Columns of one table pair: asked-for and possible renames, added and
 * dropped columns, and for each pair its type, nullability, identity,
 * generation, server default and comment.
 */
import type { AddColumnOp } from "../../operations/add-column.js";
import type { AlterColumnOp } from "../../operations/alter-column.js";
import { type ColumnDefinition, identityOptions } from "../../schema/column.js";
import type { ColumnType } from "../../schema/column-type.js";
import { isSqlExpression, sql } from "../../schema/sql-expression.js";
import type { DbColumn } from "../schema-model.js";
import { describeType, serialBase } from "../types.js";
import type { Verdict } from "../schema-comparator.js";
import type { PossibleRename } from "./compare.js";
import type { DiffContext, TableCtx } from "./diff-context.js";
import { generatedChange } from "./generated.js";
import { dbColumnDefinition, modelNullable, presentType } from "./model-view.js";
import { foldName } from "../../util/fold-name.js";

/** What only the column comparison needs besides the shared context. */
export interface ColumnDiffOptions {
  readonly renames: Readonly<Record<string, string>>;
  readonly compareTypes: boolean;
  readonly compareDefaults: boolean;
  readonly possibleRenames: PossibleRename[];
  /** Filled with the columns the model adds (the server-side check builds them on its copy). */
  readonly addedColumns: ColumnDefinition[];
}

/** Columns of one table pair: renames (asked for and possible), adds, drops, and each pair's changes. */
export function diffColumns(x: DiffContext, o: ColumnDiffOptions): void {
  const { cmp, table: ctx, resolver, defaultSchema, b, warnings, label, schemaOpt, tableRef } = x;
  const { renames, compareTypes, compareDefaults, possibleRenames, addedColumns } = o;
  const { m, d } = ctx;
  const pkCols = new Set(m.primaryKey?.columns ?? []);
  const colRenames = columnKeyRenames(renames, ctx);
  const dCols = new Map(d.columns.map((c) => [c.name, c]));
  const mCols = new Map(m.columns.map((c) => [c.name, c]));
  const pairs: Array<{ mc: ColumnDefinition; dc: DbColumn }> = [];
  const renamedFrom = new Set<string>();
  for (const [from, to] of colRenames) {
    const dc = dCols.get(from);
    const mc = mCols.get(to);
    if (!dc || !mc || dCols.has(to)) {
      warnings.push(`rename ${ctx.name}.${from} -> ${to}: ${!dc ? `no column ${from} in the database` : !mc ? `no column ${to} in the model` : `column ${to} already exists`}; ignored`);
      continue;
    }
    renamedFrom.add(from);
    x.renamedColumns.set(from, to);
    b.renameColumn.push({ kind: "alterColumn", table: ctx.name, ...schemaOpt, column: from, newName: to });
    pairs.push({ mc, dc });
  }
  // where names fold case, a model column that is a database column but for its letters' case: that column, renamed
  if (cmp.columnNamesFoldCase) {
    const taken = new Set([...renamedFrom, ...pairs.map((p) => p.mc.name)]);
    for (const mc of m.columns) {
      if (dCols.has(mc.name) || taken.has(mc.name)) continue;
      const dc = d.columns.find((x) => !mCols.has(x.name) && !taken.has(x.name) && foldName(x.name) === foldName(mc.name));
      if (!dc) continue;
      taken.add(dc.name);
      renamedFrom.add(dc.name);
      x.renamedColumns.set(dc.name, mc.name);
      b.renameColumn.push({ kind: "alterColumn", table: ctx.name, ...schemaOpt, column: dc.name, newName: mc.name });
      pairs.push({ mc, dc });
    }
  }
  const renamedTo = new Set(pairs.map((p) => p.mc.name));
  const added: ColumnDefinition[] = [];
  for (const mc of m.columns) {
    if (renamedTo.has(mc.name)) continue;
    const dc = dCols.get(mc.name);
    if (dc && !renamedFrom.has(dc.name)) pairs.push({ mc, dc });
    else added.push(mc);
  }
  const dropped = d.columns.filter((dc) => !mCols.has(dc.name) && !renamedFrom.has(dc.name) && !(renamedTo.has(dc.name)));

  // Possible column renames: one dropped and one added column of the same type.
  for (const dc of dropped) {
    const dType = cmp.canonicalType(serialBase(dc.type) ?? dc.type, defaultSchema);
    const cands = added.filter((mc) => cmp.typesEqual(cmp.canonicalType(serialBase(mc.type) ?? mc.type, defaultSchema), dType, defaultSchema));
    if (cands.length !== 1) continue;
    const mc = cands[0]!;
    const back = dropped.filter((x) =>
      cmp.typesEqual(cmp.canonicalType(serialBase(x.type) ?? x.type, defaultSchema), cmp.canonicalType(serialBase(mc.type) ?? mc.type, defaultSchema), defaultSchema),
    );
    if (back.length !== 1) continue;
    possibleRenames.push({
      kind: "column",
      ...schemaOpt,
      table: ctx.name,
      from: dc.name,
      to: mc.name,
      operation: { kind: "alterColumn", table: ctx.name, ...schemaOpt, column: dc.name, newName: mc.name },
      renameKey: `${ctx.schema === defaultSchema ? "" : `${ctx.schema}.`}${ctx.name}.${dc.name}`,
    });
  }

  for (const mc of added) {
    const { unique: _u, references: _r, primaryKey: _p, ...column } = mc;
    const op: AddColumnOp = { kind: "addColumn", table: ctx.name, ...schemaOpt, column };
    b.addColumn.push(op);
    addedColumns.push(mc);
    const notNull = !modelNullable(mc, pkCols.has(mc.name));
    if (notNull && mc.default === undefined && mc.identity === undefined && mc.generated === undefined && !serialBase(mc.type)) {
      warnings.push(`adding NOT NULL column ${label}.${mc.name} without a default fails if the table has rows`);
    }
  }
  for (const dc of dropped) {
    b.dropColumn.push({
      kind: "dropColumn",
      table: ctx.name,
      ...schemaOpt,
      column: dc.name,
      original: dbColumnDefinition(dc, defaultSchema, d.primaryKey?.columns.includes(dc.name) ?? false),
    });
  }

  for (const { mc, dc } of pairs) {
    const col = mc.name;
    const where = `${label}.${col}`;
    // Generated columns: a different generation is a drop and an add (see generated.ts).
    const gen = generatedChange(mc, dc, where, (expression) =>
      resolver.enabled
        ? resolver.lookup(`generated|${d.schema}|${d.name}|${col}|${expression}`, () => ({ kind: "generated", table: tableRef(), type: serialBase(mc.type) ?? mc.type, expression }))
        : null,
      cmp,
    );
    if (gen?.unverified) resolver.unverify(gen.unverified, `generated|${d.schema}|${d.name}|${col}|${mc.generated?.expression ?? ""}`);
    if (gen?.replace) {
      const { unique: _u, references: _r, primaryKey: _p, ...column } = mc;
      const original = { ...dbColumnDefinition(dc, defaultSchema, d.primaryKey?.columns.includes(dc.name) ?? false), name: col };
      b.alter.push({ kind: "dropColumn", table: ctx.name, ...schemaOpt, column: col, original });
      b.alter.push({ kind: "addColumn", table: ctx.name, ...schemaOpt, column });
      x.replacedColumns.add(col);
      if (gen.warning) warnings.push(gen.warning);
      continue;
    }
    const changes: {
      type?: ColumnType;
      using?: ReturnType<typeof sql>;
      nullable?: boolean;
      default?: AlterColumnOp["default"];
      existingType?: ColumnType;
      existingNullable?: boolean;
      existingDefault?: AlterColumnOp["existingDefault"];
    } = {};
    const mSerial = serialBase(mc.type);
    const dSerial = serialBase(dc.type);
    const mBase = mSerial ?? mc.type;
    const dBase = dSerial ?? dc.type;
    let typeChanged = false;
    if (compareTypes) {
      const mt = cmp.canonicalType(mBase, defaultSchema);
      const dt = cmp.canonicalType(dBase, defaultSchema);
      if (!cmp.typesEqual(mt, dt, defaultSchema)) {
        let verdict: Verdict = "different";
        if (!cmp.exactTypes && (mt.kind === "raw" || dt.kind === "raw" || (mt.kind === "array" && mt.of.kind === "raw"))) {
          verdict = "unsure";
          const typeKey = `type|${d.schema}|${d.name}|${col}|${describeType(mBase)}`;
          if (resolver.enabled) {
            const r = resolver.lookup(typeKey, () => ({ kind: "type", table: tableRef(), type: mBase }));
            if (typeof r === "string") verdict = cmp.sameTypeText(r, dc.formatted) ? "same" : "different";
            else if (r === null) verdict = "unsure";
            else verdict = "same"; // first pass
          }
          if (verdict === "unsure") {
            if (resolver.results !== null || !resolver.enabled) resolver.unverify(`type of ${where} (${describeType(mBase)} vs ${dc.formatted})`, typeKey);
            verdict = "same";
          }
        }
        if (verdict === "different") {
          typeChanged = true;
          // Inline enums keep their values: they are the type.
          changes.type = cmp.inlineEnums ? mBase : presentType(mBase, defaultSchema);
          changes.existingType = cmp.inlineEnums ? dBase : presentType(dBase, defaultSchema);
          if (cmp.needsConversion(dt, mt)) changes.using = sql(cmp.conversionExpression(dc.name, changes.type));
        }
      }
      if (mSerial && !dSerial && dc.identity === null) {
        warnings.push(`${where}: the model declares ${mc.type.kind} but the database column has no sequence of its own; not changed (add one with op.execute)`);
      }
    }
    // Identity
    const mId = mc.identity === undefined ? null : identityOptions(mc.identity);
    if (mId || dc.identity) {
      if (!mId || !dc.identity) {
        warnings.push(`${where}: identity differs (model ${mId ? mId.generation : "none"}, database ${dc.identity ? dc.identity.generation : "none"}); change it with ${cmp.identityChange ?? 'op.execute("ALTER TABLE ... ALTER COLUMN ... ADD/DROP IDENTITY")'}`);
      } else if (
        mId.generation !== dc.identity.generation ||
        (mId.start !== undefined && BigInt(mId.start) !== dc.identity.start) ||
        (mId.increment !== undefined && BigInt(mId.increment) !== dc.identity.increment)
      ) {
        warnings.push(`${where}: identity options differ between the model and the database; change them with op.execute("ALTER TABLE ... ALTER COLUMN ... SET GENERATED ...")`);
      }
    }
    // Nullability
    const mNullable = modelNullable(mc, pkCols.has(col));
    const legacyKey = cmp.nullableKeyColumns === true && !mNullable && dc.nullable && pkCols.has(col) && (d.primaryKey?.columns.includes(dc.name) ?? false);
    if (legacyKey) {
      warnings.push(
        `${where}: the database's key column accepts NULL (declared without NOT NULL, which SQLite allows); a model can't say so, so it is not changed (add NOT NULL by hand with op.alterColumn if you want it)`,
      );
    } else if (mNullable !== dc.nullable) {
      changes.nullable = mNullable;
      if (!mNullable && mc.default === undefined && dc.default === null) {
        warnings.push(`${where}: setting NOT NULL fails if existing rows hold NULL (no default to fill them)`);
      }
    }
    // Server default
    if (compareDefaults && !mSerial && !dSerial && !mId && !dc.identity && dc.generated === null) {
      let verdict = cmp.compareDefault(mc.default, dc.default, dc.type);
      if (verdict === "unsure" && typeChanged) {
        const a = mc.default !== undefined && mc.default !== null && isSqlExpression(mc.default) ? cmp.normaliseExpression(mc.default.sql) : null;
        verdict = a !== null && dc.default !== null && a === cmp.normaliseExpression(dc.default) ? "same" : "different";
      }
      if (verdict === "unsure") {
        const defaultKey = `default|${d.schema}|${d.name}|${col}|${JSON.stringify(describeDefault(mc.default))}`;
        const r = resolver.enabled
          ? resolver.lookup(defaultKey, () => ({
              kind: "default",
              table: tableRef(),
              column: dc.name,
              type: dBase,
              value: mc.default ?? null,
            }))
          : null;
        if (typeof r === "string") verdict = r.trim() === (dc.default ?? "").trim() || cmp.sameExpression(r, dc.default ?? "") ? "same" : "different";
        else if (r === undefined) verdict = "same";
        else {
          resolver.unverify(`default of ${where} (${describeDefault(mc.default)} vs ${dc.default})`, defaultKey);
          verdict = "same";
        }
      }
      if (verdict === "different") {
        changes.default = mc.default === undefined ? null : mc.default;
        changes.existingDefault = dc.default === null ? null : sql(dc.default);
      }
    }
    // Dialect-only options (MySQL: ON UPDATE, charset, collation): a difference restates the column's type.
    const options = cmp.columnOptions?.(mc, dc, d);
    // (a new generation expression changed in place: the op's fields carry both expressions)
    if ((options?.differ || gen?.alter) && changes.type === undefined) {
      changes.type = cmp.inlineEnums ? mBase : presentType(mBase, defaultSchema);
      changes.existingType = cmp.inlineEnums ? dBase : presentType(dBase, defaultSchema);
    }
    // PostgreSQL stores an empty comment as no comment.
    const mComment = mc.comment ? mc.comment : null;
    const commentChanged = mComment !== dc.comment;
    const commentInAlter = commentChanged && cmp.commentsInColumn === true;
    if (changes.type !== undefined || changes.nullable !== undefined || changes.default !== undefined || commentInAlter) {
      const existingType = changes.existingType ?? (cmp.inlineEnums ? dBase : presentType(dBase, defaultSchema));
      const base = { kind: "alterColumn" as const, table: ctx.name, ...schemaOpt, column: col, ...(options?.fields ?? {}) };
      if (changes.using !== undefined && dc.default !== null) {
        // PostgreSQL converts the old default along with the column and fails when it cannot be cast:
        // drop the default, change the type, then set the new default.
        const oldDefault = sql(dc.default);
        const newDefault = changes.default === undefined ? (mc.default ?? null) : changes.default;
        b.alter.push({ ...base, default: null, existingType, existingNullable: dc.nullable, existingDefault: oldDefault });
        b.alter.push({
          ...base,
          type: changes.type!,
          using: changes.using,
          ...(changes.nullable === undefined ? {} : { nullable: changes.nullable }),
          existingType,
          existingNullable: dc.nullable,
        });
        if (newDefault !== null)
          b.alter.push({ ...base, default: newDefault, existingType: changes.type!, existingNullable: changes.nullable ?? dc.nullable, existingDefault: null });
      } else {
        const op: AlterColumnOp = {
          ...base,
          ...(changes.type === undefined ? {} : { type: changes.type }),
          ...(changes.using === undefined ? {} : { using: changes.using }),
          ...(changes.nullable === undefined ? {} : { nullable: changes.nullable }),
          ...(changes.default === undefined ? {} : { default: changes.default }),
          ...(commentInAlter ? { comment: mComment, existingComment: dc.comment } : {}),
          existingType,
          existingNullable: dc.nullable,
          ...(changes.existingDefault === undefined ? {} : { existingDefault: changes.existingDefault }),
        };
        b.alter.push(op);
      }
    }
    // Comment
    if (commentChanged && !commentInAlter) {
      b.alter.push({ kind: "setColumnComment", table: ctx.name, ...schemaOpt, column: col, comment: mComment, existingComment: dc.comment });
    }
  }
}

function columnKeyRenames(renames: Readonly<Record<string, string>>, ctx: TableCtx): Map<string, string> {
  const out = new Map<string, string>();
  for (const [from, to] of Object.entries(renames)) {
    const parts = from.split(".");
    let table: string | undefined;
    let schema: string | undefined;
    let column: string | undefined;
    if (parts.length === 2) [table, column] = parts;
    else if (parts.length === 3) [schema, table, column] = parts;
    else continue;
    if (schema !== undefined && schema !== ctx.schema) continue;
    if (table !== ctx.oldName && table !== ctx.name) continue;
    out.set(column!, to);
  }
  return out;
}

function describeDefault(v: unknown): string {
  if (v === undefined || v === null) return "none";
  if (isSqlExpression(v)) return `sql(${v.sql})`;
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}
