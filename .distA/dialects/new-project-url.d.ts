/** The database `athanor init` sets a new project up with: an embedded one (PGlite), nothing to install or run. */
export declare const NEW_PROJECT_URL = "pglite:./.athanor/pglite";
