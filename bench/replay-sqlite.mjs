// The Node floor of the SQLite apply bench: a node script that runs the same SQL as the sqlite3 shell
// (Athanor's `upgrade head --sql` script) through better-sqlite3, Athanor's driver: start node, load the
// addon, open the file, exec the script. Usage: node bench/replay-sqlite.mjs <database file> <script.sql>
import { readFileSync } from "node:fs";
import Database from "better-sqlite3";

const db = new Database(process.argv[2]);
db.exec(readFileSync(process.argv[3], "utf8"));
db.close();
