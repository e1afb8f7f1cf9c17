export class RevisionPrefetch {
    scripts;
    revisions;
    ahead;
    started = new Map();
    stopped = false;
    cursor = 0;
    current = 0;
    /** `revisions[i]`: the revision whose module step i runs, or null (stamps). */
    constructor(scripts, revisions, ahead = 8) {
        this.scripts = scripts;
        this.revisions = revisions;
        this.ahead = ahead;
    }
    /** Step i's module: the one imported ahead, or imported now. */
    get(i) {
        const p = this.started.get(i) ?? this.start(i);
        this.started.delete(i);
        this.current = i;
        this.cursor = Math.max(this.cursor, i + 1);
        return p;
    }
    /** Starts importing the next module ahead, if any is due (call while the server is busy). */
    advance() {
        if (this.stopped)
            return;
        while (this.cursor < this.revisions.length && this.revisions[this.cursor] === null)
            this.cursor++;
        if (this.cursor >= this.revisions.length || this.cursor > this.current + this.ahead)
            return;
        const i = this.cursor++;
        const p = this.start(i);
        p.catch(() => { }); // reported by get(i), when its step is reached
        this.started.set(i, p);
    }
    stop() {
        this.stopped = true;
        this.started.clear();
    }
    start(i) {
        const rev = this.revisions[i];
        if (!rev)
            return Promise.reject(new Error(`step ${i} has no revision module`));
        return this.scripts.importRevision(rev);
    }
}
