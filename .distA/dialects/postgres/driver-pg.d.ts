import { AthanorError } from "../../errors.js";
import type { Driver } from "../dialect.js";
/** URL schemes accepted; SQLAlchemy driver suffixes (`+psycopg`, ...) are rewritten to `postgresql:`. */
export declare const PG_PROTOCOLS: readonly ["postgresql:", "postgres:", "postgresql+psycopg:", "postgresql+psycopg2:", "postgresql+asyncpg:", "postgresql+pg8000:"];
/** `postgresql+psycopg://u@h/db` → `postgresql://u@h/db`. */
export declare function normalizePgUrl(url: string): string;
/** A connection failure as an AthanorError whose text never contains the password. The raw error is not attached. */
export declare function connectError(url: string, e: unknown): AthanorError;
export declare const pgDriver: Driver;
