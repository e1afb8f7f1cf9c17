/**
 * Imported by the package's entry points (the library, `athanor/autogenerate`,
 * the CLI): user modules loaded by this copy of Athanor (config, revisions,
 * models) get this copy's API when they import "athanor" (see
 * provideAthanorApi in src/util/load-module.ts). Loaded only when such a module
 * asks for more than defineConfig; defineConfig comes from this copy's own
 * config/settings module (in the CLI's script, already loaded).
 */
import { provideAthanorApi } from "../util/load-module.js";

const loadApi = (): Promise<Record<string, unknown>> => import("../index.js") as Promise<Record<string, unknown>>;
provideAthanorApi(loadApi, { "config/settings.js": () => import("../config/settings.js") as Promise<Record<string, unknown>> });
