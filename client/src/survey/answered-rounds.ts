/**
 * The review rounds answered in this browser, so reopening the link says so instead of inviting
 * a second answer by mistake (someone sharing the device can still answer again). Only round
 * ids are kept, never the answers.
 */
export const ANSWERED_KEY = "brownpaper:answered-review-rounds";
const MAX_KEPT = 200;

function read(storage: Storage | null): string[] {
  try {
    const kept: unknown = JSON.parse(storage?.getItem(ANSWERED_KEY) ?? "[]");
    return Array.isArray(kept) ? kept.filter((id): id is string => typeof id === "string") : [];
  } catch {
    return [];
  }
}

export function hasAnswered(storage: Storage | null, reviewId: string): boolean {
  return read(storage).includes(reviewId);
}

export function markAnswered(storage: Storage | null, reviewId: string): void {
  const kept = [...read(storage).filter((id) => id !== reviewId), reviewId].slice(-MAX_KEPT);
  try {
    storage?.setItem(ANSWERED_KEY, JSON.stringify(kept));
  } catch {
    // Storage blocked or full: the thank-you still shows, a reload just will not remember it.
  }
}

/** This window's localStorage, or null where reading it throws. */
export function surveyStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
