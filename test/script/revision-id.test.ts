// Revision ids as read statically (parse-revision-file.ts) and as the module itself says they are.
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { resolveConfig } from "../../src/config/load-config.js";
import { VERSION_NUM_LENGTH } from "../../src/dialects/postgres/version-table-sql.js";
import { isAthanorError } from "../../src/errors.js";
import { MetadataCache } from "../../src/script/metadata-cache.js";
import { parseRevisionSource } from "../../src/script/parse-revision-file.js";
import { loadModule } from "../../src/util/load-module.js";

const dirs: string[] = [];
after(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
function tempDir(prefix: string): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(d);
  return d;
}

/** `export const revision = <literal>` as written in a revision file. */
const AGREE: readonly string[] = [
  '"\\x41BCD0001"',
  "'\\u0041BCD0002'",
  '"\\u{41}BCD0003"',
  '"\\u{0000041}BCD0004"',
  '"\\u{1F600}x"',
  '"\\uD83D\\uDE00y"',
  '"AB\\\nCD0005"',
  '"AB\\\r\nCD0006"',
  '"AB\\\rCD0007"',
  '"AB\\\u2028CD0008"',
  '"\\a\\c\\d\\q0009"',
  "'it\\'s'",
  '"\\"q\\""',
  '"\\\\x41"',
  '"nul\\0"',
  "'line\u2028sep'",
  "`ABCD0010`",
  "`\\x41BCD0011`",
  "`A\\`B`",
  "`A$B`",
  "`A\r\nB`",
  "`A\rB`",
  "`A\\\r\nB`",
  '"\\t\\n\\r\\b\\f\\v"',
];

/** Literals a module refuses (strict code), so the reader must too. */
const REFUSED: readonly string[] = [
  '"\\101"',
  '"\\08"',
  '"\\8"',
  '"\\x4"',
  '"\\x4G"',
  '"\\u004"',
  '"\\u{110000}"',
  '"\\u{}"',
  "`\\101`",
  '"A\rB"',
];

const fileFor = (literal: string) => `export const revision = ${literal};\nexport const downRevision = null;\n`;

describe("the static reader decodes string escapes as JavaScript does", () => {
  for (const literal of AGREE) {
    test(`agrees with the module on ${JSON.stringify(literal)}`, async () => {
      const dir = tempDir("athanor-revid-");
      const path = join(dir, "r.ts");
      const source = fileFor(literal);
      writeFileSync(path, source);
      const mod = await loadModule(path, source);
      assert.equal(parseRevisionSource(source, path).revision, mod.revision);
    });
  }
  for (const literal of REFUSED) {
    test(`refuses ${JSON.stringify(literal)}, naming the file, as the module does`, async () => {
      const dir = tempDir("athanor-revid-");
      const path = join(dir, "r.ts");
      const source = fileFor(literal);
      writeFileSync(path, source);
      assert.throws(
        () => parseRevisionSource(source, path),
        (e: unknown) => isAthanorError(e) && e.message.startsWith(`${path}:1: 'revision'`),
      );
      await assert.rejects(loadModule(path, source));
    });
  }
});

describe("revision ids longer than the version table's column", () => {
  const at = (len: number) => "a".repeat(len);

  test(`an id of ${VERSION_NUM_LENGTH + 8} characters is refused, naming the file and the limit`, () => {
    assert.throws(
      () => parseRevisionSource(fileFor(JSON.stringify(at(VERSION_NUM_LENGTH + 8))), "v/long.ts"),
      (e: unknown) => {
        assert.ok(isAthanorError(e));
        assert.equal(e.code, "SCRIPT.REVISION_ID_TOO_LONG");
        assert.equal(
          e.message,
          `v/long.ts:1: revision id '${at(40)}' is 40 characters long; the version table holds at most 32 (version_num VARCHAR(32))`,
        );
        return true;
      },
    );
  });

  test("the limit counts characters as PostgreSQL does (code points), after decoding escapes", () => {
    assert.equal(parseRevisionSource(fileFor(JSON.stringify(at(VERSION_NUM_LENGTH))), "v/a.ts").revision.length, 32);
    const emoji = "\u{1F600}".repeat(VERSION_NUM_LENGTH);
    assert.equal(parseRevisionSource(fileFor(JSON.stringify(emoji)), "v/e.ts").revision, emoji);
    assert.throws(() => parseRevisionSource(fileFor(`"${"\\x61".repeat(VERSION_NUM_LENGTH + 1)}"`), "v/x.ts"), /33 characters long/);
  });

  test("the version table's column is as wide as the limit", async () => {
    const { postgresVersionTableSql } = await import("../../src/dialects/postgres/version-table-sql.js");
    const sql = postgresVersionTableSql
      .createVersionTable({ table: "v", schema: null })
      .concat(postgresVersionTableSql.createLogTable({ table: "v", schema: null }))
      .map((s) => s.sql)
      .join("\n");
    assert.deepEqual(sql.match(/VARCHAR\(\d+\)/g), [`VARCHAR(${VERSION_NUM_LENGTH})`, `VARCHAR(${VERSION_NUM_LENGTH})`]);
  });

  test("a cached row with a too-long id is read again (so the parser refuses it)", () => {
    const dir = tempDir("athanor-revid-cache-");
    mkdirSync(join(dir, "node_modules"));
    const versions = join(dir, "migrations", "versions");
    mkdirSync(versions, { recursive: true });
    const files = Array.from({ length: 300 }, (_, i) => {
      const f = join(versions, `r${i}.ts`);
      writeFileSync(f, fileFor(JSON.stringify(`r${i}`)));
      return f;
    });
    const config = resolveConfig({ scriptLocation: "migrations" }, { configFile: null, cwd: dir, env: {} });
    const fill = MetadataCache.open(config, files.length, {});
    assert.ok(fill);
    for (const f of files) {
      const hit = fill.lookup(f);
      fill.store(hit, parseRevisionSource(readFileSync(f, "utf8"), f));
    }
    fill.save(null, Date.now() + 60_000);
    const cacheDir = join(dir, "node_modules", ".cache", "athanor");
    for (const n of readdirSync(cacheDir)) {
      const p = join(cacheDir, n);
      writeFileSync(p, readFileSync(p, "utf8").replace('"r0"', JSON.stringify(at(40))));
    }
    const cache = MetadataCache.open(config, files.length, {});
    assert.ok(cache);
    assert.ok(cache.lookup(files[1] as string).parsed, "other rows still come from the cache");
    assert.equal(cache.lookup(files[0] as string).parsed, undefined);
  });
});
