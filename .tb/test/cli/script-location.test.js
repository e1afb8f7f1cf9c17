/**
 * Where the revision files are: a `scriptLocation` that is a file, a
 * `migrations/` folder without `versions/`, a missing folder in
 * `versionLocations` are errors naming the setting and the path, never "Nothing
 * to do: the database is at base".
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { fails, ok, withProject } from "./helpers.js";
const CONFIG = (body) => `export default ${body};\n`;
const URL = ["--url", "pglite:memory"];
describe("script and version locations", { concurrency: true }, () => {
    test("scriptLocation naming a file: error naming the setting and the path", () => withProject(async (p) => {
        p.write("athanor.config.ts", CONFIG(`{ scriptLocation: "athanor.config.ts" }`));
        const msg = fails(p.run(["upgrade", "head", ...URL]));
        assert.match(msg, /scriptLocation/);
        assert.match(msg, /athanor\.config\.ts is not a folder/);
        const heads = fails(p.run(["heads"]));
        assert.match(heads, /scriptLocation/);
    }));
    test("the default migrations/ without versions/: error naming the folder, the setting and init", () => withProject(async (p) => {
        p.write("migrations/script.ts.tmpl", "");
        const msg = fails(p.run(["upgrade", "head", ...URL]));
        assert.match(msg, /migrations\/versions/);
        assert.match(msg, /versionLocations/);
        assert.doesNotMatch(msg, /Nothing to do/);
        fails(p.run(["history"]));
    }));
    test("a missing folder in versionLocations: error naming it", () => withProject(async (p) => {
        p.write("migrations/versions/.keep", "");
        p.write("athanor.config.ts", CONFIG(`{ versionLocations: ["migrations/versions", "tenants/versions"] }`));
        const msg = fails(p.run(["upgrade", "head", ...URL]));
        assert.match(msg, /versionLocations/);
        assert.match(msg, /tenants\/versions/);
        assert.match(msg, /doesn't exist/);
    }));
    test("a version location that is a file: error naming it", () => withProject(async (p) => {
        p.write("migrations/versions/.keep", "");
        p.write("notes.txt", "");
        p.write("athanor.config.ts", CONFIG(`{ versionLocations: ["migrations/versions", "notes.txt"] }`));
        const msg = fails(p.run(["heads"]));
        assert.match(msg, /versionLocations/);
        assert.match(msg, /notes\.txt is not a folder/);
    }));
    test("an empty versions/ folder is fine: at base, exit 0", () => withProject(async (p) => {
        p.write("migrations/versions/.keep", "");
        const r = p.run(["upgrade", "head", ...URL]);
        ok(r);
        assert.match(r.stderr + r.stdout, /Nothing to do: the database is at base/);
    }));
});
