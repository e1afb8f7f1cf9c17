// Baseline for the SQLite no-op bench: what any Node program that reads the
// database pays at least: start node, import better-sqlite3, open the file,
// run one SELECT, close.
import Database from "better-sqlite3";

const db = new Database(process.env.DATABASE_URL.replace(/^sqlite:/, ""));
db.prepare("SELECT 1").get();
db.close();
