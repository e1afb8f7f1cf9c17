/**
 * A short history whose every name is hostile (quotes, spaces, upper case,
 * reserved words, placeholder look-alikes) and whose every value is too
 * (quotes, backslashes, `$1`, `?`, `:name`, dollar quotes, line breaks,
 * non-ASCII; no NUL). Used online (values bound) and offline (values
 * escaped into the script) by the hostile and offline cases. The `lines`
 * rows go through `op.execute` with `$n` placeholders, reordered and reused.
 */
import type { ConformanceCapabilities } from "./target.js";
import type { ConformanceProject } from "./project.js";

/** Values that break naive quoting or placeholder substitution. */
export const HOSTILE_VALUES: readonly string[] = [
  "it's",
  'say "hi"',
  "back\\slash \\n \\' \\\\",
  "$1 $$ $tag$ $2::text",
  "'; DROP TABLE x; --",
  "? ?? :name @p1 %s {0}",
  "ünïcødé ✓ 日本語 🚀",
  "line\nbreak\ttab\r\nend",
  "",
];

/** Defaults of the `select` table's text columns: column name to default value. */
export const HOSTILE_DEFAULTS: Readonly<Record<string, string>> = {
  "User Name": "it's \"quoted\" \\ $1",
  "back\\slash": "back\\slash \\n '' \\'",
  $1: "$1 $$ $tag$ ? :name",
};

export const HOSTILE_JSON = { "k'ey": 'v"al\\', "$1": ["?", ":x", "ü"] };

/** Names, as the database should show them. */
export const N = {
  table: "select",
  lines: 'Order Lines "v2"',
  linesRenamed: 'Order Lines "v3"',
  pk: 'pk "select"',
  uniqueOrder: "uq order",
  check: 'ck "order" >= 0',
  fk: 'fk "select" id',
  index: 'ix "Desc" $1',
  uniqueIndex: "UX Desc Select",
  renamedColumn: 'To "x"',
  addedColumn: "Note ?",
  enumType: 'Mood "x"',
  schema: 'My "Schema"',
  schemaTable: "Thing",
  concurrentIndex: 'ix conc "when"',
} as const;

/**
 * A JS Date (an instant) in a `timestamp` column, and the same time as text:
 * a Date must be stored the same whatever the time zone of the machine that
 * runs the migration, online or offline, so as its UTC wall-clock time.
 */
export const DATE_ROW = 300;
export const WALL_CLOCK_ROW = 301;
export const DATE_ISO = "2026-01-02T03:04:05.000Z";
export const WALL_CLOCK = "2026-01-02 03:04:05";
/** The time zone the hostile project's CLI runs in (a deploy machine far from UTC, no daylight saving time). */
export const CLI_TIME_ZONE = "America/Sao_Paulo";

export const ADDED_COLUMN_DEFAULT = ":name ? $1 '";
/** The new default of column `$1` (h3), and the row inserted after it. */
export const ALTERED_DEFAULT = "new $1 'default' \\ ?";
export const ALTERED_DEFAULT_ROW = 400;
const TABLE_COMMENT = HOSTILE_VALUES.join(" | ");
/** The table comment: every hostile value, less the characters beyond U+FFFF where comments can't hold them. */
export function tableComment(caps: ConformanceCapabilities): string {
  return caps.supplementaryCharsInComments ? TABLE_COMMENT : TABLE_COMMENT.replace(/[\u{10000}-\u{10FFFF}]/gu, "");
}
export const COLUMN_COMMENT = "a 'comment' with \"quotes\", \\, $1 and ✓";
export const ENUM_LABELS = ["it's", "back\\slash", "$1", "ünï ✓", "Upper Case"];

const lit = JSON.stringify;

