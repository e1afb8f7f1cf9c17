/**
 * Hostile identifiers and values through the CLI (see ../hostile.ts): names
 * arrive in the database exactly as written, values in defaults, rows and
 * comments read back exactly. The same history as an offline script,
 * applied with the database's own client, gives the same schema, rows and
 * version table as the online run. Downgrading to base drops it all again.
 */
import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { IN_ORDER, type Reader, read, type SuiteContext, userTables } from "../context.js";
import {
  ADDED_COLUMN_DEFAULT,
  ALTERED_DEFAULT,
  ALTERED_DEFAULT_ROW,
  CLI_TIME_ZONE,
  COLUMN_COMMENT,
  DATE_ROW,
  ENUM_LABELS,
  HOSTILE_DEFAULTS,
  HOSTILE_JSON,
  HOSTILE_VALUES,
  N,
  tableComment,
  WALL_CLOCK_ROW,
  writeHostileHistory,
} from "../hostile.js";
import { type ConformanceProject, describeRun } from "../project.js";
import type { ConformanceDatabase, SchemaDump, TableDump } from "../target.js";

const json = (v: unknown) => (typeof v === "string" ? JSON.parse(v) : v);

function table(dump: SchemaDump, name: string): TableDump {
  const t = dump.tables.find((x) => x.name === name);
  assert.ok(t, `table ${JSON.stringify(name)} not found; tables: ${JSON.stringify(dump.tables.map((x) => x.name))}`);
  return t;
}

/**
 * Every row of the two hostile tables, in a form that compares across
 * sessions. The Date row's timestamp is left out: its own case compares it.
 */
async function hostileRows(q: (name: string) => string, r: Reader) {
  const main = await r.rows<Record<string, unknown>>(`SELECT * FROM ${q(N.table)} ORDER BY ${q("id")}`);
  const lines = await r.rows<Record<string, unknown>>(`SELECT * FROM ${q(N.linesRenamed)} ORDER BY ${q("id")}`);
  return {
    main: main.map(
      (row): Record<string, unknown> => ({
        ...row,
        group: json(row.group),
        when: row.when === null || Number(row.id) === DATE_ROW ? null : String(row.when),
      }),
    ),
    lines,
  };
}

/** True when the Date row and the wall-clock row hold the same timestamp. */
async function sameTimestamp(q: (name: string) => string, r: Reader): Promise<boolean> {
  const rows = await r.rows<{ n: unknown }>(
    `SELECT COUNT(*) AS ${q("n")} FROM ${q(N.table)} a JOIN ${q(N.table)} b ON a.${q("when")} = b.${q("when")} ` +
      `WHERE a.${q("id")} = ${DATE_ROW} AND b.${q("id")} = ${WALL_CLOCK_ROW}`,
  );
  return Number(rows[0]?.n) === 1;
}

