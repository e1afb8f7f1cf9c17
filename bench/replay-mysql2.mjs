// The Node floor of the MySQL apply bench: a node script that runs the same SQL as the `mariadb` client
// (Athanor's `upgrade head --sql` script), statement by statement over one mysql2 connection, each waited
// for, as the client does. What any Node program pays to apply those statements: start node, load mysql2,
// one round trip per statement. Usage: DATABASE_URL=mysql://… node bench/replay-mysql2.mjs <script.sql>
import { readFileSync } from "node:fs";
import mysql from "mysql2/promise";

// the script writes one statement per paragraph, ending with `;` (no `;` at a line's end inside a literal)
const statements = readFileSync(process.argv[2], "utf8")
  .split(/;\s*\n\s*\n/)
  .map((s) => s.replace(/^--.*$/gm, "").trim())
  .filter((s) => s.length > 0 && s !== ";");
const conn = await mysql.createConnection(process.env.DATABASE_URL);
for (const sql of statements) await conn.query(sql.replace(/;$/, ""));
await conn.end();
