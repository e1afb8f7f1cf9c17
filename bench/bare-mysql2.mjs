// Baseline for the MySQL no-op bench: what any Node program that talks to the
// database pays at least: start node, import mysql2, connect, one SELECT, disconnect.
import mysql from "mysql2/promise";

const conn = await mysql.createConnection(process.env.DATABASE_URL);
await conn.query("SELECT 1");
await conn.end();
