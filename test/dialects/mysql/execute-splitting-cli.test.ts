/**
 * `op.execute` text split as the `mariadb` client splits it, through the
 * built CLI online and as an offline script run by the client, each case a
 * tester's finding:
 * - `END$$`: the delimiter right after the last word (online: a syntax
 *   error and a half-applied revision; offline: a stray `END$$`);
 * - `DELIMITER $$ -- comment` and `DELIMITER ;  -- reset` (online: the line
 *   went to the server; offline: the client stayed in `$$` and swallowed
 *   Athanor's version-table statements);
 * - a table named `event` with a column `begin` (taken for a stored program:
 *   the next statement was glued to it), and a procedure without DELIMITER
 *   that sets a column named `end` (its END closed the body);
 * - `USE otherdb`, which moved Athanor's version row to the other database
 *   while reporting success, refused online and offline;
 * - mysqldump's LOCK TABLES in a `transactional = false` revision: refused,
 *   with advice that holds and without `.;`.
 */
import assert from "node:assert/strict";
import { after, describe, test } from "node:test";
import { type MysqlTestDatabase, createMysqlTestDatabase, mysqlProjects, requireMysql, runMariadbClient } from "../../support/mysql-databases.js";

const skip = await requireMysql();

const extraDbs: MysqlTestDatabase[] = [];
after(async () => {
  for (const d of extraDbs) await d.drop();
});


const SCRIPT = `CREATE TABLE employee (id INT PRIMARY KEY, name VARCHAR(20));
CREATE TABLE trigger_log (msg VARCHAR(100));
DELIMITER $$
CREATE TRIGGER first_trigger BEFORE INSERT ON employee
    FOR EACH ROW
BEGIN
    INSERT INTO trigger_log VALUES ('Added employee');
END$$
DELIMITER ;
CREATE TABLE after_glued (id INT);
DELIMITER $$ -- switch
CREATE TRIGGER second_trigger AFTER INSERT ON employee FOR EACH ROW BEGIN SET @x = 1; SET @y = 2; END $$
DELIMITER ;  -- reset
CREATE TABLE event (id INT PRIMARY KEY, begin DATETIME NULL, finish DATETIME NULL);
CREATE TABLE other (id INT);
CREATE TABLE ranges (id INT PRIMARY KEY, \`end\` INT);
CREATE PROCEDURE close_all()
BEGIN
  UPDATE ranges SET end = 1;
  UPDATE ranges SET id = id;
END;
CREATE TABLE after_proc (id INT)`;

describe("MariaDB: op.execute text split as the mariadb client splits it", { skip: skip.skip }, () => {
  const fresh = mysqlProjects("athanor_split");

  test("END$$, DELIMITER lines with comments, a table named event, a column named end: online and offline alike", async () => {
    const { db, p } = await fresh();
    p.rev("a1000001", null, { up: `  await op.execute(${JSON.stringify(SCRIPT)});` });
    const online = p.athanor("upgrade", "head");
    assert.equal(online.code, 0, `${online.stdout}\n${online.stderr}`);
    const script = p.athanor("upgrade", "head", "--sql");
    assert.equal(script.code, 0, script.stderr);
    assert.doesNotMatch(script.stdout, /END\$\$/);
    const off = await createMysqlTestDatabase("athanor_split_off");
    extraDbs.push(off);
    runMariadbClient(off, script.stdout);
    const state = async (d: MysqlTestDatabase) => ({
      tables: await d.query("SELECT table_name AS t FROM information_schema.tables WHERE table_schema = DATABASE() ORDER BY 1"),
      triggers: await d.query("SELECT trigger_name AS t FROM information_schema.triggers WHERE trigger_schema = DATABASE() ORDER BY 1"),
      routines: await d.query("SELECT routine_name AS r FROM information_schema.routines WHERE routine_schema = DATABASE() ORDER BY 1"),
      version: await d.query("SELECT version_num AS v FROM athanor_version"),
    });
    const expected = {
      tables: ["after_glued", "after_proc", "athanor_version", "athanor_version_log", "employee", "event", "other", "ranges", "trigger_log"].map((t) => ({ t })),
      triggers: [{ t: "first_trigger" }, { t: "second_trigger" }],
      routines: [{ r: "close_all" }],
      version: [{ v: "a1000001" }],
    };
    assert.deepEqual(await state(db), expected);
    assert.deepEqual(await state(off), expected);
  });

  test("USE is refused online and offline, in one line that says why and what to do; nothing is recorded anywhere", async () => {
    const { db, p } = await fresh();
    const other = await createMysqlTestDatabase("athanor_split_use");
    extraDbs.push(other);
    p.rev("a1000001", null, { up: `  await op.execute("USE ${other.name}; CREATE TABLE made_here (id INT)");` });
    for (const args of [["upgrade", "head"], ["upgrade", "head", "--sql"]]) {
      const r = p.athanor(...args);
      assert.equal(r.code, 1, `${args.join(" ")}\n${r.stdout}\n${r.stderr}`);
      const errors = r.stderr.split("\n").filter((l) => l.startsWith("error:"));
      assert.equal(errors.length, 1, r.stderr);
      const line = errors[0] as string;
      assert.match(line, new RegExp(`a1000001.*refuses USE in SQL: "USE ${other.name}": Athanor's version table is in the session's database.*\\(${other.name}\\.table\\)`));
    }
    assert.deepEqual(await other.query("SELECT table_name AS t FROM information_schema.tables WHERE table_schema = DATABASE()"), []);
    assert.deepEqual(await db.query("SELECT version_num FROM athanor_version"), []);
  });

  test("LOCK TABLES in a transactional = false revision: refused with advice to remove it, not to do what the revision does", async () => {
    const { p } = await fresh();
    p.rev("a1000001", null, {
      transactional: false,
      up: '  await op.execute("CREATE TABLE t (id INT); LOCK TABLES `t` WRITE; INSERT INTO `t` VALUES (1),(2); UNLOCK TABLES;");',
    });
    const r = p.athanor("upgrade", "head");
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stderr, /refuses transaction control \(LOCK TABLES\) in SQL: "LOCK TABLES `t` WRITE": .*remove LOCK TABLES and UNLOCK TABLES/);
    assert.doesNotMatch(r.stderr, /transactional = false/);
    assert.doesNotMatch(r.stderr, /\.;/);
  });
});
