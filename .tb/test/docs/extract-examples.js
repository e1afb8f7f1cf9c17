/**
 * The fenced code blocks of the user documentation (README.md, docs/**\/*.md),
 * with the directives written before them as HTML comments, one per comment:
 *
 *   <!-- example: fragment -->            not runnable on its own (part of a file, alternatives side by side)
 *   <!-- example: skip REASON -->         runnable, but not here (a registry download, Docker, the repository's own build)
 *   <!-- example: typecheck -->           TypeScript that is type-checked but not run (it needs values it doesn't define)
 *   <!-- example: given CODE -->          code run (and type-checked) before the block, unseen by the reader
 *   <!-- example: group NAME -->          the block belongs to project NAME of this page (default: the page's own)
 *   <!-- example: project PATH -->        the block's project starts as a copy of PATH: a folder of the repository,
 *                                         or another page's project (`README.md`, `docs/x.md#group`)
 *   <!-- example: database pglite -->     the block's project has no DATABASE_URL (its config's defaultUrl applies)
 *   <!-- example: url URL -->             URL in the block stands for a real server: the test database replaces it
 *
 * Every block whose language the harness runs (ts, js, sh, sql) is run unless
 * it is marked `fragment`, `skip` or `typecheck`, so an example can't be left
 * out by forgetting to mark it. Blocks without a language are output and
 * synopses; one that looks like code is an error (give it a language).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
const FENCE = /^( *)(`{3,}|~{3,})\s*([^`\s]*)?.*$/;
const DIRECTIVE = /^<!--\s*example:\s*([a-z-]+)\s*([\s\S]*?)\s*-->$/;
const KNOWN = new Set(["fragment", "skip", "typecheck", "given", "group", "project", "database", "url"]);
/** README.md and every .md under docs/, repository-relative, sorted. */
export function documentationPages(root) {
    const pages = ["README.md"];
    const walk = (dir) => {
        for (const name of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
            const p = join(dir, name.name);
            if (name.isDirectory())
                walk(p);
            else if (name.name.endsWith(".md"))
                pages.push(relative(root, p));
        }
    };
    walk(join(root, "docs"));
    return pages;
}
export function extractBlocks(root, page) {
    const lines = readFileSync(join(root, page), "utf8").split("\n");
    const blocks = [];
    for (let i = 0; i < lines.length; i++) {
        const open = FENCE.exec(lines[i]);
        if (!open)
            continue;
        const indent = open[1].length;
        const fence = open[2];
        const body = [];
        let j = i + 1;
        for (; j < lines.length; j++) {
            const l = lines[j];
            if (l.trim().startsWith(fence[0]) && l.trim().replace(new RegExp(`^\\${fence[0]}{${fence.length},}`), "") === "")
                break;
            body.push(l.slice(Math.min(indent, l.length - l.trimStart().length)));
        }
        if (j === lines.length)
            throw new Error(`${page}:${i + 1}: code block is not closed`);
        blocks.push({ page, line: i + 1, lang: (open[3] ?? "").toLowerCase(), code: `${body.join("\n")}\n`, directives: directivesBefore(lines, i, page) });
        i = j;
    }
    return blocks;
}
/** The `<!-- example: … -->` comments right above line `at` (blank lines between them allowed). */
function directivesBefore(lines, at, page) {
    const found = [];
    let k = at - 1;
    while (k >= 0) {
        const l = lines[k].trim();
        if (l === "") {
            k--;
            continue;
        }
        if (!l.endsWith("-->"))
            break;
        // a comment may span lines
        let start = k;
        while (start >= 0 && !lines[start].trim().startsWith("<!--"))
            start--;
        if (start < 0)
            break;
        const text = lines
            .slice(start, k + 1)
            .map((x) => x.trim())
            .join("\n");
        const m = DIRECTIVE.exec(text);
        if (!m)
            break;
        if (!KNOWN.has(m[1]))
            throw new Error(`${page}:${start + 1}: unknown example directive '${m[1]}' (known: ${[...KNOWN].join(", ")})`);
        found.unshift({ name: m[1], value: m[2] });
        k = start - 1;
    }
    return found;
}
export function directive(block, name) {
    return block.directives.find((d) => d.name === name)?.value;
}
export function directives(block, name) {
    return block.directives.filter((d) => d.name === name).map((d) => d.value);
}
