// The fast TypeScript path for revision files and configs: src/util/strip-types.ts
// (blanks types in place) and src/util/load-module.ts (imports the result, or
// falls back to jiti).
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import ts from "typescript";
import { fastPathSource, loadModule, tsLoaderStats } from "../../src/util/load-module.js";
import { stripTypes, stripTypesOrReason } from "../../src/util/strip-types.js";

/** A canonical form of a JavaScript AST (parentheses, empty statements and imports left out). */
function canon(code: string): string {
  const sf = ts.createSourceFile("x.js", code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const diags = (sf as unknown as { parseDiagnostics?: { messageText: unknown }[] }).parseDiagnostics ?? [];
  if (diags.length) return `PARSE ERROR: ${String(diags[0]?.messageText)}`;
  const out: string[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isParenthesizedExpression(n)) {
      visit(n.expression);
      return;
    }
    if (n.kind === ts.SyntaxKind.EmptyStatement || ts.isImportDeclaration(n)) return;
    if (ts.isExportDeclaration(n) && (!n.exportClause || (ts.isNamedExports(n.exportClause) && n.exportClause.elements.length === 0)) && !n.moduleSpecifier) return;
    out.push(ts.SyntaxKind[n.kind] ?? "?");
    if (ts.isIdentifier(n) || ts.isStringLiteral(n) || ts.isNumericLiteral(n) || ts.isRegularExpressionLiteral(n)) out.push(JSON.stringify(n.text));
    if (n.kind >= ts.SyntaxKind.FirstTemplateToken && n.kind <= ts.SyntaxKind.LastTemplateToken) out.push(JSON.stringify((n as ts.LiteralLikeNode).text));
    if (ts.isBinaryExpression(n)) out.push(ts.SyntaxKind[n.operatorToken.kind] ?? "?");
    if (ts.isPrefixUnaryExpression(n) || ts.isPostfixUnaryExpression(n)) out.push(ts.SyntaxKind[n.operator] ?? "?");
    out.push("(");
    ts.forEachChild(n, visit);
    out.push(")");
  };
  visit(sf);
  return out.join(" ");
}

function viaTypeScript(src: string): string {
  return ts.transpileModule(src, {
    compilerOptions: { target: ts.ScriptTarget.ESNext, module: ts.ModuleKind.ESNext, verbatimModuleSyntax: false },
  }).outputText;
}

/** Stripped output must mean what TypeScript's own output means, and keep every line where it was. */
function assertSameAsTypeScript(src: string): void {
  const r = stripTypes(src);
  assert.ok(r, `not taken: ${String(stripTypesOrReason(src))}\n${src}`);
  assert.equal(r.code.length, src.length, "offsets kept");
  assert.deepEqual(
    r.code.split("\n").map((_, i) => i),
    src.split("\n").map((_, i) => i),
    "lines kept",
  );
  assert.equal(canon(r.code), canon(viaTypeScript(src)), `differs from tsc for:\n${src}\n--- ours:\n${r.code}`);
}

const revisionSource = `/**
 * create account
 *
 * Revision ID: 1975ea83b712
 * Revises:
 * Create Date: 2026-11-21 14:05:09.000000+00:00
 */
import { type MigrationOps, t, sql } from "athanor";

export const revision = "1975ea83b712";
export const downRevision: string | string[] | null = null;
export const branchLabels: string[] = [];
export const dependsOn: string[] = [];

export async function upgrade(op: MigrationOps): Promise<void> {
  await op.createTable("account", {
    columns: [
      { name: "id", type: t.bigint(), primaryKey: true, identity: "always" },
      { name: "email", type: t.text(), nullable: false, unique: true },
      { name: "created_at", type: t.timestamptz(), nullable: false, default: sql("now()") },
    ],
  });
}

export async function downgrade(op: MigrationOps): Promise<void> {
  await op.dropTable("account");
}
`;

