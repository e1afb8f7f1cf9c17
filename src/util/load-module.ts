/**
 * Imports a user module (config, revision, models). Plain JavaScript goes
 * through Node's own `import()`. TypeScript takes a fast path when it can:
 * its types are blanked out in place (src/util/strip-types.ts, well under a
 * millisecond a file, nothing cached on disk) and Node imports the result
 * from a data: URL, with `//# sourceURL` naming the original file so stack
 * traces point at it, line and column. That path is only taken for a module
 * whose imports are all "athanor" or Node built-ins and that doesn't use
 * import.meta, import(), require, module/exports or __dirname/__filename;
 * "athanor" resolves to config/settings.js for a module that imports only
 * defineConfig, else to a facade re-exporting the package (see athanorFacade).
 * Everything else, and anything the JavaScript parser rejects before the
 * module's own code has started running, goes through jiti, which is loaded
 * only then (it costs ~40 ms to start, and babel ~5-13 ms a file on a cold
 * transpile cache). `ATHANOR_TS_LOADER=jiti` forces jiti.
 */
import { readFileSync } from "node:fs";
import { isBuiltin } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Script } from "node:vm";
import { showValue } from "./describe-thrown.js";
import { importModule } from "./dynamic-import.js";
import { apiEntryUrl, apiModuleUrl } from "./package-paths.js";
import { type ScriptForm, type StripResult, stripTypes } from "./strip-types.js";
import { processWide } from "./process-wide.js";

type Jiti = { import<T = unknown>(id: string, opts?: { default?: boolean }): Promise<T> };
/** One jiti per set of extra aliases (none: config and revisions; a tsconfig's `paths`: models). */
const jitiInstances = new Map<string, Jiti>();

export interface LoadModuleOptions {
  /** Import prefixes mapped to folders or files (a tsconfig's `paths`, see tsconfig-paths.ts). */
  readonly alias?: Readonly<Record<string, string>>;
  /** Where the fast path keeps what it compiled for this exact source, between runs (src/script/revision-code-cache.ts). */
  readonly compiled?: CompiledModuleSlot;
}

/**
 * A TypeScript module in the form the fast path runs (an async function
 * taking its imports), as stored between runs: no type stripping next time,
 * and V8's code cache for it when there is one.
 */
export interface CompiledModule {
  readonly code: string;
  /** Per import, in order: "api" (the whole athanor API), "light:<module>" (a light part of it) or a Node built-in ("node:fs"). */
  readonly imports: readonly string[];
  /** Per import, the names it must have ("default" included) for the module to link as an ES module would. */
  readonly needs: readonly (readonly string[])[];
  readonly cachedData?: Buffer;
}

/** One source's entry in a store of compiled modules. */
export interface CompiledModuleSlot {
  get(): CompiledModule | undefined;
  /** Called after the module compiled (a hit whose cached data V8 refused is compiled again, and stored again). */
  put(module: CompiledModule, script: Script): void;
}

async function jiti(extraAlias: Readonly<Record<string, string>> = {}): Promise<Jiti> {
  const key = JSON.stringify(extraAlias);
  let instance = jitiInstances.get(key);
  if (!instance) {
    const { createJiti } = await importModule<{ createJiti(from: string, options: Record<string, unknown>): unknown }>("jiti");
    instance = createJiti(import.meta.url, {
      interopDefault: true,
      moduleCache: false,
      fsCache: true,
      // Config and revision files import from "athanor"; resolve that to this
      // very package, so it works under npx or a global install too.
      alias: { ...extraAlias, athanor: fileURLToPath(apiEntryUrl()) },
    }) as unknown as Jiti;
    jitiInstances.set(key, instance);
  }
  return instance;
}

const TS = /\.(c|m)?tsx?$/;
const FAST_TS = /\.m?ts$/;

/**
 * Names of "athanor" that live in a module much lighter than the whole
 * library (a config usually imports only defineConfig; loading everything
 * would cost more than the rest of `athanor heads`).
 */
const LIGHT_EXPORTS: Readonly<Record<string, string>> = {
  defineConfig: "config/settings.js",
};

/** Modules whose top-level code has started to run, by load id (set by the first statement of the stripped code). */
const started = processWide("loadModule.started", () => new Set<number>());
let nextLoadId = 1;

