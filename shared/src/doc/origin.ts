/**
 * Transaction origins. Commands run with `LOCAL_ORIGIN` unless told otherwise, so a
 * Y.UndoManager tracking that origin only ever undoes the user's own changes; updates
 * that arrive from the network carry the provider as origin and are never tracked.
 */
export const LOCAL_ORIGIN: unique symbol = Symbol("brownpaper:local");
export const MIGRATION_ORIGIN: unique symbol = Symbol("brownpaper:migration");
export const IMPORT_ORIGIN: unique symbol = Symbol("brownpaper:import");
export type Origin = unknown;
