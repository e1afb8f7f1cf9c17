import { MigrationOps } from "../operations/migration-ops.js";
import { stepLabel } from "./planned-step.js";
import { OfflineExecutor } from "./step-executor.js";
export async function offlineScript(dialect, store, scripts, steps, opts) {
    const parts = [];
    const emit = (sql) => parts.push(/;\s*$/.test(sql) ? sql : `${sql};`);
    const comment = (text) => parts.push(`-- ${text}`);
    const tx = { open: false, beginText: dialect.beginTransaction, commitText: dialect.commitTransaction };
    const begin = () => {
        if (!tx.open) {
            emit(dialect.beginTransaction);
            tx.open = true;
        }
    };
    const commit = () => {
        if (tx.open) {
            emit(dialect.commitTransaction);
            tx.open = false;
        }
    };
    const op = new MigrationOps(new OfflineExecutor(dialect, emit, tx), { offline: true });
    const perRun = opts.mode === "per-run";
    if (perRun)
        begin();
    if (opts.createVersionTable) {
        begin();
        for (const s of store.ensureStatements())
            emit(dialect.inline(s));
        if (!perRun)
            commit();
    }
    if (opts.purge)
        emit(dialect.inline(store.purgeStatement()));
    for (const step of steps) {
        let transactional = true;
        let fn;
        if (step.revision !== null && !step.stamp) {
            const { module } = await scripts.importRevision(step.revision);
            transactional = module.transactional !== false && scripts.script(step.revision).transactional;
            fn = (step.direction === "up" ? module.upgrade : module.downgrade);
        }
        if (transactional)
            begin();
        else
            commit();
        comment(stepLabel(step).replace(/^Running/, "Running"));
        if (fn)
            await fn(op);
        if (!transactional)
            begin();
        for (const action of step.actions)
            emit(dialect.inline(store.actionStatements(action)));
        if (!perRun)
            commit();
    }
    commit();
    return `${parts.join("\n\n")}\n`;
}
