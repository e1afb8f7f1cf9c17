import type { DrizzleTableReader } from "../../autogenerate/models/drizzle-readers.js";
/** Drizzle's pg-core tables (`pgTable`) and enums (`pgEnum`), read for autogenerate (see DrizzleTableReader). */
export declare const postgresDrizzleReader: DrizzleTableReader;
