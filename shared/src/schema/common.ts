import { z } from "zod";

/** Entity ids: short, URL-safe strings. Imported files may use any non-empty id. */
export const idSchema = z.string().min(1, "must not be empty").max(128, "is longer than 128 characters");

/** Labels and free text are bounded so one field cannot bloat a board. */
export const shortText = z.string().max(500, "is longer than 500 characters");
export const longText = z.string().max(10_000, "is longer than 10,000 characters");

/** Where a piece of state lives; declared beside each record, as tldraw does. */
export type Scope = "document" | "presence" | "session";
