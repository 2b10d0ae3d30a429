import { z } from "zod";
import type { RootName } from "../doc/layout";

/** Entity ids: short, URL-safe strings. Imported files may use any non-empty id. */
export const idSchema = z.string().min(1, "must not be empty").max(128, "is longer than 128 characters");

/** Labels and free text are bounded so one field cannot bloat a board. */
export const SHORT_TEXT_MAX = 500;
export const LONG_TEXT_MAX = 10_000;
export const shortText = z.string().max(SHORT_TEXT_MAX, `is longer than ${SHORT_TEXT_MAX} characters`);
export const longText = z
  .string()
  .max(LONG_TEXT_MAX, `is longer than ${LONG_TEXT_MAX.toLocaleString("en")} characters`);

/** Cuts a label to what `shortText` accepts, as commands store it (so an export always re-imports). */
export function clipShort(text: string): string {
  return text.slice(0, SHORT_TEXT_MAX);
}

/** Cuts free text to what `longText` accepts. */
export function clipLong(text: string): string {
  return text.slice(0, LONG_TEXT_MAX);
}

/** Where a piece of state lives; declared beside each record, as tldraw does. */
export type Scope = "document" | "presence" | "session";

/**
 * What an entity module declares about its place in the board doc; `schema/entities.ts`
 * lists them all, and `boardMaps`, the importer and the layout test go by that list.
 */
export interface EntityModule {
  /** The root map of the board doc the entity lives in (a key of `ROOT`). */
  root: RootName;
  /** Everything in the board doc is `document` scope: saved and synced with the board. */
  scope: Extract<Scope, "document">;
  /**
   * How the root map holds it: `fields` (one map of named fields, the board's own), `records`
   * (a Y.Map per entity keyed by id) or `values` (a plain value per key).
   */
  storage: "fields" | "records" | "values";
}

/**
 * Validates without zod's compiled fast path, which probes `new Function` and so trips a
 * Content-Security-Policy without 'unsafe-eval'. The browser calls it once at start; the server
 * keeps the fast path for big imports.
 */
export function validateWithoutCodegen(): void {
  z.config({ jitless: true });
}
