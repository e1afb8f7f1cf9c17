// Builds dist/: tsc compiles src/ (JavaScript and .d.ts), then esbuild bundles
// the package's entry points so that `athanor` starts by reading a handful of
// files instead of resolving and linking ~100 modules (~40 ms on every
// command). Entry points keep their tsc paths (dist/index.js,
// dist/autogenerate/index.js, dist/config/settings.js); code they share lives
// in dist/chunks/, and code loaded on demand (a command, the autogenerate
// engine, a driver) stays in chunks of its own. Dependencies (commander, jiti,
// pg, PGlite) are not bundled: they are resolved from node_modules as usual.
// The binary is dist/cli/bin.cjs (a CommonJS launcher, see src/cli/main.ts).
// The .d.ts files stay where tsc put them.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { build } from "esbuild";

const root = new URL("..", import.meta.url).pathname;
const dist = join(root, "dist");
const staging = join(root, ".build", "bundle");

rmSync(dist, { recursive: true, force: true });
const tsc = spawnSync(process.execPath, [join(root, "node_modules/typescript/bin/tsc"), "-p", join(root, "tsconfig.build.json")], {
  stdio: "inherit",
});
if (tsc.status !== 0) process.exit(tsc.status ?? 1);

rmSync(staging, { recursive: true, force: true });
// commander requires node:child_process when it loads, for executable
// subcommands, which Athanor doesn't use: load it only if it is ever needed
// (~2 ms of every start).
const lazyChildProcess = {
  name: "lazy-child-process",
  setup(b) {
    b.onLoad({ filter: /commander[\\/]lib[\\/]command\.js$/ }, (args) => {
      const source = readFileSync(args.path, "utf8");
      const lazy = source.replace(
        /require\((['"])node:child_process\1\)/,
        "new Proxy({}, { get: (_, key) => require('node:child_process')[key] })",
      );
      return { contents: lazy, loader: "js" };
    });
  },
};
// picocolors decides at load whether colour is on, reading process.stdout,
// which makes Node build the stream (for a pipe or a terminal, its whole
// streams implementation: ~4 ms of every start). Athanor never uses that
// decision (src/cli/output.ts calls createColors with its own, per stream, when
// a line is coloured), so the bundled copy skips the look.
const picocolorsWithoutLook = {
  name: "picocolors-without-look",
  setup(b) {
    b.onLoad({ filter: /picocolors[\\/]picocolors\.js$/ }, (args) => {
      const source = readFileSync(args.path, "utf8");
      const look = "(p.stdout || {}).isTTY";
      if (!source.includes(look)) throw new Error(`${args.path}: picocolors changed; update picocolorsWithoutLook in scripts/build.mjs`);
      return { contents: source.replace(look, "false"), loader: "js" };
    });
  },
};
// The revision-metadata cache is keyed to the parser that filled it: one id
// for both bundles of a build (src/script/metadata-cache.ts).
const parserId = createHash("sha256")
  .update(readFileSync(join(root, "src/script/parse-revision-file.ts")))
  .update(readFileSync(join(root, "src/script/metadata-cache.ts")))
  .digest("hex")
  .slice(0, 16);
// Compiled revision modules are keyed to the loader that compiled them (src/script/revision-code-cache.ts).
const loaderId = createHash("sha256")
  .update(readFileSync(join(root, "src/util/load-module.ts")))
  .update(readFileSync(join(root, "src/util/strip-types.ts")))
  .update(readFileSync(join(root, "src/script/revision-code-cache.ts")))
  .digest("hex")
  .slice(0, 16);
const define = { __ATHANOR_PARSER_ID__: JSON.stringify(parserId), __ATHANOR_LOADER_ID__: JSON.stringify(loaderId) };
// Parts of the code that only some commands need and that are big: the
// autogenerate engine and each dialect's introspector, comparator and drizzle reader (`revision
// --autogenerate`, `check`, building a fresh database from models). They are ES
// entry points of their own, and the CLI script (below) loads them from there
// instead of holding a copy: every function in that script costs every command
// a little at start-up (V8 restores the whole script from its code cache), and
// these were a fifth of it.
// The lint rules (`lint`, `revision --autogenerate`) are on demand too, and so
// are the renderers of the dialects other than PostgreSQL: PostgreSQL's stays
// in the script, since the embedded PGlite a new project starts on needs it for
// every upgrade, and loading it from the ES build costs that upgrade more than
// its size costs every command.
const scriptKeeps = new Set(["dialects/postgres/renderer.js"]);
const onDemand = [
  "autogenerate/index.js",
  "lint/rules/index.js",
  ...readdirSync(join(dist, "dialects"), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => ["introspect.js", "comparator.js", "drizzle-table.js", "renderer.js", "lint/index.js"].map((f) => `dialects/${d.name}/${f}`))
    .filter((f) => existsSync(join(dist, f)) && !scriptKeeps.has(f)),
];
// What both bundles share. commander and picocolors are bundled (small, always
// loaded); drivers and jiti stay packages of their own, loaded only when needed.
const common = {
  bundle: true,
  platform: "node",
  target: "node20",
  external: ["pg", "@electric-sql/pglite", "jiti", "libpg-query"],
  plugins: [lazyChildProcess, picocolorsWithoutLook],
  legalComments: "none",
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: "warning",
};
await build({
  ...common,
  entryPoints: [...new Set(["index.js", "config/settings.js", ...onDemand])].map((e) => join(dist, e)),
  outbase: dist,
  outdir: staging,
  splitting: true,
  format: "esm",
  chunkNames: "chunks/[name]-[hash]",
  define,
  // commander is CommonJS and requires Node built-ins: give the ES chunks a require
  banner: { js: 'import { createRequire as __athanorCreateRequire } from "node:module";\nconst require = __athanorCreateRequire(import.meta.url);' },
});

// The CLI once more as a single CommonJS script, which dist/cli/bin.cjs
// compiles with V8's code cache (see src/cli/main.ts). It has its own copy of
// the code; import.meta.url becomes the script's own URL. A dynamic import()
// of an on-demand module becomes a stand-in whose namespace is a thenable: the
// promise import() returns adopts it, and it imports the ES module (through
// the import() main.ts lends the script). That module has its own copies of
// what it shares with the script (errors, schema values, operations): what
// crosses between the two is data or recognised by registered-symbol brands,
// as between the ES and CommonJS builds of the API.
const fromEsBuild = {
  name: "on-demand-from-es-build",
  setup(b) {
    b.onResolve({ filter: /\.js$/ }, (args) => {
      if (args.kind !== "dynamic-import") return undefined;
      const rel = relative(dist, resolve(args.resolveDir, args.path)).split("\\").join("/");
      return onDemand.includes(rel) ? { path: rel, namespace: "es-build" } : undefined;
    });
    b.onLoad({ filter: /.*/, namespace: "es-build" }, (args) => ({
      contents:
        `const url = new URL(${JSON.stringify(`../${args.path}`)}, import.meta.url).href;\n` +
        'export function then(resolve, reject) { globalThis[Symbol.for("athanor.import")](url).then(resolve, reject); }\n',
      loader: "js",
    }));
  },
};
const cliBuild = await build({
  ...common,
  metafile: Boolean(process.env.ATHANOR_BUILD_REPORT),
  plugins: [...common.plugins, fromEsBuild],
  entryPoints: [join(dist, "cli", "run-cli.js")],
  outfile: join(staging, "cli", "athanor.cjs"),
  format: "cjs",
  define: { ...define, "import.meta.url": "__athanorModuleUrl" },
  banner: { js: 'var __athanorModuleUrl = require("node:url").pathToFileURL(__filename).href;' },
});
// Every command reads the script (latin1: no UTF-8 decoding, see src/cli/main.ts); esbuild escapes non-ASCII by default.
if (/[^\x00-\x7f]/.test(readFileSync(join(staging, "cli", "athanor.cjs"), "latin1"))) {
  throw new Error("dist/cli/athanor.cjs holds non-ASCII characters: src/cli/main.ts reads it as latin1");
}
// The launcher (the package's bin): src/cli/main.ts as one small CommonJS file.
// An ES-module entry would make Node set up its ES-module loader on every
// command. Its import() of run-cli.js (a build without athanor.cjs) stays an
// import, never taken here.
await build({
  ...common,
  entryPoints: [join(dist, "cli", "main.js")],
  outfile: join(staging, "cli", "bin.cjs"),
  format: "cjs",
  external: [...common.external, "./run-cli.js"],
  define: { ...define, "import.meta.url": "__athanorModuleUrl" },
  banner: { js: 'var __athanorModuleUrl = require("node:url").pathToFileURL(__filename).href;' },
});

// ATHANOR_BUILD_REPORT=1 npm run build: what the CLI script holds, by folder
// (each kilobyte there is parsed or restored on every command).
if (process.env.ATHANOR_BUILD_REPORT) {
  const inputs = Object.values(cliBuild.metafile.outputs)[0].inputs;
  const depth = Number(process.env.ATHANOR_BUILD_REPORT) || 2;
  const byFolder = new Map();
  for (const [file, { bytesInOutput }] of Object.entries(inputs)) {
    const key = relative(dist, resolve(root, file)).split("/").slice(0, depth).join("/");
    byFolder.set(key, (byFolder.get(key) ?? 0) + bytesInOutput);
  }
  for (const [key, bytes] of [...byFolder].sort((a, b) => b[1] - a[1]).slice(0, 40)) {
    console.log(`${(bytes / 1024).toFixed(1).padStart(7)} kB  ${key}`);
  }
}

// The API for CommonJS projects (`require("athanor")`, NestJS's default):
// dist/cjs/, marked CommonJS by its own package.json. One bundle holds both
// entries ("." and "./autogenerate"), so they share one copy of the code, as
// the ES entries do; dist/cjs/index.js and dist/cjs/autogenerate/index.js
// hand out its two halves. Drivers and jiti stay external and load on demand
// through import(), which CommonJS has too. This is a second copy of the
// library next to the ES one: values that cross between the two (sql(),
// models, errors) are recognised by registered-symbol brands, not by class.
// The declarations are copied next to it, so that TypeScript reads them as
// CommonJS declarations for a CommonJS importer (see package.json "exports").
const cjs = join(staging, "cjs");
await build({
  ...common,
  stdin: {
    contents: 'export * as api from "./index.js";\nexport * as autogenerate from "./autogenerate/index.js";\n',
    resolveDir: dist,
    sourcefile: "athanor-cjs.js",
    loader: "js",
  },
  outfile: join(cjs, "athanor.js"),
  format: "cjs",
  define: { ...define, "import.meta.url": "__athanorModuleUrl" },
  banner: { js: 'var __athanorModuleUrl = require("node:url").pathToFileURL(__filename).href;' },
});
writeFileSync(join(cjs, "package.json"), `${JSON.stringify({ type: "commonjs" })}\n`);
writeFileSync(join(cjs, "index.js"), '"use strict";\nmodule.exports = require("./athanor.js").api;\n');
mkdirSync(join(cjs, "autogenerate"), { recursive: true });
writeFileSync(join(cjs, "autogenerate", "index.js"), '"use strict";\nmodule.exports = require("../athanor.js").autogenerate;\n');
cpSync(dist, cjs, { recursive: true, filter: (p) => statSync(p).isDirectory() || p.endsWith(".d.ts") });

// Replace tsc's JavaScript with the bundle; keep the declarations.
const removeJs = (dir) => {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) removeJs(p);
    else if (name.endsWith(".js")) rmSync(p);
  }
};
removeJs(dist);
cpSync(staging, dist, { recursive: true });
rmSync(join(root, ".build"), { recursive: true, force: true });
chmodSync(join(dist, "cli", "bin.cjs"), 0o755);
