import * as Y from "yjs";

/**
 * Readers of doc fields. Any client with an edit link can write any value into the doc, so
 * the read side never trusts a field's type: a wrong type reads as the default.
 */
export function str(map: Y.Map<unknown>, key: string, fallback = ""): string {
  const value = map.get(key);
  return typeof value === "string" ? value : fallback;
}

export function num(map: Y.Map<unknown>, key: string, fallback: number): number {
  const value = map.get(key);
  return typeof value === "number" && Number.isFinite(value) ? value : fallback;
}

export function optionalNum(map: Y.Map<unknown>, key: string): number | undefined {
  const value = map.get(key);
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

export function oneOf<T extends string>(map: Y.Map<unknown>, key: string, allowed: readonly T[], fallback: T): T {
  const value = map.get(key);
  return typeof value === "string" && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

export function optionalOneOf<T extends string>(
  map: Y.Map<unknown>,
  key: string,
  allowed: readonly T[],
): T | undefined {
  const value = map.get(key);
  return typeof value === "string" && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

export function isYMap(value: unknown): value is Y.Map<unknown> {
  return value instanceof Y.Map;
}
