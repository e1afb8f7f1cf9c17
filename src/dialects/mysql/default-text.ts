/**
 * Column defaults as `information_schema.COLUMNS` gives them, turned into
 * SQL text (what a `DEFAULT` clause would say), and compared with a model's
 * default.
 *
 * The servers disagree on COLUMN_DEFAULT:
 * - MariaDB 10.2.7+ quotes literal strings (`'abc'`), prints numbers bare,
 *   writes the string `NULL` for "DEFAULT NULL" (SQL NULL for no default),
 *   and expressions as text (`current_timestamp()`, `uuid()`).
 * - MySQL prints every literal bare (`abc`), marks expression defaults with
 *   `DEFAULT_GENERATED` in EXTRA (8.0.13+), and prefixes string literals
 *   inside expressions with their character set (`_utf8mb4\'x\'`).
 * `ON UPDATE CURRENT_TIMESTAMP` comes from EXTRA and is a column option
 * (`mysql: { onUpdateCurrentTimestamp: true }`); a model that writes it in
 * its default (`sql("CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP")`, as
 * Alembic users do) has it compared as the option.
 */
import { isSqlExpression } from "../../schema/sql-expression.js";
import type { ColumnType } from "../../schema/column-type.js";
import type { ColumnDefault } from "../../schema/value.js";
import type { Verdict } from "../../autogenerate/schema-comparator.js";
import { normaliseExpression } from "./expression.js";
import { isNumericTypeText, typeText } from "./type-text.js";

export interface CatalogDefault {
  readonly columnDefault: string | null;
  readonly extra: string;
  /** The column's canonical type text (see type-text.ts). */
  readonly typeText: string;
  readonly mariadb: boolean;
}

const quote = (s: string) => `'${s.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`;

/**
 * MySQL 8 prints expressions in the catalog (expression defaults,
 * generation expressions, CHECK clauses, functional key parts) with their
 * quotes backslash-escaped: `concat(_utf8mb4\\'a\\')` is `concat(_utf8mb4'a')`.
 */
export function unescapeCatalogText(text: string): string {
  return text.replace(/\\(.)/g, "$1");
}

/** Does EXTRA say ON UPDATE CURRENT_TIMESTAMP? */
export function hasOnUpdate(extra: string): boolean {
  return /\bon update current_timestamp\b/i.test(extra);
}

/** The SQL text of a column's default, or null for none (ON UPDATE is apart: hasOnUpdate). */
export function defaultSqlText(c: CatalogDefault): string | null {
  const d = c.columnDefault;
  if (d === null) return null;
  if (c.mariadb) return d === "NULL" ? null : d;
  if (/\bDEFAULT_GENERATED\b/i.test(c.extra)) return unescapeCatalogText(d);
  if (/^current_timestamp(\(\d*\))?$/i.test(d)) return d;
  if (isNumericTypeText(c.typeText) && /^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(d)) return d;
  if (/^b'[01]*'$/i.test(d)) return d;
  return quote(d);
}

/** `X ON UPDATE Y` split in two, or the text alone. */
export function splitOnUpdate(text: string): { base: string; onUpdate: string | null } {
  const m = /^([\s\S]*?)\s+on\s+update\s+([\s\S]+)$/i.exec(text.trim());
  return m ? { base: m[1]!, onUpdate: m[2]! } : { base: text, onUpdate: null };
}

/** A literal's value when the text is one literal: a string, a number (as text), or null (the NULL literal). */
function literalOf(text: string): { value: string | null } | undefined {
  const n = normaliseExpression(text);
  if (n === null) return undefined;
  if (n === "null") return { value: null };
  const str = /^'((?:[^']|'')*)'$/.exec(n);
  if (str) return { value: str[1]!.replace(/''/g, "'").replace(/\\\\/g, "\\") };
  if (/^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/.test(n)) return { value: n };
  return undefined;
}

function sameNumber(a: string, b: string): boolean {
  const norm = (s: string) => {
    if (!/^-?\d*\.?\d*$/.test(s)) return String(Number(s));
    let [i, f = ""] = s.replace(/^-/, "").split(".");
    i = i!.replace(/^0+(?=\d)/, "");
    f = f.replace(/0+$/, "");
    const sign = s.startsWith("-") && (i !== "0" || f !== "") ? "-" : "";
    return `${sign}${i || "0"}${f ? `.${f}` : ""}`;
  };
  return norm(a) === norm(b);
}

function pad(n: number, w = 2): string {
  return String(n).padStart(w, "0");
}

