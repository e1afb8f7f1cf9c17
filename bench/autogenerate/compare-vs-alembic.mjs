// Autogenerate at scale: a database of 1,000 tables x 10 columns, each with
// an index and a foreign key, and models with one change in every tenth
// table (100 changes). Times, in the same run on the same database:
//   - Athanor: compare() in-process, and a whole `node` process that loads
//     the 1,000-table models file (TypeScript, through jiti), connects,
//     compares and renders the revision body (what `revision --autogenerate` does);
//   - Alembic 1.8 `alembic revision --autogenerate` on equivalent SQLAlchemy
//     models (compare_type and compare_server_default on, like Athanor).
// Two shapes: "chain" (table i references table i-1) and "star" (every
// table references t0000). Writes the "autogenerate" section of bench/RESULTS.md.
// Needs `npm run build` first (or ATHANOR_DIST=<compiled src dir>) and PostgreSQL.
// Targets: Athanor <= 1.5 s wall, >= 10x faster than Alembic.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import pg from "pg";
import { fmt, machine, writeSection } from "../results.mjs";

const dist = process.env.ATHANOR_DIST ?? new URL("../../dist/", import.meta.url).pathname;
if (!existsSync(join(dist, "autogenerate/index.js"))) {
  console.error(`no compiled Athanor at ${dist}: run \`npm run build\` first (or set ATHANOR_DIST)`);
  process.exit(1);
}
const ag = await import(pathToFileURL(join(dist, "autogenerate/index.js")).href);
const { postgresDialect } = await import(pathToFileURL(join(dist, "dialects/postgres/index.js")).href);
const { dialectForUrl } = await import(pathToFileURL(join(dist, "dialects/registry.js")).href);

