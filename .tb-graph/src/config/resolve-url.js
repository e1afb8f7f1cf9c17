export function resolveUrl(inputs) {
    const { env } = inputs;
    const file = inputs.configFile ?? "(no config file)";
    if (nonEmpty(inputs.flag))
        return { url: normalizeUrl(inputs.flag), source: { kind: "flag" } };
    if (nonEmpty(env.DATABASE_URL)) {
        return { url: normalizeUrl(env.DATABASE_URL), source: { kind: "env", variable: "DATABASE_URL" } };
    }
    if (nonEmpty(inputs.configUrl))
        return { url: normalizeUrl(inputs.configUrl), source: { kind: "file", file, key: "url" } };
    const fromComponents = urlFromComponents(env);
    if (fromComponents)
        return fromComponents;
    if (nonEmpty(inputs.configDefaultUrl)) {
        return { url: normalizeUrl(inputs.configDefaultUrl), source: { kind: "file", file, key: "defaultUrl" } };
    }
    return null;
}
function nonEmpty(v) {
    return v !== undefined && v.trim() !== "";
}
/** `postgresql+asyncpg://` and friends become `postgresql://`. */
export function normalizeUrl(url) {
    return url.trim().replace(/^(postgres(?:ql)?)\+[a-z0-9_]+:\/\//i, "postgresql://");
}
function pick(env, ...names) {
    for (const n of names) {
        const v = env[n];
        if (nonEmpty(v))
            return [n, v];
    }
    return undefined;
}
export function urlFromComponents(env) {
    const host = pick(env, "DB_HOST", "POSTGRES_HOST", "PGHOST");
    const name = pick(env, "DB_NAME", "POSTGRES_DB", "PGDATABASE");
    if (!host && !name)
        return null;
    const port = pick(env, "DB_PORT", "POSTGRES_PORT", "PGPORT");
    const user = pick(env, "DB_USER", "POSTGRES_USER", "PGUSER");
    const password = pick(env, "DB_PASSWORD", "POSTGRES_PASSWORD", "PGPASSWORD");
    const used = [host, port, name, user, password].filter((x) => x !== undefined).map((x) => x[0]);
    const auth = user
        ? `${encodeURIComponent(user[1])}${password ? `:${encodeURIComponent(password[1])}` : ""}@`
        : password
            ? `postgres:${encodeURIComponent(password[1])}@`
            : "";
    const url = `postgresql://${auth}${host ? host[1] : "localhost"}${port ? `:${port[1]}` : ""}/${encodeURIComponent(name ? name[1] : "postgres")}`;
    return { url, source: { kind: "components", variables: used } };
}
export function describeUrlSource(source) {
    switch (source.kind) {
        case "flag":
            return "--url";
        case "env":
            return `env ${source.variable}`;
        case "file":
            return source.key === "url" ? `file ${source.file}` : `file ${source.file} (${source.key})`;
        case "components":
            return `env ${source.variables.join(", ")}`;
    }
}