describe("stripTypes", () => {
  test("a generated revision: types become spaces, everything else stays byte for byte", () => {
    const r = stripTypes(revisionSource);
    assert.ok(r);
    assert.match(r.code, /^import \{\s+t, sql \} from "athanor";$/m);
    assert.match(r.code, /^export const downRevision\s+= null;$/m);
    assert.match(r.code, /^export async function upgrade\(op\s+\)\s+\{$/m);
    assert.deepEqual(
      r.imports.map((i) => [i.specifier, i.names]),
      [["athanor", ["t", "sql"]]],
    );
    assert.equal(r.needsModuleContext, false);
    assertSameAsTypeScript(revisionSource);
  });

  test("import type and type-only imports go away whole (with a ; so the lines around don't merge)", () => {
    const r = stripTypes(`import type { MigrationOps } from "athanor";\nimport { type X } from "athanor";\nfoo()\ntype A = string\n[1].map(f)\n`);
    assert.ok(r);
    assert.equal(r.imports.length, 0);
    assert.match(r.code, /^;\s+$/m);
    assertSameAsTypeScript(`foo()\ntype A = string\n[1].map(f)\n`);
  });

  const same: Record<string, string> = {
    "annotations on variables": `let a: number = 1, b: string[] = [], c!: Map<string, Array<number>>;\nconst { x, y }: { x: number; y: string } = o;\nconst [p, q]: [number, string] = arr;`,
    "functions, optional and rest params, return types, type params": `function f<T extends object = {}>(a: T, b?: string, ...rest: Array<T | null>): Promise<T[]> { return g(a, b, rest); }\nexport function* gen(): Generator<number> { yield 1; }\nconst h = function (x: number): void {};`,
    "arrows with types, async arrows, generic arrows": `const a = (x: number, y = 2): number => x + y;\nconst b = async (op: Ops): Promise<void> => { await op.run(); };\nconst c = <T,>(v: T): T => v;\nconst d = ({ a, b }: Props = {}) => a;\nconst e = x => x * 2;`,
    "as, satisfies, non-null, type arguments": `const v = (w as unknown as string[])!.map((s) => s!.trim());\nconst cfg = { a: 1 } satisfies Cfg;\nconst m = new Map<string, number>();\nconst k = f<string>("x");\nconst ro = [1, 2] as const;\nconst codes = { a: "x" } as const satisfies Record<string, string>;\nconst n = obj!.prop![0]!;`,
    "conditional expressions keep their colons": `const r = a ? (b) : c;\nconst s = x ? { k: 1 } : y ? z : w;\nconst u = cond ? (v as T) : other;\nlabel: for (const i of xs) { if (i) continue label; }\nswitch (k) { case 1: break; default: f(); }`,
    "comparisons that are not type arguments": `if (a < b && c > d) f();\nconst g = a < b;\nconst h = x<y || z>(w);\nfor (let i: number = 0; i < n; i++) {}`,
    "interfaces and type aliases": `interface Row { id: number; name?: string }\nexport interface Other extends Row, Base<string> { x: () => void }\ntype U<T> = T extends string ? "s" : T extends number ? "n" : never;\nexport type { Row };\nexport type Fn = (a: number) => void;\nconst keep = 1;`,
    "object literals with methods and getters": `const o = {\n  a: 1,\n  enum: ["x"],\n  private: true,\n  m(x: number): number { return x; },\n  async n(y: string) {},\n  get g(): number { return 1; },\n  [key]: value,\n  *gen() {},\n  id<T>(v: T): T { return v; },\n};`,
    // biome-ignore lint/suspicious/noTemplateCurlyInString: TypeScript source text with template literals in it
    "regular expressions, templates and comments": "const re = /a:b<c>/g; // x: number\nconst t = `${a as string}:${b!}` + `x: ${ `y: ${c}` }`;\n/* as string */ const d = a / b / c;\nif (x) /re/.test(y);",
    "catch clause types and type predicates": `try { f(); } catch (e: unknown) { g(e as Error); }\nfunction isS(x: unknown): x is string { return typeof x === "string"; }\nfunction assertS(x: unknown): asserts x is string {}`,
    "typeof import types": `type Pg = typeof import("pg");\nlet d: typeof import("./x.js").default | undefined;\nconst m = (await import("pg")) as typeof import("pg");`,
    "keywords used as names": `const type = 1, as = 2, satisfies = 3;\nconst o = { type, as, declare: 1, module: 2, namespace: 3, abstract: 4 };\nx.default as Foo;\nimport.meta;`,
    "function types and unions across lines": `const f: (a: number, b: { c: string }) => void = () => {};\nlet u:\n  | "a"\n  | "b" = "a";\nconst g: new () => Foo = Foo;\nconst idx: Foo["bar"][number] = 1;\nconst tl: \`a\${string}\` = "ab";`,
  };
  for (const [name, src] of Object.entries(same)) {
    test(`same as tsc: ${name}`, () => assertSameAsTypeScript(src));
  }

  const declined: Record<string, string> = {
    enum: "enum E { A }",
    "const enum": "const enum E { A }",
    namespace: "namespace N { export const a = 1; }",
    declare: "declare const x: number;",
    class: "class A { x: number = 1 }",
    decorator: "@dec function f() {}",
    "type assertion": "const a = <string>b;",
    overload: "function f(a: string): void;\nfunction f(a: any) {}",
    "parameter property": "const f = function (private x: number) {};",
    "this parameter": "function f(this: Window) {}",
    "import = require": 'import fs = require("fs");',
    "export =": "export = foo;",
    "arrow with a return type inside ?:": "const f = c ? (x): number => x : null;",
    "a line starting with ( after a stripped as": "const a = b as T\n(c)",
  };
  for (const [name, src] of Object.entries(declined)) {
    test(`declined (left to jiti): ${name}`, () => assert.equal(typeof stripTypesOrReason(src), "string"));
  }

  test("every TypeScript file of this repository is either declined or stripped to what tsc gives", () => {
    const root = new URL("../../../", import.meta.url).pathname;
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        if (name === "node_modules" || name.startsWith(".")) continue;
        const p = join(dir, name);
        if (statSync(p).isDirectory()) walk(p);
        else if (name.endsWith(".ts") && !name.endsWith(".d.ts")) files.push(p);
      }
    };
    for (const d of ["src", "test", "examples"]) {
      try {
        walk(join(root, d));
      } catch {
        // folder missing in this checkout
      }
    }
    assert.ok(files.length > 50, `found ${files.length} files under ${root}`);
    let taken = 0;
    for (const f of files) {
      const src = readFileSync(f, "utf8");
      if (!stripTypes(src)) continue;
      taken++;
      assert.doesNotThrow(() => assertSameAsTypeScript(src), f);
    }
    assert.ok(taken > files.length / 2, `${taken} of ${files.length} taken`);
  });
});

