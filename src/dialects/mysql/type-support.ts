/**
 * Which column types MySQL/MariaDB store, and the alternative named when
 * one can't be (see ../unsupported.ts).
 */
import type { ColumnType } from "../../schema/column-type.js";
import { isPortableType, portableAlternative } from "../../schema/portable-type.js";
import type { TypeSupport } from "../unsupported.js";

export const MYSQL_DIALECT = "mysql";

export const mysqlTypeSupport: TypeSupport = (type: ColumnType) => {
  if (type.kind === "raw") return type.dialect === undefined || type.dialect === MYSQL_DIALECT ? null : portableAlternative(type).replace("t.* type", "t.* or mysql.* type");
  if (type.kind === "numeric" && type.precision === undefined)
    return "t.numeric(precision, scale): MySQL's DECIMAL without a precision is DECIMAL(10, 0) and would drop fractions";
  if (type.kind === "enum" && type.values !== undefined && type.values.length > 0 && type.schema !== undefined)
    return `t.enum(${JSON.stringify(type.name)}, [...values]) without a schema (MySQL writes an enum inline in its column)`;
  if (type.kind === "enum" && (type.values === undefined || type.values.length === 0))
    return `t.enum(${JSON.stringify(type.name)}, [...values]) with its values (MySQL has no named enum types; the ENUM is written inline in the column)`;
  if (type.kind === "enum") {
    const trailing = (type.values ?? []).find((v) => v.endsWith(" "));
    if (trailing !== undefined)
      return `labels without a trailing space (MySQL strips it from an ENUM label: ${JSON.stringify(trailing)} would be stored, and read back, as ${JSON.stringify(trailing.replace(/ +$/, ""))})`;
  }
  if (type.kind === "serial") return "t.integer() with identity (AUTO_INCREMENT)";
  if (type.kind === "bigserial") return "t.bigint() with identity (AUTO_INCREMENT)";
  if (type.kind === "smallserial") return "t.smallint() with identity (AUTO_INCREMENT)";
  return isPortableType(type) ? null : portableAlternative(type);
};
