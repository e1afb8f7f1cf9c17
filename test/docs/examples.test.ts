/**
 * Every code example in README.md and docs/ runs here, against the built
 * package (dist/) and a fresh PostgreSQL database per project, so a docs
 * example can't break unnoticed. The rules (what runs, and the markers that
 * say otherwise) are in ./extract-examples.ts; in short:
 *
 * - ts: a revision file (`export const revision`) goes to migrations/versions/,
 *   a config (`export default defineConfig(`) to athanor.config.ts, a block
 *   whose first line is a `// path.ts` comment to that path; those are then
 *   used by the page's commands, and at the end the project is upgraded to its
 *   heads and downgraded to base, and `athanor config` loads its config. A
 *   block of only imports is in scope for the page's later snippets. A block
 *   that only declares an interface must match the package's type of that
 *   name. Anything else is a snippet, run as an ES module. All TypeScript is
 *   type-checked (strict, NodeNext) against the package's declarations, in one
 *   tsc run.
 * - js: run with node as CommonJS (`require`).
 * - sh: run with `sh -e` in the project (node_modules/.bin on PATH, as npm scripts have it).
 * - sql: run on the project's database.
 *
 * - Every `athanor` command line in any block, run or not (transcripts,
 *   synopses, YAML, Dockerfiles), must name a real command and real options.
 *
 * Blocks of one page share a project (a temp folder) in page order, unless a
 * `group` marker splits them; files are written before any command runs.
 */
