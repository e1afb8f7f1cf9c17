import { describe, test } from "node:test";
import { enumType, table } from "../../src/autogenerate/index.js";
import { sql, t } from "../../src/schema/index.js";
import { requirePostgres } from "../support/databases.js";
import { roundTrip, withDb } from "./helpers.js";
describe("autogenerate smoke", async () => {
    const opts = await requirePostgres();
    test("users and posts round trip", opts, async () => {
        const mood = enumType("mood", ["sad", "ok", "happy"]);
        const users = table("users", {
            columns: {
                id: { type: t.serial(), primaryKey: true },
                email: { type: t.varchar(255), nullable: false, unique: true },
                name: { type: t.text(), default: "x" },
                m: { type: mood, default: "ok" },
                created: { type: t.timestamptz(), nullable: false, default: sql("now()") },
            },
            indexes: [{ columns: ["name"] }],
            comment: "the users",
        });
        const posts = table("posts", {
            columns: {
                id: { type: t.bigserial(), primaryKey: true },
                userId: { type: t.integer(), references: { table: "users", onDelete: "cascade" } },
                title: { type: t.text() },
            },
            checks: [{ name: "title_len", expression: "length(title) > 0" }],
        });
        await withDb(async ({ conn }) => {
            await roundTrip(conn, { users, posts, mood });
        });
    });
});
