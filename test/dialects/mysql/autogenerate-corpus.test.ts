import { describe, test } from "node:test";
import { mysqlCorpus } from "../../autogenerate/corpus-mysql/corpus.js";
import { assertMysqlClean, requireMysql, withMysqlDb } from "./autogenerate-support.js";

describe("MySQL autogenerate corpus: DDL as a MySQL user writes it, the equivalent models compare clean", async () => {
  const opts = await requireMysql();
  for (const entry of mysqlCorpus) {
    test(entry.name, opts, async () => {
      await withMysqlDb(async ({ conn, sql }) => {
        await sql(entry.ddl);
        await assertMysqlClean(conn, entry.models);
      });
    });
  }
});
