import assert from "node:assert/strict";
import { test } from "node:test";
import { loadOptionalModule } from "../../src/dialects/load-module.js";
import { isAthanorError } from "../../src/errors.js";
test("a missing driver package says what to install", async () => {
    await assert.rejects(loadOptionalModule("athanor-no-such-driver-pkg", "Connecting to Nowhere"), (e) => {
        assert.ok(isAthanorError(e));
        assert.equal(e.code, "DRIVER.MISSING");
        assert.equal(e.message, 'Connecting to Nowhere needs the npm package "athanor-no-such-driver-pkg", which is not installed. Run: npm install athanor-no-such-driver-pkg');
        return true;
    });
});
test("an installed package loads", async () => {
    const mod = await loadOptionalModule("pg", "Connecting to PostgreSQL");
    assert.equal(typeof mod.default.Client, "function");
});
test("loading pg leaves no trace in globals (the navigator it is shown while loading is gone)", async () => {
    const { pgDriver } = await import("../../src/dialects/postgres/driver-pg.js");
    const before = Object.getOwnPropertyDescriptor(globalThis, "navigator");
    await pgDriver.load?.();
    assert.deepEqual(Object.getOwnPropertyDescriptor(globalThis, "navigator"), before);
});