export function hostileCases(ctx: SuiteContext): void {
  const caps = ctx.target.capabilities;
  const q = ctx.q;

  describe("hostile identifiers and values; offline SQL", IN_ORDER, () => {
    let db: ConformanceDatabase;
    let p: ConformanceProject;
    let revisions: string[];
    let offline: ConformanceDatabase | undefined;
    let online: SchemaDump;
    let onlineRows: Awaited<ReturnType<typeof hostileRows>>;
    const head = () => revisions[revisions.length - 1] as string;

    before(async () => {
      db = await ctx.database();
      p = ctx.project(db, {}, { TZ: CLI_TIME_ZONE });
      revisions = writeHostileHistory(p, q, caps);
    });

    test("upgrade head: every name arrives as written (tables, columns, keys, constraints, indexes)", async () => {
      const r = await p.athanor("upgrade", "head");
      assert.equal(r.code, 0, describeRun(r));
      await read(ctx, db, async (c) => {
        online = await c.schema();
        onlineRows = await hostileRows(q, c);
        assert.deepEqual(await c.heads(), [head()]);
      });
      const main = table(online, N.table);
      const columns = ["id", "order", "User Name", "back\\slash", "$1", "MixedCase", N.renamedColumn, "group", "when", N.addedColumn];
      if (caps.namedEnums) columns.push("mood");
      assert.deepEqual(main.columns.map((c) => c.name), [...columns].sort((a, b) => (a < b ? -1 : 1)));
      // Where primary keys keep no name of their own, the name given must still have been accepted; the columns are checked.
      if (caps.namedPrimaryKey) assert.deepEqual(main.primaryKey, { name: N.pk, columns: ["id"] });
      else assert.deepEqual(main.primaryKey?.columns, ["id"]);
      assert.deepEqual(main.uniques, [{ name: N.uniqueOrder, columns: ["order"] }]);
      assert.deepEqual(main.checks.map((c) => c.name), [N.check]);
      assert.deepEqual(main.indexes.map((i) => i.name), caps.concurrentIndex ? [N.concurrentIndex] : []);
      const lines = table(online, N.linesRenamed);
      assert.deepEqual(
        lines.foreignKeys.map((f) => ({ name: f.name, columns: f.columns, refTable: f.refTable, refColumns: f.refColumns })),
        [{ name: N.fk, columns: ["select_id"], refTable: N.table, refColumns: ["id"] }],
      );
      assert.deepEqual(
        // Not the index a server makes by itself for a foreign key, named after the key; a unique index may read back
        // as a unique constraint where the two are one thing (MySQL/MariaDB).
        [
          ...lines.indexes.filter((i) => !lines.foreignKeys.some((f) => f.name === i.name)).map((i) => ({ name: i.name, unique: i.unique, columns: i.columns })),
          ...lines.uniques.map((u) => ({ name: u.name, unique: true, columns: u.columns })),
        ].sort((a, b) => (a.name < b.name ? -1 : 1)),
        [
          { name: N.uniqueIndex, unique: true, columns: ["Desc", "select_id"] },
          { name: N.index, unique: false, columns: ["Desc"] },
        ].sort((a, b) => (a.name < b.name ? -1 : 1)),
      );
      const expected: string[] = [N.table, N.linesRenamed];
      if (caps.schemas) expected.push(`${N.schema}.${N.schemaTable}`);
      assert.deepEqual(userTables(online), expected.sort());
      assert.deepEqual(online.schemas, caps.schemas ? [N.schema] : []);
    });

    test("values round-trip exactly: bound rows, column defaults, a default filling existing rows", () => {
      const n = HOSTILE_VALUES.length;
      assert.deepEqual(
        onlineRows.main.slice(n).map((r) => Number(r.id)),
        [100, DATE_ROW, WALL_CLOCK_ROW, ALTERED_DEFAULT_ROW],
      );
      HOSTILE_VALUES.forEach((v, i) => {
        const row = onlineRows.main[i] as Record<string, unknown>;
        assert.equal(row["User Name"], v, `row ${i + 1}`);
        assert.deepEqual(row.group, HOSTILE_JSON);
        assert.equal(onlineRows.lines[i]?.Desc, v, `line ${i + 1}`);
      });
      const defaulted = onlineRows.main[n] as Record<string, unknown>;
      for (const [column, value] of Object.entries(HOSTILE_DEFAULTS)) assert.equal(defaulted[column], value, `default of ${column}`);
      const altered = onlineRows.main[n + 3] as Record<string, unknown>;
      assert.equal(altered.$1, ALTERED_DEFAULT, "the default set by alterColumn");
      for (const row of onlineRows.main) assert.equal(row[N.addedColumn], ADDED_COLUMN_DEFAULT);
      if (caps.namedEnums) for (const row of onlineRows.main) assert.equal(row.mood, ENUM_LABELS[0]);
    });

    test("comments round-trip exactly", ctx.needs("comments", "table and column comments"), () => {
      const main = table(online, N.table);
      assert.equal(main.comment, tableComment(caps));
      assert.equal(main.columns.find((c) => c.name === "User Name")?.comment, COLUMN_COMMENT);
    });

    test("enum labels round-trip exactly", ctx.needs("namedEnums", "named enum types"), () => {
      assert.deepEqual(online.enums, [{ name: N.enumType, values: ENUM_LABELS }]);
    });

    const client = ctx.target.nativeClient;
    test(
      `offline: upgrade --sql applied with ${client?.name ?? "the database's client"} gives the same schema, rows and version table`,
      client ? {} : { skip: ctx.target.nativeClientAbsent ?? `${ctx.target.name} has no command-line client` },
      async () => {
        if (!client) return;
        const script = await p.athanor("upgrade", "--sql", "head");
        assert.equal(script.code, 0, describeRun(script));
        const target = await ctx.database();
        offline = target;
        const applied = client.apply(target, script.stdout);
        assert.equal(applied.code, 0, `${client.name} failed:\n${applied.stderr}`);
        await read(ctx, target, async (c) => {
          assert.deepEqual(await c.schema(), online);
          assert.deepEqual(await hostileRows(q, c), onlineRows);
          assert.deepEqual(await c.heads(), [head()]);
        });
      },
    );

    test(
      `a Date in a timestamp column is stored as its UTC wall-clock time, with the CLI in ${CLI_TIME_ZONE} (online, and offline where applied)`,
      ctx.known("date-in-local-time"),
      async () => {
        assert.ok(await read(ctx, db, (c) => sameTimestamp(q, c)), "online: the Date was not stored as its UTC wall-clock time");
        if (offline) assert.ok(await read(ctx, offline, (c) => sameTimestamp(q, c)), "offline: the Date was not stored as its UTC wall-clock time");
      },
    );

    test("downgrade base drops every hostile object again", async () => {
      const r = await p.athanor("downgrade", "base");
      assert.equal(r.code, 0, describeRun(r));
      const dump = await read(ctx, db, async (c) => ({ schema: await c.schema(), heads: await c.heads() }));
      assert.deepEqual(userTables(dump.schema), []);
      assert.deepEqual(dump.schema.enums, []);
      assert.deepEqual(dump.schema.schemas, []);
      assert.deepEqual(dump.heads, []);
    });

    test(
      `offline: downgrade --sql <head>:base applied with ${client?.name ?? "the database's client"} gives the same schema as online`,
      !client ? { skip: ctx.target.nativeClientAbsent ?? `${ctx.target.name} has no command-line client` } : {},
      async () => {
        if (!client) return;
        assert.ok(offline, "the offline upgrade case must have run");
        const script = await p.athanor("downgrade", "--sql", `${head()}:base`);
        assert.equal(script.code, 0, describeRun(script));
        const applied = client.apply(offline, script.stdout);
        assert.equal(applied.code, 0, `${client.name} failed:\n${applied.stderr}`);
        const [down, offDown] = [await read(ctx, db, (c) => c.schema()), await read(ctx, offline, (c) => c.schema())];
        assert.deepEqual(offDown, down);
      },
    );
  });
}
