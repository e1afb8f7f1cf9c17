/** Indexes of one table pair. */
import type { CreateIndexOp } from "../../operations/create-index.js";
import type { IndexCanon } from "../canonical-items.js";
import type { DbIndex } from "../schema-model.js";
import { afterRenames, type DiffContext } from "./diff-context.js";
import { byModelName, dbCreateIndexOp } from "./model-view.js";

/** Does the index key a column that is dropped and added again (by name, or inside an expression)? */
function keysReplacedColumn(x: DiffContext, ix: DbIndex): boolean {
  if (x.replacedColumns.size === 0) return false;
  return ix.elements.some((e) =>
    e.column !== null ? x.replacedColumns.has(e.column) : x.cmp.identifiersIn(e.expression).some((n) => x.replacedColumns.has(n)),
  );
}

/** The index as it reads after the table's column renames (the rename keeps it): its key columns renamed. */
function renamedView(x: DiffContext, ix: DbIndex): DbIndex {
  if (x.renamedColumns.size === 0 || !ix.elements.some((e) => e.column !== null && x.renamedColumns.has(e.column))) return ix;
  const prefixes = ix.mysql?.prefixLengths;
  return {
    ...ix,
    elements: ix.elements.map((e) => (e.column !== null && x.renamedColumns.has(e.column) ? { ...e, column: x.renamedColumns.get(e.column) as string } : e)),
    include: afterRenames(x, ix.include),
    ...(prefixes ? { mysql: { ...ix.mysql, prefixLengths: Object.fromEntries(Object.entries(prefixes).map(([c, n]) => [x.renamedColumns.get(c) ?? c, n])) } } : {}),
  };
}

/**
 * Indexes: matched by name, compared by definition (unsure ones settled on the server). An index on a column that
 * is dropped and added again is dropped first and created again after the add (the column's drop would take it).
 */
export function diffIndexes(x: DiffContext): void {
  const { cmp, table: ctx, resolver, b, warnings, label, schemaOpt, dropOld, tableRef } = x;
  const { m, d } = ctx;
  const dIx = new Map(d.indexes.map((i) => [i.name, i]));
  const keep = new Set<DbIndex>();
  for (const ix of m.indexes) {
    const di = byModelName(dIx, ix.name, m);
    const create = (): CreateIndexOp => ({ kind: "createIndex", ...ix, table: ctx.name, ...schemaOpt });
    if (!di) {
      b.createOther.push(create());
      continue;
    }
    let v = cmp.compareIndex(ix, renamedView(x, di));
    if (v === "unsure") {
      const indexKey = `index|${d.schema}|${d.name}|${ix.name}|${JSON.stringify(ix)}`;
      const r = resolver.enabled ? resolver.lookup(indexKey, () => ({ kind: "index", table: tableRef(), index: ix })) : null;
      if (r === undefined) v = "same";
      else if (r !== null && typeof r === "object") {
        v = (ix.unique ?? false) === di.unique && cmp.sameIndexDefinition(r as IndexCanon, di) ? "same" : "different";
      } else {
        resolver.unverify(`index ${label}.${ix.name}`, indexKey);
        v = "same";
      }
    }
    if (v === "same" && !keysReplacedColumn(x, di)) {
      keep.add(di);
      if (!di.valid) warnings.push(`index ${ix.name} on ${label} is INVALID in the database (a failed CREATE INDEX CONCURRENTLY?); drop and re-create it`);
      continue;
    }
    b.createOther.push(create());
  }
  for (const di of d.indexes) {
    if (keep.has(di) || di.implicit) continue;
    dropOld({ kind: "dropIndex", name: di.name, table: ctx.oldName, ...schemaOpt, original: dbCreateIndexOp(di, ctx.oldName, ctx.opSchema) });
  }
}