describe("loadModule: the fast path and its fallback to jiti", () => {
  const dir = mkdtempSync(join(tmpdir(), "athanor-load-"));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, text: string) => {
    const p = join(dir, name);
    writeFileSync(p, text);
    return p;
  };

  test("a revision file loads without jiti and works", async () => {
    const p = write("rev1.ts", revisionSource);
    const before = { ...tsLoaderStats };
    const mod = await loadModule(p);
    assert.equal(tsLoaderStats.fast, before.fast + 1);
    assert.equal(tsLoaderStats.jiti, before.jiti);
    assert.equal(mod.revision, "1975ea83b712");
    assert.equal(mod.downRevision, null);
    assert.equal(typeof mod.upgrade, "function");
  });

  test("a config importing only defineConfig gets the light module; the rest of the API gets the package", () => {
    const cfg = fastPathSource(`import { defineConfig } from "athanor";\nexport default defineConfig({});\n`, "/x/athanor.config.ts");
    assert.ok(cfg);
    assert.match(cfg, /config\/settings\.js"/);
    const rev = fastPathSource(revisionSource, "/x/rev.ts");
    assert.ok(rev);
    assert.match(rev, /\/index\.js"/);
    assert.match(rev, /\/\/# sourceURL=file:\/\/\/x\/rev\.ts\n$/);
  });

  test("relative imports, packages, import.meta and require go to jiti", () => {
    for (const src of [
      `import { a } from "./helper";\nexport const b = a;`,
      `import { z } from "some-package";\nexport const b = z;`,
      `export const here = import.meta.url;`,
      `export const m = await import("node:fs");`,
      `const x = require("fs");`,
      `export const d = __dirname;`,
    ]) {
      assert.equal(fastPathSource(src, "/x/m.ts"), null, src);
    }
    assert.ok(fastPathSource(`import { readFileSync } from "node:fs";\nimport path from "path";\nexport const a = 1;`, "/x/m.ts"));
  });

  test("a module with syntax the stripper leaves alone still loads (through jiti)", async () => {
    const p = write("enum.ts", `export enum Color { Red = "r" }\nexport const x: number = 1;\n`);
    const before = { ...tsLoaderStats };
    const mod = await loadModule(p);
    assert.equal(tsLoaderStats.jiti, before.jiti + 1);
    assert.equal((mod.Color as Record<string, string>).Red, "r");
  });

  test("a link error (an import of a name that doesn't exist) falls back to jiti before any code ran", async () => {
    const p = write("typeonly.ts", `import { MigrationOpsNotThere } from "athanor";\nexport const ok: MigrationOpsNotThere | null = null;\n`);
    const before = { ...tsLoaderStats };
    const mod = await loadModule(p);
    assert.equal(tsLoaderStats.jiti, before.jiti + 1);
    assert.equal(mod.ok, null);
  });

  test("an error thrown by the module's own code is its error: reported, not retried", async () => {
    const g = globalThis as unknown as { __athanorRuns?: number };
    g.__athanorRuns = 0;
    const p = write("throws.ts", `const n: number = 1;\n(globalThis as any).__athanorRuns += n;\nthrow new SyntaxError("from the module");\n`);
    const before = { ...tsLoaderStats };
    await assert.rejects(() => loadModule(p), /from the module/);
    assert.equal(g.__athanorRuns, 1, "ran once");
    assert.equal(tsLoaderStats.jiti, before.jiti);
  });

  test("stack traces name the original file, line and column", async () => {
    const p = write("stack.ts", `export function boom(x: number): never {\n  throw new Error("boom " + x);\n}\n`);
    const mod = await loadModule(p);
    try {
      (mod.boom as (x: number) => never)(1);
      assert.fail("should throw");
    } catch (e) {
      assert.match((e as Error).stack ?? "", /stack\.ts:2:9/);
    }
  });

  test("export default <expression> runs as a function body too (a config's defineConfig); declarations keep the module form", async () => {
    assert.deepEqual(stripTypes(`export default { a: 1 };`)?.script?.exports, [["default", "__athanorDefault"]]);
    for (const src of [`export default function f() {}`, `export default async function () {}`, `export default class A {}`]) {
      assert.equal(stripTypes(src)?.script ?? null, null, src);
    }
    const d = write(
      "default-expr.ts",
      `import { defineConfig } from "athanor";\nconst loc: string = "m";\nexport\ndefault defineConfig({\n  scriptLocation: loc,\n  m(x: number): number { return x; },\n});\nexport const line = new Error().stack?.match(/default-expr\\.ts:(\\d+)/)?.[1];\n`,
    );
    const before = { ...tsLoaderStats };
    const cfg = await loadModule(d);
    assert.equal(tsLoaderStats.jiti, before.jiti);
    assert.equal((cfg.default as { scriptLocation: string }).scriptLocation, "m");
    assert.equal((cfg.default as { m(x: number): number }).m(4), 4);
    assert.equal(cfg.line, "8", "lines stay where they were");
  });

  test("plain exports run as a function body; default declarations, let and re-exports keep the module form", async () => {
    const script = stripTypes(`import * as api from "athanor";\nimport { join as j } from "node:path";\nconst n: number = 2;\nexport const a = j("x", "y");\nexport async function f(): Promise<number> { return n; }\nfunction g() { return api; }\nexport { g as getApi };\n`);
    assert.deepEqual(script?.script?.exports, [
      ["a", "a"],
      ["f", "f"],
      ["getApi", "g"],
    ]);
    for (const src of [`export default function () {}`, `export let a = 1;`, `export * from "node:fs";`, `export const { a } = { a: 1 };`, `export const a = 1, b = 2;`]) {
      assert.equal(stripTypes(src)?.script, null, src);
    }
    const p = write("plain.ts", `import * as api from "athanor";\nimport { join as j } from "node:path";\nimport { t } from "athanor";\nconst n: number = await Promise.resolve(2);\nexport const a = j("x", "y");\nexport async function f(): Promise<number> { return n; }\nfunction g() { return [api, t]; }\nexport { g as getApi };\n`);
    const mod = await loadModule(p);
    assert.equal(mod.a, join("x", "y"));
    assert.equal(await (mod.f as () => Promise<number>)(), 2);
    const [api, t] = (mod.getApi as () => [Record<string, unknown>, unknown])();
    assert.equal(typeof api.defineConfig, "function");
    assert.equal(t, api.t);
    const d = write("default.ts", `import { defineConfig } from "athanor";\nexport default defineConfig({ scriptLocation: "m" as string });\nexport let x: number = 1;\n`);
    const cfg = await loadModule(d);
    assert.deepEqual(cfg.default, { scriptLocation: "m" });
    assert.equal(cfg.x, 1);
  });

  test("ATHANOR_TS_LOADER=jiti forces jiti", async () => {
    const p = write("forced.ts", `export const v: number = 3;\n`);
    process.env.ATHANOR_TS_LOADER = "jiti";
    try {
      const before = { ...tsLoaderStats };
      const mod = await loadModule(p);
      assert.equal(tsLoaderStats.jiti, before.jiti + 1);
      assert.equal(mod.v, 3);
    } finally {
      delete process.env.ATHANOR_TS_LOADER;
    }
  });
});
