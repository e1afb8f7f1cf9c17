import { describe, test } from "node:test";
import { requirePostgres } from "../support/databases.js";
import { corpus } from "./corpus.js";
import { roundTrip, withDb } from "./helpers.js";
describe("autogenerate corpus: created from the models, the database compares clean", { concurrency: 4 }, async () => {
    const opts = await requirePostgres();
    for (const entry of corpus) {
        test(entry.name, opts, async () => {
            await withDb(async ({ conn, sql }) => {
                if (entry.setup)
                    await sql(entry.setup);
                await roundTrip(conn, entry.models, entry.includeSchemas ? { includeSchemas: entry.includeSchemas } : {});
            });
        });
    }
});
