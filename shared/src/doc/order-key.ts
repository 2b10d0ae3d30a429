import { generateKeyBetween } from "fractional-indexing";

/**
 * A fractional key that sorts after `keys[index - 1]` and before `keys[index]`, for keys in
 * sorted order. Concurrent inserts can leave equal keys behind; the upper bound then skips
 * ahead to the next strictly greater key so key generation never fails.
 */
export function keyAt(keys: readonly string[], index: number): string {
  const lower = index > 0 ? (keys[index - 1] ?? null) : null;
  let upper: string | null = null;
  for (let i = index; i < keys.length; i++) {
    const candidate = keys[i]!;
    if (lower === null || candidate > lower) {
      upper = candidate;
      break;
    }
  }
  try {
    return generateKeyBetween(lower, upper);
  } catch {
    // A key written by a misbehaving client may not be a valid fractional key. Plain string
    // order is all sorting relies on, so extend the lower bound instead of failing.
    return `${lower ?? "a0"}V`;
  }
}
