/**
 * Fills a revision template (`migrations/script.ts.tmpl`, or the built-in one)
 * with `{{name}}` placeholders.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { AthanorError } from "../errors.js";
import { packageDir } from "../util/package-paths.js";
const builtinDir = () => packageDir("templates");
export function templatePath(scriptLocation, extension) {
    const flavour = extension === "js" || extension === "mjs" ? "js" : "ts";
    const own = join(scriptLocation, `script.${flavour}.tmpl`);
    if (existsSync(own))
        return { path: own, builtin: false };
    return { path: join(builtinDir(), `script.${flavour}.tmpl`), builtin: true };
}
export function builtinTemplate(flavour) {
    return readFileSync(join(builtinDir(), `script.${flavour}.tmpl`), "utf8");
}
export function renderRevisionTemplate(template, v, templateFile) {
    const str = (s) => JSON.stringify(s);
    const down = v.downRevision;
    const values = {
        message: v.message.trimEnd().replace(/\*\//g, "* /").replace(/\n/g, "\n * "),
        revision: v.revision,
        revises: down === null ? "" : Array.isArray(down) ? down.join(", ") : down,
        createDate: v.createDate,
        revisionLiteral: str(v.revision),
        downRevisionLiteral: down === null ? "null" : Array.isArray(down) ? `[${down.map(str).join(", ")}]` : str(down),
        branchLabelsLiteral: `[${v.branchLabels.map(str).join(", ")}]`,
        dependsOnLiteral: `[${v.dependsOn.map(str).join(", ")}]`,
        imports: v.imports ? `${v.imports.replace(/\n*$/, "")}\n` : "",
        upgrades: v.upgrades ?? "",
        downgrades: v.downgrades ?? "",
        extraExports: v.extraExports ?? "",
    };
    const fill = (line) => line.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name) => {
        const value = values[name];
        if (value === undefined) {
            throw new AthanorError("SCRIPT.TEMPLATE", `${templateFile}: unknown placeholder {{${name}}}`);
        }
        return value;
    });
    // The lines a placeholder filled in end without blanks (`Revises:` of a root revision, an empty line of the
    // message); the template's other lines stay exactly as written.
    let out = template
        .split("\n")
        .map((line) => {
        if (!line.includes("{{"))
            return line;
        const cr = line.endsWith("\r") ? "\r" : "";
        const filled = fill(cr ? line.slice(0, -1) : line);
        return `${filled
            .split("\n")
            .map((l) => l.trimEnd())
            .join("\n")}${cr}`;
    })
        .join("\n");
    if (v.extraExports && !template.includes("extraExports")) {
        out = out.replace(/(export const dependsOn[^\n]*\n)/, `$1${v.extraExports}\n`);
    }
    // An empty {{imports}} line leaves a blank line; keep files tidy.
    return out.replace(/\n{3,}/g, "\n\n");
}
