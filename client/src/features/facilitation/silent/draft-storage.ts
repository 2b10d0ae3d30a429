import { useCallback, useSyncExternalStore } from "react";
import type { SilentDraft } from "./silent-drafts";

/** localStorage: this browser only, surviving a reload mid-round. Never synced. */
const PREFIX = "brownpaper:silent-drafts:";
const storageKey = (boardId: string, roundId: string) => `${PREFIX}${boardId}:${roundId}`;
const listeners = new Set<() => void>();
const snapshots = new Map<string, { raw: string | null; drafts: readonly SilentDraft[] }>();
const NONE: readonly SilentDraft[] = [];

function isDraft(value: unknown): value is SilentDraft {
  const draft = value as Partial<SilentDraft> | null;
  return (
    typeof draft?.id === "string" &&
    typeof draft.text === "string" &&
    typeof draft.target?.id === "string" &&
    typeof draft.target.type === "string"
  );
}

export function readDrafts(boardId: string, roundId: string): readonly SilentDraft[] {
  const key = storageKey(boardId, roundId);
  let raw: string | null = null;
  try {
    raw = window.localStorage.getItem(key);
  } catch {
    return NONE;
  }
  const cached = snapshots.get(key);
  if (cached && cached.raw === raw) return cached.drafts;
  let drafts: readonly SilentDraft[] = NONE;
  try {
    const parsed: unknown = raw === null ? [] : JSON.parse(raw);
    drafts = Array.isArray(parsed) ? parsed.filter(isDraft) : NONE;
  } catch {
    drafts = NONE;
  }
  snapshots.set(key, { raw, drafts });
  return drafts;
}

export function writeDrafts(boardId: string, roundId: string, drafts: readonly SilentDraft[]): void {
  try {
    if (drafts.length === 0) window.localStorage.removeItem(storageKey(boardId, roundId));
    else window.localStorage.setItem(storageKey(boardId, roundId), JSON.stringify(drafts));
  } catch {
    // Storage blocked: drafts cannot be kept, and the card says nothing was saved.
  }
  for (const listener of listeners) listener();
}

/** Drops the drafts of every round of this board but `keepRoundId` (rounds that ended). */
export function forgetOtherRounds(boardId: string, keepRoundId: string | null): void {
  try {
    const prefix = `${PREFIX}${boardId}:`;
    for (let i = window.localStorage.length - 1; i >= 0; i--) {
      const key = window.localStorage.key(i);
      if (key?.startsWith(prefix) && key !== `${prefix}${keepRoundId}`) window.localStorage.removeItem(key);
    }
  } catch {
    // Nothing to forget.
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** This browser's drafts for a round, and a setter. */
export function useDrafts(
  boardId: string,
  roundId: string | null,
): [readonly SilentDraft[], (drafts: readonly SilentDraft[]) => void] {
  const drafts = useSyncExternalStore(subscribe, () => (roundId === null ? NONE : readDrafts(boardId, roundId)));
  const set = useCallback(
    (next: readonly SilentDraft[]) => roundId !== null && writeDrafts(boardId, roundId, next),
    [boardId, roundId],
  );
  return [drafts, set];
}
