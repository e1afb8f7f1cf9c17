/**
 * Every portable type (and every `pg` namespace type) creates on PostgreSQL
 * and round-trips through autogenerate: after applying, compare is clean.
 */
import { describe, test } from "node:test";
import { table } from "../../src/autogenerate/index.js";
import { pg } from "../../src/dialects/postgres/type-builders.js";
import { t } from "../../src/schema/index.js";
import { requirePostgres } from "../support/databases.js";
import { roundTrip, withDb } from "./helpers.js";
describe("portable and pg types round trip through autogenerate", async () => {
    const opts = await requirePostgres();
    test("every portable type", opts, async () => {
        const portable = table("portable", {
            columns: {
                id: { type: t.bigint(), primaryKey: true, identity: "always" },
                small: t.smallint(),
                int: t.integer(),
                big: t.bigint(),
                flag: t.boolean(),
                body: t.text(),
                name: t.varchar(120),
                code: t.char(2),
                amount: t.numeric(12, 2),
                ratio: t.real(),
                score: t.double(),
                day: t.date(),
                at: t.time(),
                atMs: t.time(3),
                stamp: t.timestamp(),
                stampTz: t.timestamp({ withTimeZone: true }),
                stampTz3: t.timestamp({ withTimeZone: true, precision: 3 }),
                key: t.uuid(),
                doc: t.json(),
                blob: t.binary(),
                mood: t.enum("mood", ["sad", "ok", "happy"]),
            },
        });
        await withDb(async ({ conn }) => {
            await roundTrip(conn, { portable });
        });
    });
    test("every pg type", opts, async () => {
        const pgOnly = table("pg_only", {
            columns: {
                id: { type: pg.serial(), primaryKey: true },
                big: pg.bigserial(),
                small: pg.smallserial(),
                doc: pg.jsonb(),
                ip: pg.inet(),
                net: pg.cidr(),
                mac: pg.macaddr(),
                mac8: pg.macaddr8(),
                span: pg.interval(),
                at: pg.timetz(),
                tags: pg.array(t.text()),
                grid: pg.array(pg.array(t.integer())),
                search: pg.tsvector(),
                query: pg.tsquery(),
                price: pg.money(),
                page: pg.xml(),
                where: pg.point(),
                edge: pg.line(),
                area: pg.box(),
                shape: pg.polygon(),
                ring: pg.circle(),
            },
        });
        await withDb(async ({ conn }) => {
            await roundTrip(conn, { pgOnly });
        });
    });
});
