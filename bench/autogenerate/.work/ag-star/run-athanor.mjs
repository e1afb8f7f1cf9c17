import { autogenerate } from "file:///tmp/ag/build/src/autogenerate/index.js";
import { dialectForUrl } from "file:///tmp/ag/build/src/dialects/registry.js";
const url = process.argv[2];
const conn = await dialectForUrl(url).driver.connect({ url });
const r = await autogenerate({ projectDir: "/work/main/bench/autogenerate/.work/ag-star", raw: { models: "models.ts" } }, conn);
await conn.close();
process.stdout.write(String(r.upgradeOps.length) + " " + r.rendered.upgrades.length);
