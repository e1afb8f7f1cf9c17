/** A parsed TypeName (`{ names, typmods, arrayBounds }`) as Athanor's ColumnType. */
import type { ColumnType } from "../../../schema/column-type.js";
import { list, obj, strings } from "./ast.js";

function mods(typeName: Record<string, unknown>): number[] {
  return list(typeName.typmods).map((m) => {
    const c = obj(m.A_Const);
    const ival = obj(c?.ival)?.ival;
    return typeof ival === "number" ? ival : Number.NaN;
  });
}

export function columnTypeOf(typeName: Record<string, unknown> | undefined): ColumnType {
  if (!typeName) return { kind: "raw", sql: "unknown" };
  const names = strings(typeName.names);
  const name = (names.at(-1) ?? "unknown").toLowerCase();
  const m = mods(typeName);
  let base: ColumnType;
  switch (name) {
    case "int4":
    case "int":
    case "integer":
      base = { kind: "integer" };
      break;
    case "int8":
    case "bigint":
      base = { kind: "bigint" };
      break;
    case "int2":
    case "smallint":
      base = { kind: "smallint" };
      break;
    case "serial":
    case "serial4":
      base = { kind: "serial" };
      break;
    case "bigserial":
    case "serial8":
      base = { kind: "bigserial" };
      break;
    case "smallserial":
    case "serial2":
      base = { kind: "smallserial" };
      break;
    case "json":
      base = { kind: "json" };
      break;
    case "jsonb":
      base = { kind: "jsonb" };
      break;
    case "timestamp":
      base = { kind: "timestamp" };
      break;
    case "timestamptz":
      base = { kind: "timestamptz" };
      break;
    case "text":
      base = { kind: "text" };
      break;
    case "varchar":
      base = m[0] === undefined || Number.isNaN(m[0]) ? { kind: "varchar" } : { kind: "varchar", length: m[0] };
      break;
    case "numeric":
      base =
        m[0] === undefined || Number.isNaN(m[0])
          ? { kind: "numeric" }
          : m[1] === undefined || Number.isNaN(m[1])
            ? { kind: "numeric", precision: m[0] }
            : { kind: "numeric", precision: m[0], scale: m[1] };
      break;
    case "bool":
      base = { kind: "boolean" };
      break;
    case "uuid":
      base = { kind: "uuid" };
      break;
    default:
      base = { kind: "raw", sql: names.join(".") };
  }
  return list(typeName.arrayBounds).length > 0 ? { kind: "array", of: base } : base;
}
