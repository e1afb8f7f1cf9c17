import { defineTable, sql, t } from "athanor";
export const account = defineTable("account", {
    columns: [
        { name: "id", type: t.bigint(), primaryKey: true, identity: "always" },
        { name: "email", type: t.text(), nullable: false, unique: true },
        { name: "display_name", type: t.text() },
        { name: "created_at", type: t.timestamptz(), nullable: false, default: sql("now()") },
    ],
});
export const note = defineTable("note", {
    columns: [
        { name: "id", type: t.bigint(), primaryKey: true, identity: "always" },
        { name: "account_id", type: t.bigint(), nullable: false, references: { table: "account", onDelete: "cascade" } },
        { name: "body", type: t.text(), nullable: false },
        { name: "created_at", type: t.timestamptz(), nullable: false, default: sql("now()") },
    ],
    indexes: [{ name: "note_account_id_created_at_idx", columns: ["account_id", "created_at"] }],
});