/** How many TypeScript modules each loader took (for tests). */
export const tsLoaderStats = { fast: 0, jiti: 0 };

/**
 * Imports a module by absolute path and returns its namespace object.
 * `source`: the file's text when the caller has just read it (saves a read).
 */
export async function loadModule(absPath: string, source?: string, options: LoadModuleOptions = {}): Promise<Record<string, unknown>> {
  try {
    return await importAny(absPath, source, options);
  } catch (e) {
    // a module can throw anything; callers show an Error's message (String() of some values throws itself)
    if (e instanceof Error) throw e;
    throw new Error(`its top-level code threw a non-Error value: ${showValue(e)}`, { cause: e });
  }
}

async function importAny(absPath: string, source: string | undefined, options: LoadModuleOptions): Promise<Record<string, unknown>> {
  if (absPath.endsWith(".json")) {
    return { default: JSON.parse(source ?? readFileSync(absPath, "utf8")) as unknown };
  }
  if (TS.test(absPath)) {
    if (FAST_TS.test(absPath) && !absPath.endsWith(".d.ts") && process.env.ATHANOR_TS_LOADER !== "jiti") {
      const fast = await importStripped(absPath, source, options.compiled);
      if (fast) {
        tsLoaderStats.fast++;
        return fast;
      }
    }
    tsLoaderStats.jiti++;
    return (await (await jiti(options.alias)).import<Record<string, unknown>>(absPath)) ?? {};
  }
  try {
    return await importModule(pathToFileURL(absPath).href);
  } catch (e) {
    // ESM syntax in a `.js` file of a package without "type": "module", or
    // `import … from "athanor"` in a project that doesn't have athanor in its
    // node_modules (npx, global install): jiti resolves both.
    const esmInCjs = absPath.endsWith(".js") && e instanceof SyntaxError && /import statement|export|Unexpected token/.test(e.message);
    if (esmInCjs || missesAthanor(e) || (options.alias && missesModule(e))) return (await (await jiti(options.alias)).import<Record<string, unknown>>(absPath)) ?? {};
    throw e;
  }
}

function missesModule(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND";
}

