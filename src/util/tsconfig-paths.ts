/**
 * TypeScript `paths` and `baseUrl` of the nearest tsconfig.json, as import
 * aliases for the module loader (jiti's `alias`: prefix -> folder), so that
 * model files written for the project's compiler (`import { users } from
 * "@/db/users"`) load as they do in the project.
 *
 * tsconfig.json is read as TypeScript reads it: comments and trailing commas
 * allowed, `extends` followed (relative files and packages, one or a list),
 * `paths` resolved against `baseUrl` when set, else against the folder of
 * the tsconfig that declares them, `${configDir}` replaced by the folder of
 * the tsconfig found.
 *
 * jiti's aliases are prefixes, so `"@/*": ["./src/*"]` becomes
 * `"@/" -> "<dir>/src/"`; a pattern is used with its first target only, and a
 * catch-all (`"*"`) or `baseUrl` becomes one alias per entry of its folder.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { AthanorError } from "../errors.js";

interface CompilerPaths {
  /** Absolute baseUrl, if one of the configs sets it. */
  baseUrl?: string;
  paths?: Record<string, string[]>;
  /** The folder `paths` are relative to when there is no baseUrl. */
  pathsDir?: string;
}

/** The nearest tsconfig.json at or above `dir`, or null. */
export function findTsconfig(dir: string): string | null {
  let at = resolve(dir);
  for (;;) {
    const file = join(at, "tsconfig.json");
    if (existsSync(file) && statSync(file).isFile()) return file;
    const up = dirname(at);
    if (up === at) return null;
    at = up;
  }
}

/** JSON with comments and trailing commas (tsconfig's dialect). */
export function parseJsonc(text: string, file: string): unknown {
  let out = "";
  let i = 0;
  const n = text.length;
  while (i < n) {
    const ch = text[i]!;
    if (ch === '"') {
      let j = i + 1;
      while (j < n && text[j] !== '"') j += text[j] === "\\" ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
    } else if (ch === "/" && text[i + 1] === "/") {
      while (i < n && text[i] !== "\n") i++;
    } else if (ch === "/" && text[i + 1] === "*") {
      const end = text.indexOf("*/", i + 2);
      i = end < 0 ? n : end + 2;
      out += " ";
    } else {
      out += ch;
      i++;
    }
  }
  // Trailing commas: a comma followed (after whitespace) by } or ]. Strings were copied verbatim, so
  // look only outside them by splitting on string literals again.
  const cleaned = out.replace(/"(?:[^"\\]|\\.)*"|,(\s*[}\]])/g, (m, tail: string | undefined) => (tail === undefined ? m : tail));
  try {
    return JSON.parse(cleaned.replace(/^\uFEFF/, ""));
  } catch (e) {
    throw new AthanorError("MODELS.LOAD_FAILED", `could not read ${file} (for its "paths"): ${(e as Error).message}`);
  }
}

/**
 * The file an `extends` names. A package that isn't installed gives null:
 * shared bases such as `@tsconfig/node20` are devDependencies, absent from a
 * production install (`npm ci --omit=dev`) where the models still load, and
 * they hold compiler options, not `paths`.
 */
function resolveExtends(spec: string, fromFile: string): string | null {
  const dir = dirname(fromFile);
  if (spec.startsWith(".") || isAbsolute(spec)) {
    const p = resolve(dir, spec);
    if (existsSync(p) && statSync(p).isFile()) return p;
    if (existsSync(`${p}.json`)) return `${p}.json`;
    if (existsSync(join(p, "tsconfig.json"))) return join(p, "tsconfig.json");
    throw new AthanorError("MODELS.LOAD_FAILED", `${fromFile}: "extends": ${JSON.stringify(spec)} names no file`);
  }
  const req = createRequire(fromFile);
  for (const candidate of [spec, `${spec}.json`, `${spec}/tsconfig.json`]) {
    try {
      return req.resolve(candidate);
    } catch {
      // next form
    }
  }
  return null;
}

function readPaths(file: string, configDir: string, seen: Set<string>): CompilerPaths {
  if (seen.has(file)) throw new AthanorError("MODELS.LOAD_FAILED", `${file}: "extends" loops back to itself`);
  seen.add(file);
  const json = parseJsonc(readFileSync(file, "utf8"), file) as { extends?: unknown; compilerOptions?: Record<string, unknown> } | null;
  const dir = dirname(file);
  let result: CompilerPaths = {};
  const parents = json?.extends === undefined ? [] : Array.isArray(json.extends) ? json.extends : [json.extends];
  for (const parent of parents) {
    if (typeof parent !== "string") continue;
    const parentFile = resolveExtends(parent, file);
    if (parentFile === null) continue;
    const inherited = readPaths(parentFile, configDir, seen);
    result = { ...result, ...inherited };
  }
  const options = json?.compilerOptions ?? {};
  const expand = (p: string) => resolve(dir, p.replace(/\$\{configDir\}/g, configDir));
  if (typeof options.baseUrl === "string") result.baseUrl = expand(options.baseUrl);
  if (options.paths !== undefined && typeof options.paths === "object" && options.paths !== null) {
    const paths: Record<string, string[]> = {};
    for (const [k, v] of Object.entries(options.paths as Record<string, unknown>)) {
      if (Array.isArray(v)) paths[k] = v.filter((x): x is string => typeof x === "string").map((x) => x.replace(/\$\{configDir\}/g, configDir));
    }
    result.paths = paths;
    result.pathsDir = dir;
  }
  return result;
}

const SOURCE_EXT = /\.(c|m)?(t|j)sx?$/;

/** One alias per entry of `dir` (files without their extension, folders with and without `/`). */
function entriesOf(dir: string, into: Record<string, string>): void {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return;
  }
  for (const e of entries) {
    if (e.startsWith(".") || e === "node_modules") continue;
    const p = join(dir, e);
    if (statSync(p).isDirectory()) {
      into[`${e}/`] ??= `${p}/`;
      into[e] ??= p;
    } else if (SOURCE_EXT.test(e) && !/\.d\.(c|m)?ts$/.test(e)) into[e.replace(SOURCE_EXT, "")] ??= p;
  }
}

/** The aliases the nearest tsconfig.json above `dir` declares (empty without one). */
export function tsconfigAliases(dir: string): { file: string | null; alias: Record<string, string> } {
  const file = findTsconfig(dir);
  if (file === null) return { file, alias: {} };
  const cfg = readPaths(file, dirname(file), new Set());
  const alias: Record<string, string> = {};
  const base = cfg.baseUrl ?? cfg.pathsDir ?? dirname(file);
  for (const [pattern, targets] of Object.entries(cfg.paths ?? {})) {
    const target = targets[0];
    if (target === undefined) continue;
    const star = pattern.indexOf("*");
    if (star < 0) {
      alias[pattern] = resolve(base, target);
      continue;
    }
    if (star !== pattern.length - 1 || target.indexOf("*") !== target.length - 1) continue; // a prefix map cannot say it
    const prefix = pattern.slice(0, -1);
    const folder = resolve(base, target.slice(0, -1));
    if (prefix === "") entriesOf(folder, alias);
    else alias[prefix] = prefix.endsWith("/") ? `${folder}/` : folder;
  }
  if (cfg.baseUrl !== undefined) entriesOf(cfg.baseUrl, alias);
  return { file, alias };
}