const ADMIN = process.env.ATHANOR_TEST_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const PY = process.env.PYTHON ?? "/usr/bin/python3";
const TABLES = Number(process.env.BENCH_TABLES ?? 1000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const ALEMBIC_RUNS = Number(process.env.BENCH_ALEMBIC_RUNS ?? 3);
const work = new URL("./.work/", import.meta.url).pathname;
mkdirSync(work, { recursive: true });

const name = (i) => `t${String(i).padStart(4, "0")}`;
const refOf = (shape, i) => (shape === "chain" ? name(Math.max(0, i - 1)) : name(0));

/** Which change table i gets in the "after" models (every tenth table). */
const changeOf = (i) => (i % 10 === 0 ? ["add", "type", "nullable", "index", "default"][(i / 10) % 5] : null);

/** Model source (TypeScript) for the Athanor models file. */
function athanorModels(shape, changed) {
  const lines = [
    `import { table } from ${JSON.stringify(join(dist, "autogenerate/index.js"))};`,
    `import { sql, t } from ${JSON.stringify(join(dist, "schema/index.js"))};`,
    "",
  ];
  for (let i = 0; i < TABLES; i++) {
    const ch = changed ? changeOf(i) : null;
    const cols = [
      `id: { type: t.serial(), primaryKey: true }`,
      `c1: t.varchar(${ch === "type" ? 200 : 100})`,
      `c2: { type: t.integer(), nullable: ${ch === "nullable" ? "false" : "true"}, default: 0 }`,
      `c3: { type: t.timestamptz(), nullable: false, default: sql("now()") }`,
      `c4: { type: t.text()${ch === "default" ? "" : ', default: "x"'} }`,
      "c5: t.numeric(10, 2)",
      "c6: { type: t.boolean(), nullable: false, default: false }",
      "c7: t.jsonb()",
      "c8: t.bigint()",
      `ref_id: { type: t.integer(), references: { table: ${JSON.stringify(refOf(shape, i))} } }`,
    ];
    if (ch === "add") cols.push("c9: t.text()");
    const indexes = [`{ name: "ix_${name(i)}_c2", columns: ["c2"] }`];
    if (ch === "index") indexes.push(`{ name: "ix_${name(i)}_c8", columns: ["c8"] }`);
    lines.push(`export const ${name(i)} = table(${JSON.stringify(name(i))}, { columns: { ${cols.join(", ")} }, indexes: [${indexes.join(", ")}] });`);
  }
  return `${lines.join("\n")}\n`;
}

/** Equivalent SQLAlchemy models. */
function sqlalchemyModels(shape) {
  const lines = [
    "from sqlalchemy import MetaData, Table, Column, Integer, BigInteger, String, Text, Numeric, Boolean, Index, ForeignKey, text",
    "from sqlalchemy.dialects.postgresql import JSONB, TIMESTAMP",
    "metadata = MetaData()",
  ];
  for (let i = 0; i < TABLES; i++) {
    const ch = changeOf(i);
    const cols = [
      'Column("id", Integer, primary_key=True)',
      `Column("c1", String(${ch === "type" ? 200 : 100}))`,
      `Column("c2", Integer, nullable=${ch === "nullable" ? "False" : "True"}, server_default=text("0"))`,
      'Column("c3", TIMESTAMP(timezone=True), nullable=False, server_default=text("now()"))',
      `Column("c4", Text${ch === "default" ? "" : ", server_default=text(\"'x'\")"})`,
      'Column("c5", Numeric(10, 2))',
      'Column("c6", Boolean, nullable=False, server_default=text("false"))',
      'Column("c7", JSONB)',
      'Column("c8", BigInteger)',
      `Column("ref_id", Integer, ForeignKey("${refOf(shape, i)}.id"))`,
    ];
    if (ch === "add") cols.push('Column("c9", Text)');
    cols.push(`Index("ix_${name(i)}_c2", "c2")`);
    if (ch === "index") cols.push(`Index("ix_${name(i)}_c8", "c8")`);
    lines.push(`Table("${name(i)}", metadata, ${cols.join(", ")})`);
  }
  return `${lines.join("\n")}\n`;
}

function alembicProject(dir, url, shape) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, "migrations/versions"), { recursive: true });
  writeFileSync(
    join(dir, "alembic.ini"),
    `[alembic]\nscript_location = migrations\nsqlalchemy.url = ${url.replace(/^postgresql:/, "postgresql+psycopg2:")}\n\n` +
      "[loggers]\nkeys = root\n[handlers]\nkeys = console\n[formatters]\nkeys = generic\n" +
      "[logger_root]\nlevel = WARN\nhandlers = console\n[handler_console]\nclass = StreamHandler\nargs = (sys.stderr,)\nformatter = generic\n" +
      "[formatter_generic]\nformat = %(levelname)s %(message)s\n",
  );
  // The stock env.py (online part), with target_metadata and the two compare flags.
  writeFileSync(
    join(dir, "migrations/env.py"),
    `from logging.config import fileConfig
import sys, os
sys.path.insert(0, os.path.dirname(os.path.dirname(__file__)))
from sqlalchemy import engine_from_config, pool
from alembic import context
from models import metadata
config = context.config
fileConfig(config.config_file_name)
target_metadata = metadata

def run_migrations_online():
    connectable = engine_from_config(config.get_section(config.config_ini_section), prefix="sqlalchemy.", poolclass=pool.NullPool)
    with connectable.connect() as connection:
        context.configure(connection=connection, target_metadata=target_metadata, compare_type=True, compare_server_default=True)
        with context.begin_transaction():
            context.run_migrations()

run_migrations_online()
`,
  );
  // Mako placeholders, spelled without template-literal look-alikes.
  const mk = (expr) => `$${"{"}${expr}}`;
  writeFileSync(
    join(dir, "migrations/script.py.mako"),
    [
      `"""${mk("message")}"""`,
      `revision = ${mk("repr(up_revision)")}`,
      `down_revision = ${mk("repr(down_revision)")}`,
      "branch_labels = None",
      "depends_on = None",
      "from alembic import op",
      "import sqlalchemy as sa",
      mk("imports if imports else ''"),
      "",
      "def upgrade():",
      `    ${mk("upgrades if upgrades else 'pass'")}`,
      "",
      "def downgrade():",
      `    ${mk("downgrades if downgrades else 'pass'")}`,
      "",
    ].join("\n"),
  );
  writeFileSync(join(dir, "models.py"), sqlalchemyModels(shape));
}

function timeRuns(runs, fn) {
  const walls = [];
  let last;
  for (let k = 0; k < runs + 1; k++) {
    const t0 = process.hrtime.bigint();
    last = fn();
    const wall = Number(process.hrtime.bigint() - t0) / 1e9;
    if (k > 0 || runs === 1) walls.push(wall);
  }
  walls.sort((a, b) => a - b);
  return { median: walls[Math.floor(walls.length / 2)], min: walls[0], last };
}

async function timeRunsAsync(runs, fn) {
  const walls = [];
  let last;
  for (let k = 0; k < runs + 1; k++) {
    const t0 = process.hrtime.bigint();
    last = await fn();
    const wall = Number(process.hrtime.bigint() - t0) / 1e9;
    if (k > 0) walls.push(wall);
  }
  walls.sort((a, b) => a - b);
  return { median: walls[Math.floor(walls.length / 2)], min: walls[0], last };
}

