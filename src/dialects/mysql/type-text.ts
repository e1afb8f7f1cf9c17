/**
 * MySQL/MariaDB column types for autogenerate, in both directions:
 * `information_schema.COLUMNS.COLUMN_TYPE` read into the schema vocabulary
 * (`int(11)` is `t.integer()`, `tinyint(1)` is `t.boolean()`, `datetime(3)`
 * is `t.timestamp(3)`), and any type brought to one canonical text as the
 * server keeps it, for comparison (display widths dropped, as MySQL 8.0.19+
 * does; synonyms merged: `integer` is `int`, `bool` is `tinyint(1)`,
 * `numeric` is `decimal(10,0)`).
 *
 * The portable types map as the MySQL renderer writes them: integer INT,
 * smallint SMALLINT, bigint BIGINT, boolean TINYINT(1), text TEXT,
 * numeric DECIMAL(p,s), real FLOAT, double DOUBLE, timestamp DATETIME(p),
 * timestamptz TIMESTAMP(p), uuid CHAR(36), json JSON (MariaDB: LONGTEXT
 * with a json_valid CHECK), binary LONGBLOB, an enum with its values
 * ENUM('a', ...). Other MySQL types are raw type text tagged "mysql".
 */
import type { ColumnType } from "../../schema/column-type.js";
import { unescapeMysqlString } from "./string-escape.js";

const INT_KINDS = new Map<string, "smallint" | "integer" | "bigint">([
  ["smallint", "smallint"],
  ["int", "integer"],
  ["bigint", "bigint"],
]);

const SYNONYMS = new Map<string, string>([
  ["integer", "int"],
  ["int4", "int"],
  ["int8", "bigint"],
  ["int2", "smallint"],
  ["int1", "tinyint"],
  ["int3", "mediumint"],
  ["middleint", "mediumint"],
  ["dec", "decimal"],
  ["numeric", "decimal"],
  ["fixed", "decimal"],
  ["real", "double"],
  ["double precision", "double"],
  ["float8", "double"],
  ["float4", "float"],
  ["character", "char"],
  ["character varying", "varchar"],
  ["long varchar", "mediumtext"],
  ["long", "mediumtext"],
  ["long varbinary", "mediumblob"],
  ["bool", "tinyint(1)"],
  ["boolean", "tinyint(1)"],
  ["national char", "char"],
  ["nchar", "char"],
  ["national varchar", "varchar"],
  ["nvarchar", "varchar"],
]);

/** Lower-cases a type text outside its quoted values and folds whitespace. */
function lowerOutsideQuotes(text: string): string {
  let out = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "'") {
      if (quoted && text[i + 1] === "'") {
        out += "''";
        i++;
        continue;
      }
      quoted = !quoted;
      out += c;
      continue;
    }
    out += quoted ? c : c.toLowerCase();
  }
  return out;
}

/** Splits `enum('a','b''c')` values. */
export function parseQuotedList(inner: string): string[] {
  const out: string[] = [];
  const re = /'((?:[^'\\]|''|\\.)*)'/g;
  for (let m = re.exec(inner); m !== null; m = re.exec(inner)) out.push(unescapeMysqlString(m[1]!));
  return out;
}

function quoteValues(values: readonly string[]): string {
  return values.map((v) => `'${v.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`).join(",");
}

/**
 * A MySQL type text in the one canonical form both servers' catalogs can be
 * brought to: lower case, no display widths on integers (except
 * `tinyint(1)`), no `year(4)`, `decimal` with its implicit `(10,0)`,
 * `char`/`binary` with their implicit `(1)`, fractional-second precision 0 written as none, `character set`/`collate`
 * clauses dropped (collations are not compared).
 */