import assert from "node:assert/strict";
import { spawn as spawnChild, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { after, before, describe, test } from "node:test";
import pg from "pg";
import { BIN, REPO_ROOT } from "../support/cli.js";
import { createTestDatabase, requirePostgres, type TestDatabase } from "../support/databases.js";
import { athanorInvocations, helpOptions } from "./athanor-invocations.js";
import { type CodeBlock, directive, directives, documentationPages, extractBlocks } from "./extract-examples.js";

/** Languages the harness runs; any other language must be marked `skip` (or `fragment`). */
const RUNS = new Set(["ts", "js", "sh", "sql"]);
/** A block without a language is output or a synopsis: one that looks like code is a mistake. */
const LOOKS_LIKE_CODE = /^(import |export |const |let |await |async function |function |interface )/m;

type Role = "revision" | "config" | "file" | "imports" | "interface" | "snippet";

interface Example {
  readonly block: CodeBlock;
  readonly name: string;
  /** Why it is not run, or null. */
  readonly notRun: string | null;
  readonly role?: Role;
  /** Where a TypeScript block is written, relative to the harness root, and what. */
  file?: string;
  source?: string;
  /** Lines of hidden prelude in `file` before the block's first line. */
  prelude?: number;
  errors: string[];
}

interface Project {
  readonly key: string;
  readonly dir: string;
  readonly examples: Example[];
  from?: string;
  pglite: boolean;
  db?: TestDatabase;
  run?: Promise<void>;
}

const opts = await requirePostgres();

describe("docs examples", opts, () => {
  /** Every page's project is a folder in here (created in `before`, like everything written). */
  const root = join(tmpdir(), `athanor-docs-${process.pid}`);
  const pages = documentationPages(REPO_ROOT);
  const examples: Example[] = [];
  const projects = new Map<string, Project>();

  const projectOf = (b: CodeBlock): Project => {
    const group = directive(b, "group") ?? "";
    const key = group ? `${b.page}#${group}` : b.page;
    let p = projects.get(key);
    if (!p) {
      p = { key, dir: join(root, key.replace(/[/#.]/g, "_")), examples: [], pglite: false };
      projects.set(key, p);
    }
    const from = directive(b, "project");
    if (from !== undefined) p.from = from;
    if (directive(b, "database") === "pglite") p.pglite = true;
    return p;
  };

  for (const page of pages) {
    let imports = "";
    for (const block of extractBlocks(REPO_ROOT, page)) {
      const name = `${block.page}:${block.line} (${block.lang || "text"})`;
      const skip = directive(block, "skip");
      const marked = directive(block, "fragment") !== undefined ? "fragment" : skip !== undefined ? `skipped: ${skip}` : null;
      if (block.lang === "") {
        const e: Example = { block, name, notRun: "output or synopsis", errors: [] };
        if (LOOKS_LIKE_CODE.test(block.code)) e.errors.push("looks like code but has no language: give it one (ts, sh, …), marked `fragment` if it is not runnable");
        examples.push(e);
        continue;
      }
      if (marked) {
        const e: Example = { block, name, notRun: marked, errors: [] };
        if (skip === "") e.errors.push("`skip` needs a reason: <!-- example: skip REASON -->");
        examples.push(e);
        continue;
      }
      if (!RUNS.has(block.lang)) {
        examples.push({ block, name, notRun: null, errors: [`the harness can't run '${block.lang}' blocks: mark it <!-- example: skip REASON --> or <!-- example: fragment -->`] });
        continue;
      }
      const project = projectOf(block);
      const e: Example = { block, name, notRun: null, errors: [] };
      if (block.lang === "ts") {
        const role = tsRole(block.code);
        Object.assign(e, { role });
        const given = directives(block, "given").join("\n");
        const rel = project.dir.slice(root.length + 1);
        const named = /^\/\/ (\S+\.ts)\s*$/.exec(block.code.split("\n")[0] as string)?.[1];
        if (role === "revision") e.file = join(rel, "migrations", "versions", `${/export const revision\s*=\s*"([^"]+)"/.exec(block.code)?.[1]}_example.ts`);
        else if (role === "config") e.file = join(rel, named ?? "athanor.config.ts");
        else if (role === "file") e.file = join(rel, named as string);
        else e.file = join(rel, `example-L${block.line}.ts`);
        if (given && role !== "snippet" && role !== "interface") e.errors.push(`\`given\` only applies to snippets, not to a ${role} block`);
        let text = block.code;
        let prelude = "";
        if (role === "imports") imports += block.code;
        else if (role === "interface") {
          prelude = given ? `${given}\n` : "";
          const type = /interface (\w+)/.exec(block.code)?.[1] as string;
          text = `${block.code}type __Match = [${type}] extends [import("athanor").${type}] ? ([import("athanor").${type}] extends [${type}] ? true : false) : false;\nexport const matchesThePackage: __Match = true;\n`;
        } else if (role === "snippet") prelude = imports + (given ? `${given}\n` : "");
        e.prelude = prelude ? prelude.split("\n").length - 1 : 0;
        e.source = `${prelude}${text}${role === "snippet" || role === "imports" ? "\nexport {};\n" : ""}`;
      }
      project.examples.push(e);
      examples.push(e);
    }
  }

  before(async () => {
    rmSync(root, { recursive: true, force: true });
    mkdirSync(root);
    // the package under test, and what examples import (pg, drizzle-orm, @types/node), as an installed project would have them
    mkdirSync(join(root, "node_modules", ".bin"), { recursive: true });
    for (const name of readdirSync(join(REPO_ROOT, "node_modules"))) {
      if (!name.startsWith(".") && name !== "athanor") symlinkSync(join(REPO_ROOT, "node_modules", name), join(root, "node_modules", name));
    }
    symlinkSync(REPO_ROOT, join(root, "node_modules", "athanor"));
    symlinkSync(BIN, join(root, "node_modules", ".bin", "athanor"));
    writeFileSync(join(root, "package.json"), JSON.stringify({ name: "docs-examples", private: true, type: "module" }));
    for (const p of projects.values()) mkdirSync(p.dir, { recursive: true });
    for (const e of examples) {
      if (e.file === undefined) continue;
      mkdirSync(dirname(join(root, e.file)), { recursive: true });
      writeFileSync(join(root, e.file), e.source as string);
    }

    // one tsc run for every TypeScript block
    const files = examples.filter((e) => e.file).map((e) => e.file as string);
    writeFileSync(
      join(root, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: { target: "ES2022", module: "NodeNext", moduleResolution: "NodeNext", strict: true, lib: ["ES2023"], types: ["node"], skipLibCheck: true, outDir: ".out", rootDir: ".", noEmitOnError: false },
        files,
      }),
    );
    const tsc = spawnSync(process.execPath, [join(REPO_ROOT, "node_modules/typescript/bin/tsc"), "-p", root], { cwd: root, encoding: "utf8" });
    for (const m of tsc.stdout.matchAll(/^(.+?)\((\d+),(\d+)\): (error TS\d+: .*)$/gm)) {
      const e = examples.find((x) => x.file === m[1]);
      const line = Number(m[2]) - (e?.prelude ?? 0);
      if (e) e.errors.push(`${e.block.page}:${e.block.line + line} (line ${line} of the block): ${m[4]}`);
      else assert.fail(`tsc: ${m[0]}`);
    }

    const run = (p: Project): Promise<void> => {
      p.run ??= runProject(p);
      return p.run;
    };
    const runProject = async (p: Project) => {
      if (p.from) {
        const source = p.from.endsWith(".md") || p.from.includes(".md#") ? projects.get(p.from) : undefined;
        if (source) {
          await run(source);
          cpSync(source.dir, p.dir, { recursive: true, force: false, filter: (f) => !/\/(\.athanor|node_modules|example-L\d+\.(ts|cjs)|\.data)$/.test(f) });
        } else {
          assert.ok(existsSync(join(REPO_ROOT, p.from)), `project ${p.from} (${p.key}) does not exist`);
          cpSync(join(REPO_ROOT, p.from), p.dir, { recursive: true, force: false, filter: (f) => !/\/(\.athanor|node_modules|\.data)$/.test(f) });
        }
      }
      // a database for the project, or for the real-server URLs (`url`) of a project on PGlite
      if (!p.pglite || p.examples.some((e) => directive(e.block, "url") !== undefined)) p.db = await createTestDatabase("athanor_docs");
      const env: Record<string, string | undefined> = {
        ...process.env,
        NO_COLOR: "1",
        PATH: `${join(root, "node_modules", ".bin")}:${process.env.PATH}`,
        DATABASE_URL: p.pglite ? undefined : p.db?.url,
      };
      for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
      /** Runs a command in the project; null when it exits 0, else what it printed last. */
      const spawn = (cmd: string, args: string[], input?: string) =>
        new Promise<string | null>((resolve) => {
          const child = spawnChild(cmd, args, { cwd: p.dir, env: env as NodeJS.ProcessEnv, timeout: 240_000 });
          let stdout = "";
          let stderr = "";
          child.stdout.on("data", (d) => (stdout += d));
          child.stderr.on("data", (d) => (stderr += d));
          child.stdin.end(input ?? "");
          child.on("close", (code, signal) => {
            const tail = (text: string) => text.trimEnd().split("\n").slice(-15).join("\n");
            resolve(code === 0 ? null : `exit ${code ?? signal}\n--- stdout (end)\n${tail(stdout)}\n--- stderr (end)\n${tail(stderr)}`);
          });
        });
      for (const e of p.examples) {
        if (e.errors.length) continue;
        const b = e.block;
        let failure: string | null = null;
        if (b.lang === "sh") {
          let code = b.code;
          for (const url of directives(b, "url")) code = code.split(url).join(p.db?.url as string);
          failure = await spawn("sh", ["-e"], `${directives(b, "given").join("\n")}\n${code}`);
        } else if (b.lang === "js") {
          const file = join(p.dir, `example-L${b.line}.cjs`);
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, b.code);
          failure = await spawn(process.execPath, [file]);
        } else if (b.lang === "sql") {
          const c = new pg.Client({ connectionString: p.db?.url });
          await c.connect();
          try {
            await c.query(b.code);
          } catch (err) {
            failure = (err as Error).message;
          } finally {
            await c.end();
          }
        } else if (e.role === "snippet" && directive(b, "typecheck") === undefined) {
          const js = join(root, ".out", (e.file as string).replace(/\.ts$/, ".js"));
          failure = await spawn(process.execPath, ["--input-type=module", "-e", `await import(${JSON.stringify(`file://${js}`)}); process.exit(0);`]);
        }
        if (failure) e.errors.push(failure);
      }
      // the files the page shows: the config loads, every revision upgrades and downgrades
      const own = p.examples.filter((e) => e.errors.length === 0);
      const check = async (e: Example | undefined, args: string[]) => {
        if (!e) return;
        const failure = await spawn(process.execPath, [BIN, ...args]);
        if (failure) e.errors.push(`athanor ${args.join(" ")}: ${failure}`);
      };
      await check(own.find((e) => e.role === "config"), ["config"]);
      const revisions = own.filter((e) => e.role === "revision");
      await check(revisions[0], ["upgrade", "heads"]);
      await check(revisions[0], ["downgrade", "base"]);
    };
    // two at a time (the machine has two cores), the slowest first: a page on PGlite starts an embedded server
    const queue = [...projects.values()].sort((a, b) => Number(b.pglite) - Number(a.pglite));
    const worker = async () => {
      for (let p = queue.shift(); p; p = queue.shift()) await run(p);
    };
    await Promise.all([worker(), worker()]);
  });

  test("every athanor command line in the docs names a real command and real options", () => {
    const help = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8" }).stdout;
    const top = help(["--help"]);
    const commands = new Set([...top.matchAll(/^ {2}([a-z]+) /gm)].map((m) => m[1] as string));
    const global = helpOptions(top.slice(0, top.indexOf("Commands:")));
    const known = new Map<string, Set<string>>();
    const wrong: string[] = [];
    let seen = 0;
    for (const e of examples) {
      for (const inv of athanorInvocations(e.block.code)) {
        seen++;
        const where = `${e.block.page}:${e.block.line + 1 + inv.line}: ${inv.text}`;
        if (!commands.has(inv.command)) {
          wrong.push(`${where}: no command '${inv.command}'`);
          continue;
        }
        if (!known.has(inv.command)) known.set(inv.command, helpOptions(help([inv.command, "--help"])));
        const options = known.get(inv.command) as Set<string>;
        for (const o of inv.options) if (!options.has(o) && !global.has(o)) wrong.push(`${where}: '${inv.command}' has no option ${o}`);
      }
    }
    assert.ok(seen > 50, `only ${seen} athanor command lines found: is the extraction broken?`);
    assert.deepEqual(wrong, []);
  });

  after(async () => {
    for (const p of projects.values()) await p.db?.drop();
    rmSync(root, { recursive: true, force: true });
  });

  for (const e of examples) {
    test(e.notRun ? `${e.name}: not run (${e.notRun})` : e.name, () => {
      assert.deepEqual(e.errors, [], e.errors.join("\n"));
    });
  }
});

function tsRole(code: string): Role {
  if (/^export const revision\s*=/m.test(code) && /^export async function upgrade/m.test(code)) return "revision";
  if (/^export default defineConfig\(/m.test(code)) return "config";
  if (/^\/\/ \S+\.ts\s*$/.test(code.split("\n")[0] as string)) return "file";
  const statements = code.replace(/\/\/.*$/gm, "").trim();
  if (/^(import\s[^;]*;\s*)+$/.test(statements)) return "imports";
  if (/^(export )?interface \w+ \{[\s\S]*\}$/.test(statements)) return "interface";
  return "snippet";
}
