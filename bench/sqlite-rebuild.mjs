// SQLite: a table rebuild of a 1,000,000-row table (issue 16), `athanor upgrade head` against the
// sqlite3 shell running the script Athanor itself prints with `upgrade head --sql`, in the same run.
//   node bench/sqlite-rebuild.mjs           1,000,000 rows, 5 rounds; writes bench/RESULTS.md
//   node bench/sqlite-rebuild.mjs --quick   10,000 rows, one round (checks that the bench works)
// The revision makes a column NOT NULL and changes its type (one rebuild: new table, copy, drop,
// rename, the index again) while a child table holds a cascading foreign key to it: no child row
// may be lost. Each round starts both from a copy of the same database file.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ATHANOR_BIN, QUICK, fail, fmt, machine, requireBuild, size, writeSection } from "./results.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const rows = size("BENCH_SQLITE_ROWS", 1_000_000, 10_000);
const rounds = size("BENCH_SQLITE_ROUNDS", 5, 1);
requireBuild();
if (spawnSync("sqlite3", ["-version"]).status !== 0) fail("the sqlite3 shell is missing (apt-get install -y sqlite3)");

const dir = mkdtempSync(join(tmpdir(), "athanor-bench-sqlite-"));
const sh = (cmd, input) => {
  const r = spawnSync("sh", ["-c", cmd], { cwd: dir, input, encoding: "utf8", maxBuffer: 1 << 30, env: { ...process.env, DATABASE_URL: "sqlite:./app.db" } });
  if (r.status !== 0) fail(`${cmd} failed: ${r.stderr}`);
  return r.stdout;
};

// the project: revision 1 creates the tables (op.execute), revision 2 rebuilds `item`
mkdirSync(join(dir, "node_modules"));
symlinkSync(root, join(dir, "node_modules", "athanor"));
mkdirSync(join(dir, "migrations", "versions"), { recursive: true });
writeFileSync(join(dir, "athanor.config.mjs"), `export default { url: process.env.DATABASE_URL, scriptLocation: "migrations" };\n`);
writeFileSync(join(dir, "migrations", "script.ts.tmpl"), "");
const ddl = `CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT, price NUMERIC(10, 2) CHECK (price >= 0), note TEXT COLLATE NOCASE);
CREATE INDEX item_name ON item (name);
CREATE TABLE item_tag (id INTEGER PRIMARY KEY, item_id INTEGER NOT NULL REFERENCES item (id) ON DELETE CASCADE, tag TEXT);`;
writeFileSync(
  join(dir, "migrations", "versions", "aaaa00000001_tables.ts"),
  `import type { MigrationOps } from "athanor";
export const revision = "aaaa00000001";
export const downRevision = null;
export async function upgrade(op: MigrationOps): Promise<void> {
  await op.execute(${JSON.stringify(ddl)});
}
export async function downgrade(op: MigrationOps): Promise<void> {
  await op.execute("DROP TABLE item_tag; DROP TABLE item");
}
`,
);
writeFileSync(
  join(dir, "migrations", "versions", "bbbb00000002_rebuild.ts"),
  `import { type MigrationOps, t } from "athanor";
export const revision = "bbbb00000002";
export const downRevision = "aaaa00000001";
export async function upgrade(op: MigrationOps): Promise<void> {
  await op.alterColumn("item", "name", { nullable: false, type: t.varchar(100) });
}
export async function downgrade(op: MigrationOps): Promise<void> {
  await op.alterColumn("item", "name", { nullable: true, type: t.text() });
}
`,
);
// the template database: at revision 1, item with `rows` rows, item_tag with one row per ten items
sh(`node ${ATHANOR_BIN} upgrade aaaa00000001`);
sh(
  "sqlite3 -bail app.db",
  `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${rows})
   INSERT INTO item SELECT i, 'item ' || i, i % 1000, 'note ' || (i % 97) FROM n;
   INSERT INTO item_tag (item_id, tag) SELECT id, 'tag' FROM item WHERE id % 10 = 0;`,
);
copyFileSync(join(dir, "app.db"), join(dir, "template.db"));
// the baseline: revision 2's part of the script Athanor prints from base (the same statements it runs online)
const full = sh(`node ${ATHANOR_BIN} upgrade head --sql`);
const at = full.indexOf("-- Running upgrade aaaa00000001 -> bbbb00000002");
if (at < 0) fail("the --sql script has no step for revision 2");
const script = full.slice(at);
writeFileSync(join(dir, "up.sql"), script);
rmSync(join(dir, "app.db"));

