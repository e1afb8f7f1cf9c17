/**
 * What every command receives: the working directory, the global flags, the
 * output, and lazy access to the configuration and the script directory.
 */
import type { ResolvedConfig } from "../config/load-config.js";
import type { Output } from "../cli/output.js";
import type { ScriptDirectory } from "../script/script-directory.js";

export interface GlobalOptions {
  config?: string | undefined;
  url?: string | undefined;
  quiet?: boolean | undefined;
  debug?: boolean | undefined;
  json?: boolean | undefined;
  /** `-x key=value`, repeatable. */
  context?: string[] | undefined;
  /** `--tag` of upgrade, downgrade, stamp. */
  tag?: string | undefined;
}

export class CommandContext {
  private configPromise: Promise<ResolvedConfig> | undefined;
  private scripts: ScriptDirectory | undefined;

  constructor(
    readonly cwd: string,
    readonly globals: GlobalOptions,
    readonly out: Output,
    readonly env: NodeJS.ProcessEnv = process.env,
  ) {}

  config(): Promise<ResolvedConfig> {
    this.configPromise ??= Promise.all([import("../config/load-config.js"), import("../config/run-context.js")]).then(([m, c]) =>
      m.loadConfig({
        cwd: this.cwd,
        configPath: this.globals.config,
        url: this.globals.url,
        env: this.env,
        context: c.RunContext.fromArgs(this.globals.context, this.globals.tag),
      }),
    );
    return this.configPromise;
  }

  async scriptDirectory(): Promise<ScriptDirectory> {
    if (!this.scripts) {
      const config = await this.config();
      const { ScriptDirectory } = await import("../script/script-directory.js");
      this.scripts = ScriptDirectory.load(config);
      for (const w of this.scripts.warnings) this.out.warn(w);
    }
    return this.scripts;
  }

  /** Forget the loaded scripts (after writing a new revision). */
  invalidateScripts(): void {
    this.scripts = undefined;
  }
}