/** Writes the hostile history into `p`; capability-gated revisions only when the target has the capability. */
export function writeHostileHistory(p: ConformanceProject, q: (name: string) => string, caps: ConformanceCapabilities): string[] {
  const rows = HOSTILE_VALUES.map((v, i) => ({ id: i + 1, order: i + 1, "User Name": v, group: HOSTILE_JSON }));
  const revs: string[] = [];
  p.rev("h1", null, {
    message: "hostile names",
    up: `  await op.createTable(${lit(N.table)}, {
    columns: [
      { name: "id", type: t.integer(), nullable: false },
      { name: "order", type: t.integer(), nullable: false, default: 0 },
      { name: "User Name", type: t.varchar(100), nullable: false, default: ${lit(HOSTILE_DEFAULTS["User Name"])} },
      { name: ${lit("back\\slash")}, type: t.text(), default: ${lit(HOSTILE_DEFAULTS["back\\slash"])} },
      { name: ${lit("$1")}, type: t.text(), default: ${lit(HOSTILE_DEFAULTS.$1)} },
      { name: "MixedCase", type: t.boolean(), default: true },
      { name: "from", type: t.numeric(10, 2) },
      { name: "group", type: t.json() },
      { name: "when", type: t.timestamp() },
    ],
    primaryKey: { name: ${lit(N.pk)}, columns: ["id"] },
    uniques: [{ name: ${lit(N.uniqueOrder)}, columns: ["order"] }],
    checks: [{ name: ${lit(N.check)}, expression: ${lit(`${q("order")} >= 0`)} }],
  });
  await op.createTable(${lit(N.lines)}, {
    columns: [
      { name: "id", type: t.integer(), nullable: false },
      { name: "select_id", type: t.integer(), nullable: false },
      { name: "Desc", type: t.varchar(200) },
    ],
    primaryKey: { name: "Order Lines_pk", columns: ["id"] },
    foreignKeys: [{ name: ${lit(N.fk)}, columns: ["select_id"], refTable: ${lit(N.table)}, refColumns: ["id"], onDelete: "cascade" }],
    indexes: [{ name: ${lit(N.index)}, columns: ["Desc"] }],
  });
  await op.createIndex(${lit(N.uniqueIndex)}, ${lit(N.lines)}, ["Desc", "select_id"], { unique: true });`,
    down: `  await op.dropTable(${lit(N.lines)});\n  await op.dropTable(${lit(N.table)});`,
  });
  revs.push("h1");
  p.rev("h2", "h1", {
    message: "hostile values",
    up: `  await op.bulkInsert(${lit(N.table)}, ${lit(rows)});
  await op.bulkInsert(${lit(N.table)}, [{ id: 100, order: 100 }]);
  await op.bulkInsert(${lit(N.table)}, [
    { id: ${DATE_ROW}, order: ${DATE_ROW}, when: new Date(${lit(DATE_ISO)}) },
    { id: ${WALL_CLOCK_ROW}, order: ${WALL_CLOCK_ROW}, when: ${lit(WALL_CLOCK)} },
  ]);
${HOSTILE_VALUES.map((v, i) => `  await op.execute(${lit(`INSERT INTO ${q(N.lines)} (${q("Desc")}, ${q("select_id")}, ${q("id")}) VALUES ($2, $1, $1)`)}, [${i + 1}, ${lit(v)}]);`).join("\n")}`,
    down: `  await op.execute(${lit(`DELETE FROM ${q(N.lines)}`)});\n  await op.execute(${lit(`DELETE FROM ${q(N.table)}`)});`,
  });
  revs.push("h2");
  const comments = caps.comments
    ? `
  await op.setTableComment(${lit(N.table)}, ${lit(tableComment(caps))});
  await op.alterColumn(${lit(N.table)}, "User Name", {
    comment: ${lit(COLUMN_COMMENT)},
    existingType: t.varchar(100),
    existingNullable: false,
    existingDefault: ${lit(HOSTILE_DEFAULTS["User Name"])},
    existingComment: null,
  });`
    : "";
  p.rev("h3", "h2", {
    message: "hostile changes",
    up: `  await op.addColumn(${lit(N.table)}, { name: ${lit(N.addedColumn)}, type: t.text(), default: ${lit(ADDED_COLUMN_DEFAULT)} });
  await op.alterColumn(${lit(N.table)}, "from", { newName: ${lit(N.renamedColumn)} });
  await op.renameTable(${lit(N.lines)}, ${lit(N.linesRenamed)});
  await op.alterColumn(${lit(N.table)}, "$1", { default: ${lit(ALTERED_DEFAULT)}, existingDefault: ${lit(HOSTILE_DEFAULTS.$1)} });
  await op.bulkInsert(${lit(N.table)}, [{ id: ${ALTERED_DEFAULT_ROW}, order: ${ALTERED_DEFAULT_ROW} }]);${comments}`,
    down: `  await op.renameTable(${lit(N.linesRenamed)}, ${lit(N.lines)});
  await op.alterColumn(${lit(N.table)}, ${lit(N.renamedColumn)}, { newName: "from" });
  await op.alterColumn(${lit(N.table)}, "$1", { default: ${lit(HOSTILE_DEFAULTS.$1)} });
  await op.dropColumn(${lit(N.table)}, ${lit(N.addedColumn)});${caps.comments ? `\n  await op.setTableComment(${lit(N.table)}, null);` : ""}`,
  });
  revs.push("h3");
  let prev = "h3";
  if (caps.namedEnums) {
    p.rev("h4", prev, {
      message: "hostile enum",
      up: `  await op.createEnum(${lit(N.enumType)}, ${lit(ENUM_LABELS)});
  await op.addColumn(${lit(N.table)}, { name: "mood", type: t.enum(${lit(N.enumType)}), default: ${lit(ENUM_LABELS[0])} });`,
      down: `  await op.dropColumn(${lit(N.table)}, "mood");\n  await op.dropEnum(${lit(N.enumType)});`,
    });
    revs.push((prev = "h4"));
  }
  if (caps.schemas) {
    p.rev("h5", prev, {
      message: "hostile schema",
      up: `  await op.createSchema(${lit(N.schema)});
  await op.createTable(${lit(N.schemaTable)}, { schema: ${lit(N.schema)}, columns: [{ name: "value", type: t.text(), default: ${lit(HOSTILE_VALUES[3])} }] });`,
      down: `  await op.dropTable(${lit(N.schemaTable)}, { schema: ${lit(N.schema)} });\n  await op.dropSchema(${lit(N.schema)});`,
    });
    revs.push((prev = "h5"));
  }
  if (caps.concurrentIndex) {
    p.rev("h6", prev, {
      message: "hostile concurrent index",
      transactional: false,
      up: `  await op.createIndex(${lit(N.concurrentIndex)}, ${lit(N.table)}, ["when"], { concurrently: true });`,
      down: `  await op.dropIndex(${lit(N.concurrentIndex)}, { table: ${lit(N.table)}, concurrently: true });`,
    });
    revs.push((prev = "h6"));
  }
  return revs;
}
