/** Creates a uniquely named database on the test server for one test file, and drops it afterwards. */
import { randomBytes } from "node:crypto";
import { pgDriver } from "../../../src/dialects/postgres/driver-pg.js";
export const PG_ADMIN_URL = process.env.ATHANOR_TEST_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
function withDatabase(url, name) {
    const u = new URL(url);
    u.pathname = `/${name}`;
    return u.toString();
}
export async function createTestDatabase() {
    const name = `athanor_t_${randomBytes(6).toString("hex")}`;
    const admin = await pgDriver.connect({ url: PG_ADMIN_URL });
    try {
        await admin.exec(`CREATE DATABASE "${name}"`);
    }
    finally {
        await admin.close();
    }
    const url = withDatabase(PG_ADMIN_URL, name);
    return {
        name,
        url,
        connect: () => pgDriver.connect({ url }),
        async drop() {
            const a = await pgDriver.connect({ url: PG_ADMIN_URL });
            try {
                await a.exec(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
            }
            finally {
                await a.close();
            }
        },
    };
}
