/**
 * Settles "maybe different" comparisons on the server, without evaluating
 * anything: inside a transaction that is always rolled back, each affected
 * table is copied as an empty temporary table (`LIKE`), the model's default,
 * CHECK, index or type is applied to the copy, and PostgreSQL's own deparsed
 * text is read back and compared with the live object's. Volatile defaults
 * (`nextval`, `gen_random_uuid()`) are never run. A read-only server (a
 * replica) makes this step unavailable; the caller then keeps the objects
 * as equal and warns. An item the server rejects (an invalid default, an
 * unknown function) is unsettled too; its error is kept for the warning.
 */
import type { CanonItem, CanonOutcome } from "../../autogenerate/canonical-items.js";
import type { DatabaseConnection } from "../dialect.js";
export declare function canonicalize(conn: DatabaseConnection, items: readonly CanonItem[]): Promise<CanonOutcome>;
