/**
 * A database table that accepts only some type names (SQLite's STRICT tables) holds the model's columns under the
 * dialect's nearest accepted type: those are compared with the database and written in the operations, so that
 * a revision doesn't fail on a type the table refuses, and `check` doesn't find the same change again.
 */
import type { ColumnDefinition } from "../../schema/column.js";
import type { SchemaComparator } from "../schema-comparator.js";
import { describeType } from "../types.js";
import type { TableCtx } from "./diff-context.js";

/** The pair with the model's column types fitted to the database table's accepted types, with a warning for each one an operation will write. */
export function fitAcceptedTypes(pair: TableCtx, cmp: SchemaComparator, defaultSchema: string, warnings: string[]): TableCtx {
  const accepted = pair.d.acceptedTypes;
  if (accepted === undefined || cmp.typeWithin === undefined) return pair;
  const typeWithin = cmp.typeWithin.bind(cmp);
  let changed = false;
  const fit = (c: ColumnDefinition, warn: boolean): ColumnDefinition => {
    const type = typeWithin(c.type, accepted);
    if (type === null) return c;
    changed = true;
    if (!warn) return { ...c, type };
    const db = pair.d.columns.find((x) => x.name === c.name);
    const same = db !== undefined && cmp.typesEqual(cmp.canonicalType(type, defaultSchema), cmp.canonicalType(db.type, defaultSchema), defaultSchema);
    if (!same) {
      warnings.push(
        `${pair.name}.${c.name}: table ${pair.name} accepts only the types ${accepted.join(", ")}; the model's ${describeType(c.type)} is written as ${describeType(type)}`,
      );
    }
    return { ...c, type };
  };
  const columns = pair.m.columns.map((c) => fit(c, true));
  if (!changed) return pair;
  const defColumns = pair.m.def.columns.map((c) => fit(c, false));
  return { ...pair, m: { ...pair.m, columns, def: { ...pair.m.def, columns: defColumns } } };
}
