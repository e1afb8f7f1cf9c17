function fromComponents(c) {
    const auth = c.user
        ? `${encodeURIComponent(c.user)}${c.password ? `:${encodeURIComponent(c.password)}` : ""}@`
        : c.password
            ? `postgres:${encodeURIComponent(c.password)}@`
            : "";
    const hostName = c.host ? c.host.trim() : "localhost";
    // a socket folder (PGHOST=/var/run/postgresql) goes in ?host=; an IPv6 address in brackets
    const socket = hostName.startsWith("/");
    const authority = socket ? "" : hostName.includes(":") && !hostName.startsWith("[") ? `[${hostName}]` : hostName;
    const port = c.port?.trim();
    const portText = port ? `:${port}` : "";
    const query = socket ? `?host=${encodeURIComponent(hostName)}${port ? `&port=${encodeURIComponent(port)}` : ""}` : "";
    return `postgresql://${auth}${authority}${socket ? "" : portText}/${encodeURIComponent(c.database ?? "postgres")}${query}`;
}
export const postgresUrls = {
    normalize: (url) => url.trim().replace(/^(postgres(?:ql)?)\+[a-z0-9_]+:\/\//i, "postgresql://"),
    environment: {
        host: ["POSTGRES_HOST", "PGHOST"],
        port: ["POSTGRES_PORT", "PGPORT"],
        user: ["POSTGRES_USER", "PGUSER"],
        password: ["POSTGRES_PASSWORD", "PGPASSWORD"],
        database: ["POSTGRES_DB", "PGDATABASE"],
    },
    fromComponents,
};