function missesAthanor(e: unknown): boolean {
  const err = e as { code?: unknown; message?: unknown } | null;
  return err?.code === "ERR_MODULE_NOT_FOUND" && typeof err.message === "string" && /['"]athanor['"]/.test(err.message);
}

/**
 * The whole "athanor" API for stripped modules: a module with no imports of its
 * own that re-exports the package's namespace. Importing it is cheap: a module
 * importing dist/index.js directly makes Node resolve that file (a realpath)
 * and walk its ~60 dependencies again for every revision (~0.2 ms each).
 */
const API = Symbol.for("athanor.loadModule.api");
let apiFacade: Promise<string> | undefined;
let apiNamespace: Promise<Record<string, unknown>> | undefined;

let apiLoader: (() => Promise<Record<string, unknown>>) | undefined;

/**
 * Says what "athanor" is for the modules loaded here: the API of the program
 * that loads them (bundled or not), so that revision files share its
 * instances. The package's entry points call it (src/api/provide-api.ts);
 * without it, "athanor" is the package's published entry.
 */
export function provideAthanorApi(load: () => Promise<Record<string, unknown>>, light: Readonly<Record<string, ModuleLoader>> = {}): void {
  lightLoaders = light;
  lightNamespaces.clear();
  if (apiLoader === load) return;
  apiLoader = load;
  apiNamespace = undefined;
  apiFacade = undefined;
}

type ModuleLoader = () => Promise<Record<string, unknown>>;

/**
 * The light modules (LIGHT_EXPORTS) as the program that loads the modules has
 * them, by path: the CLI holds them in its own script, where importing their
 * ES-module copy would cost a config's load two more modules to resolve,
 * read and link (~5 ms).
 */
let lightLoaders: Readonly<Record<string, ModuleLoader>> = {};
const lightNamespaces = new Map<string, Promise<Record<string, unknown>>>();

function lightModule(path: string, url: string): Promise<Record<string, unknown>> {
  let ns = lightNamespaces.get(path);
  if (!ns) {
    const load = lightLoaders[path];
    ns = load ? load() : importModule<Record<string, unknown>>(url);
    lightNamespaces.set(path, ns);
  }
  return ns;
}

function athanorApi(): Promise<Record<string, unknown>> {
  apiNamespace ??= apiLoader ? apiLoader() : importModule<Record<string, unknown>>(apiEntryUrl().href);
  return apiNamespace;
}

function athanorFacade(): Promise<string> {
  apiFacade ??= athanorApi().then((ns: Record<string, unknown>) => {
    (globalThis as Record<symbol, unknown>)[API] = ns;
    const names = Object.keys(ns).filter((k) => /^[A-Za-z_$][\w$]*$/.test(k) && k !== "default");
    const code = `const a = globalThis[Symbol.for("athanor.loadModule.api")];\nexport const { ${names.join(", ")} } = a;\n`;
    return `data:text/javascript;base64,${Buffer.from(code).toString("base64")}`;
  });
  apiFacade.catch(() => {
    apiFacade = undefined; // let a later import try again (and report its own error)
  });
  return apiFacade;
}

/** A TypeScript file the fast path can take: types stripped, every import understood. */
interface FastModule {
  readonly stripped: StripResult;
  /** Where each import goes, as CompiledModule.imports says. */
  readonly kinds: readonly string[];
}

/** The module an import kind (CompiledModule.imports) names: its URL, or null for the whole API. */
function kindTarget(kind: string): string | null {
  if (kind === "api") return null;
  return kind.startsWith("light:") ? apiModuleUrl(kind.slice(6)).href : kind;
}

function prepareFast(source: string): FastModule | null {
  const stripped = stripTypes(source);
  if (!stripped || stripped.needsModuleContext) return null;
  const kinds: string[] = [];
  for (const imp of stripped.imports) {
    if (imp.specifier === "athanor") {
      const light = imp.names.length > 0 ? LIGHT_EXPORTS[imp.names[0] as string] : undefined;
      kinds.push(light && imp.names.every((n) => LIGHT_EXPORTS[n] === light) ? `light:${light}` : "api");
    } else if (isBuiltin(imp.specifier)) {
      kinds.push(imp.specifier.startsWith("node:") ? imp.specifier : `node:${imp.specifier}`);
    } else return null; // relative files and packages resolve from the file's own folder: jiti's job
  }
  return { stripped, kinds };
}

function renderFast(m: FastModule, absPath: string, loadId: number, athanorUrl: string): string {
  let code = "";
  let at = 0;
  m.stripped.imports.forEach((imp, k) => {
    code += m.stripped.code.slice(at, imp.start) + JSON.stringify(kindTarget(m.kinds[k] as string) ?? athanorUrl);
    at = imp.end;
  });
  code += m.stripped.code.slice(at);
  // Line 1 gets a marker statement (columns of line 1 shift; lines don't).
  return `globalThis[Symbol.for("athanor.loadModule.started")].add(${loadId});${code}\n//# sourceURL=${pathToFileURL(absPath).href}\n`;
}

/** The JavaScript for a TypeScript file that the fast path can take, or null. */
export function fastPathSource(source: string, absPath: string, loadId = 0, athanorUrl: string = apiEntryUrl().href): string | null {
  const m = prepareFast(source);
  return m && renderFast(m, absPath, loadId, athanorUrl);
}

/**
 * The module as the body of an async function taking its imports: imports
 * become constants bound before the body (ES imports are hoisted too), the
 * `export` keywords go, and the exports are returned at the end. Lines stay
 * where they were; only line 1 gains a prefix.
 */
function renderScript(m: FastModule, form: ScriptForm): string {
  const src = m.stripped.code;
  const blanks = [...form.blanks].sort((a, b) => a[0] - b[0]);
  let body = "";
  let at = 0;
  for (const [s0, e, text] of blanks) {
    const s = Math.max(s0, at);
    if (e <= s) continue;
    const blank = src.slice(s, e).replace(/[^\n\r]/g, " ");
    // a replacement keeps the span's line breaks after it (lines stay where they were)
    const nl = blank.search(/[\n\r]/);
    body += src.slice(at, s) + (text === undefined ? blank : text + (nl < 0 ? "" : blank.slice(nl)));
    at = e;
  }
  body += src.slice(at);
  let head = "";
  form.bindings.forEach((b, k) => {
    const mod = `__athanorImports[${k}]`;
    if (b.default !== undefined) head += `const ${b.default} = ${mod}.default;`;
    if (b.namespace !== undefined) head += `const ${b.namespace} = ${mod};`;
    if (b.named.length) head += `const { ${b.named.map(([imp, local]) => `${JSON.stringify(imp)}: ${local}`).join(", ")} } = ${mod};`;
  });
  const ret = form.exports.map(([exp, local]) => `${JSON.stringify(exp)}: ${local}`).join(", ");
  return `(async function (__athanorImports) {"use strict";${head}${body}\n;return { ${ret} };\n})`;
}

/** The names each import of a script-form module must have. */
function importNeeds(form: ScriptForm): string[][] {
  return form.bindings.map((b) => [...(b.default !== undefined ? ["default"] : []), ...b.named.map(([name]) => name)]);
}

/** Imports the modules a script-form module imports; null if a named import is missing (the ES form would not link). */
async function scriptImports(kinds: readonly string[], needs: readonly (readonly string[])[]): Promise<Record<string, unknown>[] | null> {
  const out: Record<string, unknown>[] = [];
  for (const [k, kind] of kinds.entries()) {
    const target = kindTarget(kind);
    const mod =
      target === null
        ? await athanorApi()
        : kind.startsWith("light:")
          ? await lightModule(kind.slice(6), target)
          : await importModule<Record<string, unknown>>(target);
    for (const name of needs[k] ?? []) if (!(name in mod)) return null;
    out.push(mod);
  }
  return out;
}

/** Runs a compiled script-form module: its exports, or null when it can't link or compile (nothing of it ran). */
async function runScriptForm(absPath: string, compiled: CompiledModule, slot: CompiledModuleSlot | undefined, stored: boolean): Promise<Record<string, unknown> | null> {
  const imports = await scriptImports(compiled.imports, compiled.needs);
  if (!imports) return null;
  let fn: (imports: Record<string, unknown>[]) => Promise<Record<string, unknown>>;
  try {
    const script = new Script(compiled.code, { filename: absPath, ...(compiled.cachedData ? { cachedData: compiled.cachedData } : {}) });
    fn = script.runInThisContext() as typeof fn;
    if (slot && (!stored || script.cachedDataRejected === true)) slot.put(compiled, script);
  } catch {
    return null; // it doesn't compile: nothing of it ran, jiti can take it
  }
  const exports = await fn(imports);
  return Object.assign(Object.create(null) as Record<string, unknown>, exports);
}

async function importStripped(absPath: string, given: string | undefined, slot: CompiledModuleSlot | undefined): Promise<Record<string, unknown> | null> {
  const stored = slot?.get();
  if (stored) {
    const fromStore = await runScriptForm(absPath, stored, slot, true);
    if (fromStore) return fromStore;
  }
  // readFileSync: fs/promises' readFile costs ~0.3 ms a file in FileHandle bookkeeping
  const m = prepareFast(given ?? readFileSync(absPath, "utf8"));
  if (!m) return null;
  const form = m.stripped.script;
  if (form) {
    // Plain exports: run it as a function (no module record, no data: URL to
    // decode, no import to resolve and link: ~0.3 ms less a file than below).
    return runScriptForm(absPath, { code: renderScript(m, form), imports: m.kinds, needs: importNeeds(form) }, slot, false);
  }
  const id = nextLoadId++;
  // configs usually import only defineConfig (mapped to a light module): the
  // whole package is loaded only for a module that uses the rest of the API
  const code = renderFast(m, absPath, id, m.kinds.includes("api") ? await athanorFacade() : apiEntryUrl().href);
  try {
    return await importModule(`data:text/javascript;base64,${Buffer.from(code).toString("base64")}`);
  } catch (e) {
    // The module's own code ran and threw: that is the module's error.
    if (started.has(id)) throw e;
    // It failed to parse or link (TypeScript the stripper left in place, a
    // missing export): nothing of it has run, so jiti can take it.
    return null;
  } finally {
    started.delete(id);
  }
}
