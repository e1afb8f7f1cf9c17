import type { SessionSettings, SqlStatement } from "../dialect.js";
import type { ServerFlavour } from "./server-version.js";
/** `SET SESSION ...` for `settings` on a server of `flavour` (unknown: MySQL's names). */
export declare function sessionSettingsSql(settings: SessionSettings, flavour?: ServerFlavour): SqlStatement[];
