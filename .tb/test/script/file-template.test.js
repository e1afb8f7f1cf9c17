import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { datePartsIn, formatCreateDate, renderFileTemplate, slugify } from "../../src/script/file-template.js";
describe("file templates", () => {
    const date = datePartsIn(new Date("2026-03-04T05:06:07Z"), "UTC");
    test("athanor tokens with zero padding", () => {
        assert.equal(renderFileTemplate("{year}{month:02}{day:02}_{hour:02}{minute:02}-{rev}_{slug}", { rev: "abc", slug: "add_x", date }), "20260304_0506-abc_add_x");
        assert.equal(renderFileTemplate("{epoch}_{month}", { rev: "r", slug: "s", date }), `${Date.UTC(2026, 2, 4, 5, 6, 7) / 1000}_3`);
    });
    test("Alembic's printf tokens, as copied from alembic.ini", () => {
        assert.equal(renderFileTemplate("%%(year)d%%(month).2d%%(day).2d_%%(hour).2d%%(minute).2d-%%(rev)s_%%(slug)s", { rev: "abc", slug: "x", date }), "20260304_0506-abc_x");
    });
    test("unknown token is an error", () => {
        assert.throws(() => renderFileTemplate("{nope}", { rev: "r", slug: "s", date }), /unknown token 'nope'/);
    });
    test("time zones", () => {
        const tokyo = datePartsIn(new Date("2026-03-04T20:00:00Z"), "Asia/Tokyo");
        assert.equal(tokyo.day, 5);
        assert.equal(tokyo.hour, 5);
        assert.match(formatCreateDate(new Date("2026-03-04T20:00:00Z"), "Asia/Tokyo"), /^2026-03-05 05:00:00\.\d{6}\+09:00$/);
    });
    test("slug like Alembic's", () => {
        assert.equal(slugify("Add user table!", 40), "add_user_table");
        assert.equal(slugify("one two three four", 12), "one_two_");
        assert.equal(slugify("Crème brûlée", 40), "crème_brûlée");
    });
});