/** A date as MySQL prints it in a default (UTC, as the renderer writes Date values). */
function dateTexts(d: Date): string[] {
  const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  const ms = pad(d.getUTCMilliseconds(), 3);
  return [date, `${date} ${time}`, `${date} ${time}.${ms}`];
}

function sameDateText(model: string, db: string): boolean {
  const norm = (s: string) => s.replace("T", " ").replace(/Z$/, "").replace(/(\.\d*?)0+$/, "$1").replace(/\.$/, "");
  return norm(model) === norm(db);
}

/** The model's default against the catalog's text (see defaultSqlText). */
export function compareDefault(model: ColumnDefault | undefined, dbText: string | null, type: ColumnType): Verdict {
  const modelNone = model === undefined || model === null;
  if (dbText === null) {
    if (modelNone) return "same";
    if (isSqlExpression(model) && normaliseExpression(model.sql) === "null") return "same";
    return "different";
  }
  if (modelNone) return "different";
  const db = { base: dbText, onUpdate: null as string | null };
  if (isSqlExpression(model)) {
    const m = splitOnUpdate(model.sql);
    const mb = normaliseExpression(m.base);
    const dbb = normaliseExpression(db.base);
    if (mb === null || dbb === null) return m.base.trim() === db.base.trim() ? "same" : "unsure";
    if (mb === dbb) return "same";
    // MariaDB stores CURRENT_TIMESTAMP on a column with fractional seconds with the column's precision.
    const precision = "precision" in type && type.precision ? type.precision : 0;
    if (mb === "current_timestamp()" && dbb === `current_timestamp(${precision})`) return "same";
    // A literal written as SQL against the catalog's literal: compare the values.
    const ml = literalOf(m.base);
    const dl = literalOf(db.base);
    if (ml && dl)
      return literalsEqual(ml.value, dl.value, type) ? "same" : ml.value !== null && dl.value !== null && shownWithoutSupplementary(ml.value, dl.value) ? "unsure" : "different";
    return "different";
  }
  if (db.onUpdate !== null) return "different";
  const dl = literalOf(db.base);
  if (!dl) return "different";
  if (dl.value === null) return "different";
  const text = typeText(type);
  if (typeof model === "boolean") return sameNumber(model ? "1" : "0", dl.value) ? "same" : "different";
  if (typeof model === "number" || typeof model === "bigint") return sameNumber(String(model), dl.value) ? "same" : "different";
  if (model instanceof Date) return dateTexts(model).some((t) => sameDateText(t, dl.value!)) ? "same" : "different";
  if (typeof model === "string") return literalsEqual(model, dl.value, type) ? "same" : shownWithoutSupplementary(model, dl.value) ? "unsure" : "different";
  if (model instanceof Uint8Array) return Buffer.from(model).toString("latin1") === dl.value ? "same" : "unsure";
  if (typeof model === "object") {
    try {
      return JSON.stringify(JSON.parse(dl.value)) === JSON.stringify(model) ? "same" : "different";
    } catch {
      return text === "json" ? "different" : "unsure";
    }
  }
  return "unsure";
}

/**
 * The catalog's text is the model's text with each character beyond U+FFFF
 * (an emoji) shown as `?` (MariaDB: `????`, a `?` per byte, in a default kept
 * as expression text): information_schema and SHOW CREATE TABLE print
 * defaults in 3-byte utf8, though the column stores and fills in the
 * character itself. The text can't tell whether the default is the model's.
 */
function shownWithoutSupplementary(model: string, db: string): boolean {
  if (!/[\u{10000}-\u{10FFFF}]/u.test(model)) return false;
  const pattern = [...model].map((ch) => (ch.codePointAt(0)! > 0xffff ? "\\?(?:\\?\\?\\?)?" : ch.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))).join("");
  return new RegExp(`^${pattern}$`, "su").test(db);
}

function literalsEqual(model: string | null, db: string | null, type: ColumnType): boolean {
  if (model === null || db === null) return model === db;
  if (model === db) return true;
  const text = typeText(type);
  if (isNumericTypeText(text) || text === "tinyint(1)") {
    const m = model === "true" ? "1" : model === "false" ? "0" : model;
    return /^-?[\d.]+(e[+-]?\d+)?$/i.test(m) && sameNumber(m, db);
  }
  if (/^(datetime|timestamp|date|time)/.test(text)) return sameDateText(model, db);
  if (text === "json") {
    try {
      return JSON.stringify(JSON.parse(model)) === JSON.stringify(JSON.parse(db));
    } catch {
      return false;
    }
  }
  return false;
}
