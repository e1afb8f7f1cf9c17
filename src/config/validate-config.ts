/**
 * Checks a loaded config object: unknown keys and wrong types are errors that
 * name the key and the file.
 */
import { AthanorError } from "../errors.js";
import { closestOf } from "../util/edit-distance.js";

type Check = (v: unknown) => boolean;
const str: Check = (v) => typeof v === "string";
const optStr: Check = (v) => v === undefined || typeof v === "string";
const bool: Check = (v) => typeof v === "boolean";
const posInt: Check = (v) => typeof v === "number" && Number.isInteger(v) && v >= 0;
const fn: Check = (v) => typeof v === "function";
const strList: Check = (v) => Array.isArray(v) && v.every((x) => typeof x === "string");
const strOrList: Check = (v) => str(v) || strList(v);
const numOrStr: Check = (v) => (typeof v === "number" && v >= 0) || typeof v === "string";
const oneOf =
  (...values: string[]): Check =>
  (v) =>
    typeof v === "string" && values.includes(v);
const testSettings: Check = (v) =>
  typeof v === "object" &&
  v !== null &&
  !Array.isArray(v) &&
  Object.entries(v).every(([k, x]) => k === "heads" && (x === undefined || (posInt(x) && (x as number) >= 1)));
const hookList: Check = (v) =>
  Array.isArray(v) &&
  v.every(
    (h) =>
      typeof h === "string" ||
      (typeof h === "object" &&
        h !== null &&
        typeof (h as { command?: unknown }).command === "string" &&
        optStr((h as { cwd?: unknown }).cwd)),
  );

const SEVERITIES = ["error", "warning", "off"];
const lintSettings: Check = (v) => {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  for (const [k, rules] of Object.entries(v)) {
    if (k !== "rules") return false;
    if (rules === undefined) continue;
    if (typeof rules !== "object" || rules === null || Array.isArray(rules)) return false;
    if (!Object.values(rules).every((s) => typeof s === "string" && SEVERITIES.includes(s))) return false;
  }
  return true;
};

const SCHEMA: Record<string, [Check, string]> = {
  url: [optStr, "a string"],
  defaultUrl: [optStr, "a string"],
  scriptLocation: [str, "a string"],
  versionLocations: [strList, "an array of strings"],
  recursiveVersionLocations: [bool, "a boolean"],
  fileTemplate: [str, "a string"],
  timezone: [str, "a string (an IANA time zone such as UTC or Europe/Paris)"],
  truncateSlugLength: [posInt, "a whole number"],
  versionTable: [str, "a string"],
  versionTableSchema: [(v) => v === null || str(v), "a string or null"],
  postWriteHooks: [hookList, 'an array of commands (strings or { command, cwd })'],
  revisionExtension: [oneOf("ts", "mts", "js", "mjs"), '"ts", "mts", "js" or "mjs"'],
  transactionMode: [oneOf("per-migration", "per-run"), '"per-migration" or "per-run"'],
  lockTimeout: [numOrStr, "milliseconds or an interval string"],
  statementTimeout: [numOrStr, "milliseconds or an interval string"],
  idleInTransactionTimeout: [numOrStr, "milliseconds or an interval string"],
  searchPath: [strOrList, "a string or an array of strings"],
  lockWaitTimeout: [posInt, "milliseconds (a whole number)"],
  migrationLock: [bool, "a boolean"],
  onConnect: [fn, "a function"],
  models: [strOrList, "a module path, a glob, or an array of them"],
  includeSchemas: [strList, "an array of schema names"],
  include: [fn, "a function"],
  compareType: [bool, "a boolean"],
  compareServerDefault: [bool, "a boolean"],
  casing: [oneOf("snake_case", "camelCase"), '"snake_case" or "camelCase" (drizzle\'s casing option)'],
  baseline: [str, "a revision id"],
  freshDatabase: [oneOf("migrate", "models"), '"migrate" or "models"'],
  onUnversionedDatabase: [oneOf("refuse", "baseline", "proceed"), '"refuse", "baseline" or "proceed"'],
  test: [testSettings, "an object such as { heads: 1 } (heads: a whole number, at least 1)"],
  lint: [lintSettings, '{ rules: { "<rule-id>": "error" | "warning" | "off" } }'],
};

export const KNOWN_SETTINGS: readonly string[] = Object.keys(SCHEMA);

export function validateConfig(raw: unknown, file: string): Record<string, unknown> {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    throw new AthanorError(
      "CONFIG.INVALID",
      `${file}: the config must export an object (export default defineConfig({ ... }))`,
    );
  }
  const obj = raw as Record<string, unknown>;
  for (const [key, value] of Object.entries(obj)) {
    const rule = SCHEMA[key];
    if (!rule) {
      const near =
        KNOWN_SETTINGS.find((k) => k.toLowerCase() === key.toLowerCase().replace(/_/g, "")) ?? closestOf(key, KNOWN_SETTINGS);
      throw new AthanorError(
        "CONFIG.UNKNOWN_KEY",
        `${file}: unknown setting '${key}'${near ? ` (did you mean '${near}'?)` : ""}`,
      );
    }
    if (value === undefined) continue;
    if (!rule[0](value)) {
      throw new AthanorError("CONFIG.INVALID", `${file}: setting '${key}' must be ${rule[1]}, got ${describe(value)}`);
    }
  }
  checkVersionTableNames(obj, file);
  return obj;
}

/**
 * `versionTable` and `versionTableSchema` become identifiers, so they are
 * checked here, before any connection: not empty and no NUL. Their length
 * depends on the database: see src/config/version-table-names.ts.
 */
function checkVersionTableNames(obj: Record<string, unknown>, file: string): void {
  for (const key of ["versionTable", "versionTableSchema"]) {
    const value = obj[key];
    if (typeof value !== "string") continue;
    const fail = (problem: string) => new AthanorError("CONFIG.INVALID", `${file}: setting '${key}' ${problem}`);
    if (value === "") throw fail(key === "versionTableSchema" ? "must not be empty (use null for the search path's schema)" : "must not be empty");
    if (value.includes("\u0000")) throw fail("must not contain a NUL character");
  }
}

export function describe(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) {
    let json: string | undefined;
    try {
      json = JSON.stringify(v);
    } catch {
      json = undefined;
    }
    return json === undefined ? "an array" : `${json.length > 80 ? `${json.slice(0, 77)}...` : json}`;
  }
  if (typeof v === "string") return JSON.stringify(v);
  if (typeof v === "number" || typeof v === "boolean") return `${typeof v} ${String(v)}`;
  return typeof v;
}
