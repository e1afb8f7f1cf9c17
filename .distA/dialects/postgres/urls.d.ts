/**
 * PostgreSQL URLs: SQLAlchemy's `postgresql+psycopg://` forms, and a URL
 * built from libpq's and the postgres image's variables (PGHOST,
 * POSTGRES_HOST, ...) after the generic DB_* ones.
 */
import type { DialectUrls } from "../dialect.js";
export declare const postgresUrls: DialectUrls;