export function canonicalTypeText(text: string): string {
  let s = lowerOutsideQuotes(text.trim()).replace(/\s+/g, " ");
  s = s.replace(/ (character set|charset|collate) [a-z0-9_]+/g, "");
  s = s.replace(/ zerofill/g, "").replace(/ signed/g, "");
  const head = /^([a-z ]+?)(?=\(| unsigned|$)/.exec(s)?.[1] ?? s;
  const syn = SYNONYMS.get(head.trim());
  if (syn) s = syn.includes("(") ? syn + s.slice(head.length).replace(/^\(\d+\)/, "") : syn + s.slice(head.length);
  // Display widths.
  const int = /^(tinyint|smallint|mediumint|int|bigint)(?:\((\d+)\))?(.*)$/.exec(s);
  if (int) {
    if (int[1] === "tinyint" && int[2] === "1" && !int[3]!.includes("unsigned")) return "tinyint(1)";
    return `${int[1]}${int[3]}`;
  }
  if (/^year(\(4\))?$/.test(s)) return "year";
  if (/^bit$/.test(s)) return "bit(1)";
  // CHAR and BINARY without a length are one character/byte: the catalog says char(1), binary(1) (drizzle's
  // `char()` and `binary()` without a length write them bare).
  if (/^(char|binary)$/.test(s)) return `${s}(1)`;
  const dec = /^decimal(?:\((\d+)(?:,\s*(\d+))?\))?(.*)$/.exec(s);
  if (dec) return `decimal(${dec[1] ?? 10},${dec[2] ?? 0})${dec[3]}`;
  const fl = /^float\((\d+)\)(.*)$/.exec(s);
  if (fl) return `${Number(fl[1]) <= 24 ? "float" : "double"}${fl[2]}`;
  const prec = /^(datetime|timestamp|time)\((\d)\)$/.exec(s);
  if (prec) return prec[2] === "0" ? prec[1]! : s;
  const en = /^(enum|set)\((.*)\)$/.exec(s);
  if (en) return `${en[1]}(${quoteValues(parseQuotedList(en[2]!))})`;
  return s.replace(/\s*,\s*/g, ",");
}

/** The canonical MySQL type text of a schema type (see canonicalTypeText). */
export function typeText(type: ColumnType): string {
  switch (type.kind) {
    case "smallint":
    case "smallserial":
      return "smallint";
    case "integer":
    case "serial":
      return "int";
    case "bigint":
    case "bigserial":
      return "bigint";
    case "boolean":
      return "tinyint(1)";
    case "text":
      return "text";
    case "varchar":
      return type.length === undefined ? "varchar" : `varchar(${type.length})`;
    case "char":
      return `char(${type.length ?? 1})`;
    case "numeric":
      return `decimal(${type.precision ?? 10},${type.scale ?? 0})`;
    case "real":
      return "float";
    case "double":
      return "double";
    case "date":
      return "date";
    case "time":
      return type.precision ? `time(${type.precision})` : "time";
    case "timestamp":
      return type.precision ? `datetime(${type.precision})` : "datetime";
    case "timestamptz":
      return type.precision ? `timestamp(${type.precision})` : "timestamp";
    case "uuid":
      return "char(36)";
    case "json":
    case "jsonb":
      return "json";
    case "bytea":
      return "longblob";
    case "enum":
      return type.values === undefined ? `enum ${type.name}` : `enum(${quoteValues(type.values)})`;
    case "raw":
      return canonicalTypeText(type.sql);
    default:
      return type.kind;
  }
}

/**
 * A column's type as the catalog gives it, in the schema vocabulary. `json`
 * is decided by the caller (MariaDB keeps JSON as LONGTEXT).
 */
export function typeFromCatalog(columnType: string, column?: string): ColumnType {
  // ZEROFILL pads values to the display width: both are kept in what is read, so that a createTable made from the
  // database (a dropped table's downgrade) has them; comparisons leave them out (canonicalTypeText), as ever
  const zerofill = /^\s*(tinyint|smallint|mediumint|int|bigint)\s*(\(\d+\))?[^(]*\bzerofill\b/i.exec(columnType);
  if (zerofill) return { kind: "raw", sql: `${zerofill[1]!.toLowerCase()}${zerofill[2] ?? ""} unsigned zerofill`, dialect: "mysql" };
  const s = canonicalTypeText(columnType);
  // an inline ENUM is the portable enum, named after its column (MySQL's enums have no name of their own)
  const en = column === undefined ? null : /^enum\((.*)\)$/.exec(s);
  if (en && column !== undefined) return { kind: "enum", name: column, values: parseQuotedList(en[1]!) };
  const raw = (): ColumnType => ({ kind: "raw", sql: s, dialect: "mysql" });
  const intKind = INT_KINDS.get(s);
  if (intKind) return { kind: intKind };
  if (s === "tinyint(1)") return { kind: "boolean" };
  if (s === "text") return { kind: "text" };
  if (s === "json") return { kind: "json" };
  if (s === "longblob") return { kind: "bytea" };
  if (s === "date") return { kind: "date" };
  if (s === "float") return { kind: "real" };
  if (s === "double") return { kind: "double" };
  if (s === "uuid") return { kind: "uuid" };
  let m = /^(varchar|char)\((\d+)\)$/.exec(s);
  if (m) return { kind: m[1] as "varchar" | "char", length: Number(m[2]) };
  m = /^decimal\((\d+),(\d+)\)$/.exec(s);
  if (m) return { kind: "numeric", precision: Number(m[1]), scale: Number(m[2]) };
  m = /^(datetime|timestamp|time)(?:\((\d)\))?$/.exec(s);
  if (m) {
    const kind = m[1] === "datetime" ? "timestamp" : m[1] === "timestamp" ? "timestamptz" : "time";
    return m[2] === undefined ? { kind } : { kind, precision: Number(m[2]) };
  }
  return raw();
}

/** Types whose default MySQL prints without quotes (numbers). */
export function isNumericTypeText(text: string): boolean {
  return /^(tinyint|smallint|mediumint|int|bigint|decimal|float|double|bit|year)\b/.test(text);
}
