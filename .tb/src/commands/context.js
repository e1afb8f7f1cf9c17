export class CommandContext {
    cwd;
    globals;
    out;
    env;
    configPromise;
    scripts;
    constructor(cwd, globals, out, env = process.env) {
        this.cwd = cwd;
        this.globals = globals;
        this.out = out;
        this.env = env;
    }
    config() {
        this.configPromise ??= Promise.all([import("../config/load-config.js"), import("../config/run-context.js")]).then(([m, c]) => m.loadConfig({
            cwd: this.cwd,
            configPath: this.globals.config,
            url: this.globals.url,
            env: this.env,
            context: c.RunContext.fromArgs(this.globals.context, this.globals.tag),
        }));
        return this.configPromise;
    }
    async scriptDirectory() {
        if (!this.scripts) {
            const config = await this.config();
            const { ScriptDirectory } = await import("../script/script-directory.js");
            this.scripts = ScriptDirectory.load(config);
            for (const w of this.scripts.warnings)
                this.out.warn(w);
        }
        return this.scripts;
    }
    /** Forget the loaded scripts (after writing a new revision). */
    invalidateScripts() {
        this.scripts = undefined;
    }
}
