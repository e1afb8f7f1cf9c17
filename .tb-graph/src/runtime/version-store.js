/**
 * The version table (one row per current head) and its append-only log,
 * read and written through the dialect's SQL. `readHeads` never creates
 * anything: `current` must not mutate the database.
 */
import { hostname } from "node:os";
import { AthanorError } from "../errors.js";
export class VersionStore {
    dialect;
    ref;
    constructor(dialect, ref) {
        this.dialect = dialect;
        this.ref = ref;
    }
    get displayName() {
        return this.ref.schema ? `${this.ref.schema}.${this.ref.table}` : this.ref.table;
    }
    async exists(conn) {
        const s = this.dialect.versionTable.versionTableExists(this.ref);
        const r = await conn.query(s.sql, s.params);
        return r.rows[0]?.exists === true;
    }
    /** Current heads; [] when the table does not exist. Creates nothing. */
    async readHeads(conn) {
        if (!(await this.exists(conn)))
            return [];
        const s = this.dialect.versionTable.selectHeads(this.ref);
        const r = await conn.query(s.sql, s.params);
        return r.rows.map((row) => {
            if (typeof row.version_num !== "string") {
                throw new AthanorError("VERSION.INVALID", `version table ${this.displayName} holds a non-string value: ${String(row.version_num)}`);
            }
            return row.version_num;
        });
    }
    ensureStatements() {
        return [...this.dialect.versionTable.createVersionTable(this.ref), ...this.dialect.versionTable.createLogTable(this.ref)];
    }
    async ensure(conn) {
        try {
            for (const s of this.ensureStatements())
                await conn.query(s.sql, s.params);
        }
        catch (e) {
            throw new AthanorError("VERSION.CREATE_FAILED", `could not create the version table ${this.displayName}: ${e.message} (set versionTableSchema, or grant CREATE on the schema)`, { cause: e });
        }
    }
    actionStatements(action) {
        const vt = this.dialect.versionTable;
        switch (action.kind) {
            case "insert":
                return vt.insertHead(this.ref, action.rev);
            case "update":
                return vt.updateHead(this.ref, action.from, action.to);
            case "delete":
                return vt.deleteHead(this.ref, action.rev);
        }
    }
    /** Applies one action online, checking that exactly one row changed. */
    async apply(conn, action) {
        const s = this.actionStatements(action);
        const r = await conn.query(s.sql, s.params);
        if (r.rowCount !== 1) {
            const what = action.kind === "update" ? `updating '${action.from}' to '${action.to}'` : action.kind === "delete" ? `deleting '${action.rev}'` : `inserting '${action.rev}'`;
            throw new AthanorError("VERSION.ROWCOUNT", `expected to match one row when ${what} in ${this.displayName}; ${r.rowCount} found (was the version table changed by hand?)`);
        }
    }
    purgeStatement() {
        return this.dialect.versionTable.deleteAllHeads(this.ref);
    }
    logStatement(entry) {
        return this.dialect.versionTable.insertLog(this.ref, { ...entry, host: hostname() });
    }
    /** Latest checksum recorded per revision (for "edited after it was applied" warnings). */
    async latestChecksums(conn) {
        const s = this.dialect.versionTable.selectLatestLogs(this.ref);
        try {
            const r = await conn.query(s.sql, s.params);
            return new Map(r.rows.filter((x) => x.direction === "up").map((x) => [x.revision, x.checksum]));
        }
        catch {
            return new Map();
        }
    }
}
