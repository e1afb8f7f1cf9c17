/**
 * The fresh-database fast path (Alembic's cookbook "create_all() + stamp
 * head", built in; `freshDatabase: "models"`): one transaction creates every
 * model object and stamps the heads, so an empty database never replays a
 * long history. The runtime decides when (see FreshDatabaseBuilder in
 * src/runtime/run-online.ts); this decides how, with autogenerate.
 */
import type { ResolvedConfig } from "../config/load-config.js";
import type { FreshDatabaseBuilder } from "../runtime/run-online.js";
/** The builder for this config, or undefined when it builds empty databases by running the revisions. */
export declare function freshDatabaseBuilder(config: ResolvedConfig): FreshDatabaseBuilder | undefined;
