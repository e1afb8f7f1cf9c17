// Baseline for the no-op bench: what any Node program that talks to the
// database pays at least: start node, import pg, connect, one SELECT, disconnect.
import pg from "pg";

const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
await client.connect();
await client.query("SELECT 1");
await client.end();
