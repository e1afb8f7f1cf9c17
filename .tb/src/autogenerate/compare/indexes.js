import { byModelName, dbCreateIndexOp } from "./model-view.js";
/** Indexes: matched by name, compared by definition (unsure ones settled on the server). */
export function diffIndexes(x) {
    const { cmp, table: ctx, resolver, b, warnings, label, schemaOpt, dropOld, tableRef } = x;
    const { m, d } = ctx;
    const dIx = new Map(d.indexes.map((i) => [i.name, i]));
    const keep = new Set();
    for (const ix of m.indexes) {
        const di = byModelName(dIx, ix.name, m);
        const create = () => ({ kind: "createIndex", ...ix, table: ctx.name, ...schemaOpt });
        if (!di) {
            b.createOther.push(create());
            continue;
        }
        let v = cmp.compareIndex(ix, di);
        if (v === "unsure") {
            const indexKey = `index|${d.schema}|${d.name}|${ix.name}|${JSON.stringify(ix)}`;
            const r = resolver.enabled ? resolver.lookup(indexKey, () => ({ kind: "index", table: tableRef(), index: ix })) : null;
            if (r === undefined)
                v = "same";
            else if (r !== null && typeof r === "object") {
                v = (ix.unique ?? false) === di.unique && cmp.sameIndexDefinition(r, di) ? "same" : "different";
            }
            else {
                resolver.unverify(`index ${label}.${ix.name}`, indexKey);
                v = "same";
            }
        }
        if (v === "same") {
            keep.add(di);
            if (!di.valid)
                warnings.push(`index ${ix.name} on ${label} is INVALID in the database (a failed CREATE INDEX CONCURRENTLY?); drop and re-create it`);
            continue;
        }
        b.createOther.push(create());
    }
    for (const di of d.indexes) {
        if (keep.has(di))
            continue;
        dropOld({ kind: "dropIndex", name: di.name, table: ctx.oldName, ...schemaOpt, original: dbCreateIndexOp(di, ctx.oldName, ctx.opSchema) });
    }
}