const time = (cmd) => {
  const t0 = process.hrtime.bigint();
  sh(cmd);
  return Number(process.hrtime.bigint() - t0) / 1e9;
};
const check = (file) => {
  const out = sh(`sqlite3 ${file} "SELECT count(*) FROM item; SELECT count(*) FROM item_tag; SELECT count(*) FROM pragma_foreign_key_check;"`);
  const [items, tags, violations] = out.trim().split("\n").map(Number);
  if (items !== rows || tags !== Math.floor(rows / 10) || violations !== 0) fail(`${file}: ${items} items, ${tags} tags, ${violations} violations after the rebuild`);
};

const load0 = loadavg().map((l) => l.toFixed(1)).join(", ");
const athanor = [];
const shell = [];
const paired = [];
for (let k = 0; k < rounds; k++) {
  for (const f of readdirSync(dir)) if (/^(app|shell)\.db/.test(f)) rmSync(join(dir, f));
  copyFileSync(join(dir, "template.db"), join(dir, "app.db"));
  copyFileSync(join(dir, "template.db"), join(dir, "shell.db"));
  sh("sync");
  const a = time(`node ${ATHANOR_BIN} upgrade head`);
  const s = time("sqlite3 -bail shell.db < up.sql");
  check("app.db");
  check("shell.db");
  athanor.push(a);
  shell.push(s);
  paired.push(a / s);
}
const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
const sqliteVersion = sh("sqlite3 -version").split(" ")[0];
const ratio = median(paired);
const table = `## SQLite: rebuild of a ${rows.toLocaleString("en-US")}-row table (issue 16)

Machine: ${machine()}; sqlite3 shell ${sqliteVersion}; better-sqlite3's own SQLite for Athanor. Median of ${rounds} round(s); each round copies the same database file twice and runs, one after the other, \`athanor upgrade head\` (whole process: Node start, config, revision load, lock, the rebuild, the version table) and \`sqlite3 -bail\` on the script \`athanor upgrade head --sql\` printed for the same revision (the same rebuild: new table, copy, drop, rename, the index again, foreign_key_check before COMMIT). The revision makes \`item.name\` NOT NULL and VARCHAR(100): one rebuild of \`item\`, while \`item_tag\` holds ${Math.floor(rows / 10).toLocaleString("en-US")} rows with a cascading foreign key to it; after each run both files are checked: every item and every tag row still there, no foreign-key violation. "Paired": each Athanor run divided by the shell run of the same round, then the median. Load average at the start: ${load0}.

| command | median wall | runs (s) | ratio to the sqlite3 shell (paired) | ≤ 1.1× |
|---|---|---|---|---|
| sqlite3 -bail < upgrade head --sql | ${fmt(median(shell))} | ${shell.map((x) => x.toFixed(2)).join(", ")} | 1.00× (baseline) | – |
| athanor upgrade head | ${fmt(median(athanor))} | ${athanor.map((x) => x.toFixed(2)).join(", ")} | ${ratio.toFixed(2)}× | ${ratio <= 1.1 ? "yes" : "no"} |
`;
console.log(table);
writeSection("sqlite-rebuild", table);
rmSync(dir, { recursive: true, force: true });
if (QUICK) console.log("(quick run: the times mean nothing)");
