/** `mysql+pymysql://`, `mysql+mysqldb://`, `mariadb+mariadbconnector://` → `mysql://` / `mariadb://`. */
const DRIVER_SUFFIX = /^(mysql|mariadb)\+[a-z0-9_]+:\/\//i;
export function normalizeMysqlUrl(url) {
    const trimmed = url.trim();
    return trimmed.replace(DRIVER_SUFFIX, (_m, scheme) => `${scheme.toLowerCase()}://`);
}
function fromComponents(c) {
    const auth = c.user
        ? `${encodeURIComponent(c.user)}${c.password ? `:${encodeURIComponent(c.password)}` : ""}@`
        : c.password
            ? `root:${encodeURIComponent(c.password)}@`
            : "";
    const hostName = c.host ? c.host.trim() : "localhost";
    const authority = hostName.includes(":") && !hostName.startsWith("[") ? `[${hostName}]` : hostName;
    const port = c.port?.trim();
    return `mysql://${auth}${authority}${port ? `:${port}` : ""}/${encodeURIComponent(c.database ?? "")}`;
}
export const mysqlUrls = {
    normalize: normalizeMysqlUrl,
    environment: {
        host: ["MYSQL_HOST"],
        port: ["MYSQL_PORT", "MYSQL_TCP_PORT"],
        user: ["MYSQL_USER"],
        password: ["MYSQL_PASSWORD", "MYSQL_PWD"],
        database: ["MYSQL_DATABASE"],
    },
    fromComponents,
};
