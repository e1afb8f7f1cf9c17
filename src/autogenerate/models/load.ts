/**
 * `loadModels(config)`: imports every module (or glob) listed in the `models`
 * setting and collects their tables. Finding no table is an error that lists
 * what was loaded, never an empty migration (Alembic's "models not imported,
 * autogenerate saw nothing").
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { registeredDialects } from "../../dialects/registry.js";
import { AthanorError } from "../../errors.js";
import { loadModule } from "../../util/load-module.js";
import { tsconfigAliases } from "../../util/tsconfig-paths.js";
import { type CollectOptions, collectModels, type ModelSet } from "./collect.js";
import { drizzleCasingHint } from "./drizzle-config-hint.js";
import { type DrizzleTableReader, loadDrizzleReaders } from "./drizzle-readers.js";

export interface LoadModelsConfig {
  readonly projectDir: string;
  readonly raw: {
    readonly models?: string | readonly string[] | undefined;
    /** Drizzle's casing for columns declared without a name. */
    readonly casing?: "snake_case" | "camelCase" | undefined;
  };
}

const MODULE_EXT = /\.(c|m)?(t|j)sx?$/;

function isGlob(p: string): boolean {
  return /[*?{[]/.test(p);
}

function segmentRegex(segment: string): RegExp {
  let re = "";
  for (let i = 0; i < segment.length; i++) {
    const ch = segment[i]!;
    if (ch === "*") re += "[^/]*";
    else if (ch === "?") re += "[^/]";
    else if (ch === "{") {
      const end = segment.indexOf("}", i);
      if (end < 0) {
        re += "\\{";
        continue;
      }
      re += `(?:${segment
        .slice(i + 1, end)
        .split(",")
        .map((alt) => alt.replace(/[.+^$()|[\]\\]/g, "\\$&").replace(/\*/g, "[^/]*"))
        .join("|")})`;
      i = end;
    } else re += ch.replace(/[.+^$()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${re}$`);
}

/** Expands a glob (`*`, `?`, `**`, `{a,b}`) under `base`; skips node_modules and dot folders. */
export function expandGlob(pattern: string, base: string): string[] {
  const abs = isAbsolute(pattern) ? pattern : join(base, pattern);
  const parts = abs.split(/[\\/]+/);
  const firstGlob = parts.findIndex(isGlob);
  const root = parts.slice(0, firstGlob).join(sep) || sep;
  const segs = parts.slice(firstGlob);
  const out: string[] = [];
  const walk = (dir: string, i: number) => {
    if (i === segs.length) return;
    const seg = segs[i]!;
    let entries: string[];
    try {
      entries = readdirSync(dir);
    } catch {
      return;
    }
    if (seg === "**") {
      walk(dir, i + 1);
      for (const e of entries) {
        if (e.startsWith(".") || e === "node_modules") continue;
        const p = join(dir, e);
        if (statSync(p).isDirectory()) walk(p, i);
      }
      if (i + 1 === segs.length) for (const e of entries) if (statSync(join(dir, e)).isFile()) out.push(join(dir, e));
      return;
    }
    const re = segmentRegex(seg);
    for (const e of entries.sort()) {
      if (!re.test(e)) continue;
      const p = join(dir, e);
      const st = statSync(p);
      if (i === segs.length - 1) {
        if (st.isFile()) out.push(p);
      } else if (st.isDirectory()) walk(p, i + 1);
    }
  };
  walk(root, 0);
  return [...new Set(out)].filter((f) => MODULE_EXT.test(f) && !/\.d\.(c|m)?ts$/.test(f)).sort();
}

/** What the project's compiler would try for an import without an extension (`"./src/db/schema"`). */
const EXTENSIONS_TRIED = [".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs"];

/**
 * The file or folder a `models` entry names, as an import in the project
 * would resolve it: relative to the project folder, or through the
 * tsconfig.json `paths` (`"@/db/schema"`), with or without its extension.
 * Null when there is none.
 */
function modulePath(entry: string, projectDir: string): string | null {
  const direct = withExtension(resolve(projectDir, entry));
  if (direct !== null || isAbsolute(entry) || entry.startsWith(".")) return direct;
  const alias = tsconfigAliases(projectDir).alias;
  const prefix = Object.keys(alias)
    .filter((k) => entry === k || entry.startsWith(k.endsWith("/") ? k : `${k}/`))
    .sort((a, b) => b.length - a.length)[0];
  return prefix === undefined ? null : withExtension(alias[prefix] + entry.slice(prefix.length));
}

function withExtension(base: string): string | null {
  if (existsSync(base)) return base;
  if (MODULE_EXT.test(base)) return null;
  return EXTENSIONS_TRIED.map((ext) => base + ext).find((f) => existsSync(f) && statSync(f).isFile()) ?? null;
}

/** The module files the `models` setting names, in order, without duplicates. */
export function resolveModelFiles(config: LoadModelsConfig): string[] {
  const setting = config.raw.models;
  const patterns = setting === undefined ? [] : typeof setting === "string" ? [setting] : [...setting];
  if (patterns.length === 0) {
    throw new AthanorError(
      "MODELS.NOT_CONFIGURED",
      'autogenerate needs models: set `models` in the config to the module(s) that export your tables, e.g. models: "src/db/schema.ts"',
    );
  }
  const files: string[] = [];
  const missing: string[] = [];
  for (const p of patterns) {
    if (isGlob(p)) {
      const found = expandGlob(p, config.projectDir);
      if (found.length === 0) missing.push(`${p} (glob matched no module)`);
      files.push(...found);
    } else {
      const abs = modulePath(p, config.projectDir);
      if (abs === null) missing.push(`${p} (no such file in ${config.projectDir})`);
      else if (statSync(abs).isDirectory()) {
        const found = expandGlob("**/*", abs);
        if (found.length === 0) missing.push(`${p} (folder holds no module)`);
        files.push(...found);
      } else files.push(abs);
    }
  }
  // One missing entry is an error even when others load: autogenerate would
  // take its tables for dropped ones.
  if (missing.length > 0) {
    throw new AthanorError("MODELS.NOT_FOUND", `models setting found no module: ${missing.join("; ")}`);
  }
  return [...new Set(files)];
}

/**
 * Imports the model modules and collects their tables. Throws
 * `MODELS.EMPTY` (listing the files) when they export no table.
 */
export async function loadModels(
  config: LoadModelsConfig,
  options: Omit<CollectOptions, "sources"> = {},
  /** The session's dialect: its drizzle reader counts even where it was registered in another copy of Athanor (the CLI's). */
  dialect?: { drizzleReader?(): Promise<DrizzleTableReader> },
): Promise<ModelSet & { files: string[] }> {
  const files = resolveModelFiles(config);
  const namespaces: unknown[] = [];
  const aliasesByDir = new Map<string, Record<string, string>>();
  for (const f of files) {
    try {
      // The nearest tsconfig.json's `paths`/`baseUrl` apply, as in the project's own compiler.
      let alias = aliasesByDir.get(dirname(f));
      if (!alias) {
        alias = tsconfigAliases(dirname(f)).alias;
        aliasesByDir.set(dirname(f), alias);
      }
      namespaces.push(await loadModule(f, undefined, Object.keys(alias).length === 0 ? {} : { alias }));
    } catch (e) {
      throw new AthanorError("MODELS.LOAD_FAILED", `could not load models from ${relative(config.projectDir, f) || f}: ${(e as Error).message}`, {
        cause: e,
      });
    }
  }
  const casing = config.raw.casing;
  await loadDrizzleReaders(dialect ? [...registeredDialects(), dialect] : registeredDialects());
  const set = collectModels(namespaces, { ...options, sources: files, ...(casing === undefined ? {} : { drizzleCasing: casing }) });
  if (set.tables.length === 0) {
    const list = files.map((f) => relative(config.projectDir, f) || f).join(", ");
    throw new AthanorError(
      "MODELS.EMPTY",
      `no tables found in the models (loaded ${files.length} file(s): ${list}). Export your tables from these modules ` +
        "(e.g. `export const users = table(...)`), or fix the `models` setting; refusing to generate a migration that would drop everything",
    );
  }
  const hint = drizzleCasingHint(config.projectDir, casing);
  return { ...set, ...(hint === null ? {} : { warnings: [...set.warnings, hint] }), files };
}