async function adminQuery(sql) {
  const c = new pg.Client({ connectionString: ADMIN });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

async function benchShape(shape) {
  const db = `athanor_bench_ag_${shape}_${randomBytes(3).toString("hex")}`;
  const url = ADMIN.replace(/\/[^/?]*(\?|$)/, `/${db}$1`);
  await adminQuery(`CREATE DATABASE "${db}"`);
  const dir = join(work, `ag-${shape}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const result = { shape };
  try {
    // Build the database from the "before" models with Athanor's own ops.
    writeFileSync(join(dir, "before.ts"), athanorModels(shape, false));
    writeFileSync(join(dir, "models.ts"), athanorModels(shape, true));
    // The same models as plain JavaScript (the source is valid JS): loaded natively, without jiti.
    writeFileSync(join(dir, "models.mjs"), athanorModels(shape, true));
    const { driver } = dialectForUrl(url);
    const conn = await driver.connect({ url });
    const before = await ag.loadModels({ projectDir: dir, raw: { models: "before.ts" } });
    const create = await ag.compare(before, conn);
    // In batches: one transaction holding locks on 1,000 new tables can exhaust max_locks_per_transaction.
    const statements = create.operations.flatMap((op) => postgresDialect.renderOperation(op).map((s) => postgresDialect.inline(s)));
    for (let i = 0; i < statements.length; i += 200) await conn.exec(statements.slice(i, i + 200).join(";\n"));
    await conn.exec("ANALYZE");

    // Athanor in-process: compare() on a warm process and connection.
    const after = await ag.loadModels({ projectDir: dir, raw: { models: "models.ts" } });
    const inproc = await timeRunsAsync(RUNS, () => ag.compare(after, conn));
    result.ops = inproc.last.operations.length;
    result.kinds = [...new Set(inproc.last.operations.map((o) => o.kind))].join(", ");
    result.inproc = inproc;
    await conn.close();

    // Athanor, whole process: start node, load the TS models through jiti, connect, compare, render.
    const child = join(dir, "run-athanor.mjs");
    writeFileSync(
      child,
      `import { autogenerate } from ${JSON.stringify(pathToFileURL(join(dist, "autogenerate/index.js")).href)};
import { dialectForUrl } from ${JSON.stringify(pathToFileURL(join(dist, "dialects/registry.js")).href)};
const url = process.argv[2];
const conn = await dialectForUrl(url).driver.connect({ url });
const r = await autogenerate({ projectDir: ${JSON.stringify(dir)}, raw: { models: process.argv[3] } }, conn);
await conn.close();
process.stdout.write(String(r.upgradeOps.length) + " " + r.rendered.upgrades.length);
`,
    );
    const proc = timeRuns(RUNS, () => spawnSync(process.execPath, [child, url, "models.ts"], { encoding: "utf8" }));
    if (proc.last.status !== 0) throw new Error(`athanor child failed: ${proc.last.stderr}`);
    result.process = proc;
    const procJs = timeRuns(RUNS, () => spawnSync(process.execPath, [child, url, "models.mjs"], { encoding: "utf8" }));
    if (procJs.last.status !== 0) throw new Error(`athanor child failed: ${procJs.last.stderr}`);
    result.processJs = procJs;
    result.processOutput = proc.last.stdout.trim();
    result.nodeStart = timeRuns(RUNS, () => spawnSync(process.execPath, ["-e", ""])).median;

    // Alembic 1.8.
    if (process.env.BENCH_SKIP_ALEMBIC) return result;
    const adir = join(dir, "alembic");
    alembicProject(adir, url, shape);
    // Each Alembic run is paired with an Athanor run just before it, so both see the same machine load.
    const paired = [];
    const alembic = timeRuns(ALEMBIC_RUNS, () => {
      const t0 = process.hrtime.bigint();
      spawnSync(process.execPath, [child, url, "models.ts"], { encoding: "utf8" });
      paired.push(Number(process.hrtime.bigint() - t0) / 1e9);
      rmSync(join(adir, "migrations/versions"), { recursive: true, force: true });
      mkdirSync(join(adir, "migrations/versions"));
      return spawnSync(PY, ["-m", "alembic", "revision", "--autogenerate", "-m", "bench"], { cwd: adir, encoding: "utf8", maxBuffer: 1 << 26 });
    });
    if (alembic.last.status !== 0) {
      const err = alembic.last.stderr;
      result.alembicError = /RecursionError/.test(err) ? "RecursionError (maximum recursion depth exceeded)" : err.trim().split("\n").slice(-3).join(" | ");
    } else {
      result.alembic = alembic;
      const p = paired.slice(1).sort((a, b) => a - b);
      result.paired = p[Math.floor(p.length / 2)];
      // What Alembic found: op.* calls in the generated upgrade().
      const vdir = join(adir, "migrations/versions");
      const file = readdirSync(vdir).find((f) => f.endsWith(".py"));
      const text = file ? readFileSync(join(vdir, file), "utf8") : "";
      const up = text.slice(text.indexOf("def upgrade"), text.indexOf("def downgrade"));
      result.alembicOps = (up.match(/\bop\.\w+\(/g) ?? []).length;
    }
  } finally {
    await adminQuery(`DROP DATABASE IF EXISTS "${db}" WITH (FORCE)`);
  }
  return result;
}

const results = [];
for (const shape of (process.env.BENCH_SHAPES ?? "chain,star").split(",")) {
  const r = await benchShape(shape);
  results.push(r);
  console.log(
    shape,
    `ops=${r.ops}`,
    `athanor compare ${fmt(r.inproc.median)}`,
    `athanor process ${fmt(r.process.median)} (js models ${fmt(r.processJs.median)})`,
    process.env.BENCH_SKIP_ALEMBIC ? "" : r.alembic ? `alembic ${fmt(r.alembic.median)} ops=${r.alembicOps} (x${(r.alembic.median / r.paired).toFixed(1)} vs paired ${fmt(r.paired)})` : `alembic FAILED: ${r.alembicError}`,
  );
}

const row = (r) => {
  const alembic = r.alembic ? `${fmt(r.alembic.median)} (${r.alembicOps} ops)` : `fails: ${r.alembicError}`;
  const ratio = r.alembic ? `${(r.alembic.median / r.paired).toFixed(1)}x (paired Athanor runs: ${fmt(r.paired)})` : "n/a";
  return `| ${r.shape} | ${r.ops} | ${fmt(r.inproc.median)} (min ${fmt(r.inproc.min)}) | ${fmt(r.process.median)} (min ${fmt(r.process.min)}) | ${fmt(r.processJs.median)} (min ${fmt(r.processJs.min)}) | ${alembic} | ${ratio} |`;
};
if (process.env.BENCH_SKIP_ALEMBIC) process.exit(0);
const best = results.find((r) => r.alembic);
const worstAthanor = Math.max(...results.map((r) => r.process.median));
writeSection(
  "autogenerate",
  `## Autogenerate: ${TABLES} tables x 10 columns, an index and a foreign key each, one change in every tenth table

${machine()}. PostgreSQL on 127.0.0.1 (same machine). Medians of ${RUNS} runs (Alembic: ${ALEMBIC_RUNS}), after one warm-up run.
Load average at the end of the run: ${loadavg().map((x) => x.toFixed(1)).join(", ")} (other work shared the machine; the minimum is shown too).
Changes: ${results[0]?.ops} operations (${results[0]?.kinds}).

| shape | ops | Athanor compare() in-process | Athanor whole process, TS models | Athanor whole process, JS models | Alembic 1.8.1 \`revision --autogenerate\` | Alembic / Athanor (TS) |
|---|---|---|---|---|---|---|
${results.map(row).join("\n")}

- "Athanor whole process" = \`node\` start (${fmt(results[0]?.nodeStart ?? 0)} for a bare \`node -e ""\`) + loading the 1,000-table TypeScript models file through jiti + connect + seven catalog queries + compare + rendering the revision body.
- "JS models": the same models file as \`.mjs\`, imported natively; the difference to "TS models" is the cost of loading TypeScript through jiti (transpile cached on disk, plus a second copy of Athanor's module graph evaluated by jiti).
- "chain": table i references table i-1; "star": every table references t0000. Alembic runs with \`compare_type=True, compare_server_default=True\` (Athanor's defaults).
- Target: Athanor <= 1.5 s wall (${worstAthanor <= 1.5 ? "met" : "NOT met"}: ${fmt(worstAthanor)}), >= 10x faster than Alembic (${best ? `${(best.alembic.median / best.paired).toFixed(1)}x on ${best.shape}, against Athanor runs taken alternately with Alembic's` : "Alembic did not finish"}).`,
);
console.log("wrote bench/RESULTS.md (section autogenerate)");
