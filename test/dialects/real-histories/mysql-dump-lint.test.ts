/**
 * `athanor lint` on a MySQL baseline revision made from a real dump: a HeidiSQL 10.2 export of a MariaDB 10.4
 * database (public code), pasted into one `op.execute`. The dump wraps each table's rows in
 * `/*!40000 ALTER TABLE `t` DISABLE KEYS *\/;` … `ENABLE KEYS`, right after its own `CREATE TABLE`. The docs say
 * changes to tables the revision itself creates don't count for `one-ddl-per-revision` (a first revision that
 * creates the schema lints clean), but an ALTER TABLE of a shape the reader has no operation for (DISABLE KEYS)
 * counted as a change to an existing table: this excerpt got "schema change 2 of 3", "3 of 3".
 */
import assert from "node:assert/strict";
import { after, describe, test } from "node:test";
import { revisionFile, TempProject, URL_FREE_ENV } from "../../support/cli.js";

// the dump's table and its rows, as exported (its CREATE TABLE trimmed to the columns the rows use)
const DUMP_EXCERPT = `/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;

-- Copiando estrutura para tabela controle_financeiro.usuario
CREATE TABLE IF NOT EXISTS \`usuario\` (
  \`id\` int(11) NOT NULL AUTO_INCREMENT,
  \`user\` varchar(20) NOT NULL,
  \`senha\` text NOT NULL,
  \`criado_em\` datetime NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (\`id\`),
  UNIQUE KEY \`usuario\` (\`user\`)
) ENGINE=InnoDB AUTO_INCREMENT=3 DEFAULT CHARSET=latin1;

-- Copiando dados para a tabela controle_financeiro.usuario: ~1 rows (aproximadamente)
/*!40000 ALTER TABLE \`usuario\` DISABLE KEYS */;
INSERT INTO \`usuario\` (\`id\`, \`user\`, \`senha\`, \`criado_em\`) VALUES
	(1, 'joker', '202cb962ac59075b964b07152d234b70', '2021-04-29 20:34:15'),
	(2, 'bruce_wayne', '202cb962ac59075b964b07152d234b70', '2021-05-05 19:24:51');
/*!40000 ALTER TABLE \`usuario\` ENABLE KEYS */;

/*!40014 SET FOREIGN_KEY_CHECKS=IF(@OLD_FOREIGN_KEY_CHECKS IS NULL, 1, @OLD_FOREIGN_KEY_CHECKS) */;
`;

const projects: TempProject[] = [];
after(() => {
  for (const p of projects) p.cleanup();
});

function lint(files: Record<string, string>): { code: number | null; findings: { ruleId: string; revision: string; message: string }[] } {
  const p = new TempProject("athanor-lint-dump-");
  projects.push(p);
  p.write("athanor.config.ts", `export default { url: "mysql://root@127.0.0.1:1/never_connected" };\n`);
  for (const [name, text] of Object.entries(files)) p.write(`migrations/versions/${name}`, text);
  const r = p.run(["lint", "--format", "json"], { env: URL_FREE_ENV });
  return { code: r.code, findings: r.stdout ? JSON.parse(r.stdout).findings : [] };
}

describe("lint: a MySQL dump as the first revision", () => {
  test("DISABLE KEYS / ENABLE KEYS on the tables it creates are no schema changes of existing tables", () => {
    const r = lint({ "a1_dump.ts": revisionFile({ rev: "a1", down: null, upgrade: `  await op.execute(${JSON.stringify(DUMP_EXCERPT)});` }) });
    assert.deepEqual(
      r.findings.filter((f) => f.ruleId === "one-ddl-per-revision"),
      [],
    );
  });

  test("the same statements on a table that existed before still count", () => {
    const later = "/*!40000 ALTER TABLE `usuario` DISABLE KEYS */;\nINSERT INTO `usuario` (`user`, `senha`) VALUES ('x', 'y');\n/*!40000 ALTER TABLE `usuario` ENABLE KEYS */;";
    const r = lint({
      "a1_dump.ts": revisionFile({ rev: "a1", down: null, upgrade: `  await op.execute(${JSON.stringify(DUMP_EXCERPT)});` }),
      "b2_more.ts": revisionFile({ rev: "b2", down: "a1", upgrade: `  await op.execute(${JSON.stringify(later)});` }),
    });
    assert.deepEqual(
      r.findings.filter((f) => f.ruleId === "one-ddl-per-revision").map((f) => `${f.revision}: ${f.message.split(":")[0]}`),
      ["b2: schema change 2 of 2 in one revision"],
    );
  });
});
