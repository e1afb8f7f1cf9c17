/** Loads `.env` from a folder into process.env; variables already set win. */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as util from "node:util";
import { AthanorError } from "../errors.js";

/** Node's own `.env` parser (20.12 and later); a named import of it would stop the CLI from starting on 20.0–20.11. */
function parseEnvFile(file: string, text: string): Record<string, string> {
  const parseEnv = (util as { parseEnv?: (content: string) => object }).parseEnv;
  if (parseEnv === undefined) {
    throw new AthanorError(
      "CONFIG.INVALID",
      `${file}: reading a .env file needs Node.js 20.12 or later (this is ${process.version}): upgrade Node.js, or set its variables in the environment and remove the file`,
    );
  }
  return parseEnv(text) as Record<string, string>;
}

export function loadDotenv(dir: string, env: NodeJS.ProcessEnv = process.env): string[] {
  const file = join(dir, ".env");
  if (!existsSync(file)) return [];
  const parsed = parseEnvFile(file, readFileSync(file, "utf8"));
  const loaded: string[] = [];
  for (const [k, v] of Object.entries(parsed)) {
    if (env[k] === undefined) {
      env[k] = v;
      loaded.push(k);
    }
  }
  return loaded;
}
