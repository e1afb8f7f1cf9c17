/**
 * `athanor graph [--format mermaid|dot] [--current]`: the revision graph as
 * a Mermaid or Graphviz diagram on stdout. Reads only the files, unless
 * `--url` (or `--current`, for the configured URL) asks where the database
 * is: its current revisions are then highlighted.
 */
import { UsageError } from "../errors.js";
import { type DiagramFormat, renderDot, renderMermaid } from "../graph/index.js";
import type { CommandContext } from "./context.js";

export interface GraphOptions {
  format?: string;
  current?: boolean;
}

export async function graph(ctx: CommandContext, opts: GraphOptions): Promise<number> {
  const format = (opts.format ?? "mermaid") as DiagramFormat;
  if (format !== "mermaid" && format !== "dot") throw new UsageError(`--format must be mermaid or dot (got '${opts.format}')`);
  if (ctx.globals.json) throw new UsageError("graph has no --json output: use --format mermaid or --format dot (or 'athanor history --json')");
  const { map } = await ctx.scriptDirectory();
  let current: string[] | undefined;
  if (opts.current || ctx.globals.url !== undefined) {
    const { readDatabaseHeads } = await import("./database-heads.js");
    current = (await readDatabaseHeads(ctx)).heads;
  }
  ctx.out.write(format === "dot" ? renderDot(map, { current }) : renderMermaid(map, { current }));
  return 0;
}
