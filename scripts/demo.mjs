// The README's main job: scaffold a project in a temporary folder, write
// revisions with two branches and a merge, apply them to the embedded
// PostgreSQL (PGlite), and show history, heads, branches and current.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const bin = new URL("../dist/cli/bin.cjs", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "athanor-demo-"));
const env = { ...process.env };
delete env.DATABASE_URL;

function athanor(...args) {
  console.log(`\n$ athanor ${args.join(" ")}`);
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: dir, env, encoding: "utf8" });
  process.stdout.write(r.stdout);
  process.stdout.write(r.stderr);
  if (r.status !== 0) {
    console.error(`demo: 'athanor ${args.join(" ")}' exited ${r.status}`);
    process.exit(r.status ?? 1);
  }
  return r.stdout;
}

/** Fills the body of a generated revision's upgrade()/downgrade(). */
function fill(rev, upgrade, downgrade) {
  const versions = join(dir, "migrations", "versions");
  const file = readdirSync(versions).find((f) => f.startsWith(rev));
  const p = join(versions, file);
  const src = readFileSync(p, "utf8")
    .replace('import type { MigrationOps } from "athanor";', 'import { type MigrationOps, t } from "athanor";')
    .replace(/(export async function upgrade\(op: MigrationOps\): Promise<void> \{\n)/, `$1${upgrade}\n`)
    .replace(/(export async function downgrade\(op: MigrationOps\): Promise<void> \{\n)/, `$1${downgrade}\n`);
  writeFileSync(p, src);
}

console.log(`demo project: ${dir}`);
athanor("init");
athanor("revision", "-m", "create account", "--rev-id", "a1a1a1a1a1a1");
fill(
  "a1a1a1a1a1a1",
  `  await op.createTable("account", {
    columns: [
      { name: "id", type: t.integer(), primaryKey: true, identity: "byDefault" },
      { name: "name", type: t.varchar(100), nullable: false },
    ],
  });`,
  `  await op.dropTable("account");`,
);
athanor("revision", "-m", "add email", "--rev-id", "b2b2b2b2b2b2");
fill("b2b2b2b2b2b2", `  await op.addColumn("account", { name: "email", type: t.text() });`, `  await op.dropColumn("account", "email");`);
athanor("revision", "-m", "shop branch", "--rev-id", "c3c3c3c3c3c3", "--head", "a1a1a1a1a1a1", "--splice", "--branch-label", "shop");
fill(
  "c3c3c3c3c3c3",
  `  await op.createTable("product", { columns: [{ name: "id", type: t.integer(), primaryKey: true }] });`,
  `  await op.dropTable("product");`,
);
athanor("heads");
athanor("branches");
athanor("merge", "heads", "-m", "merge shop", "--rev-id", "d4d4d4d4d4d4");
athanor("history");
athanor("heads");
athanor("upgrade", "head");
athanor("current", "-v");
athanor("downgrade", "b2b2b2b2b2b2");
athanor("current");
athanor("upgrade", "heads");
athanor("history", "-i");
rmSync(dir, { recursive: true, force: true });
console.log("\ndemo finished");
