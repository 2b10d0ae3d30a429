import { create } from "zustand";
import { createJSONStorage, persist } from "zustand/middleware";
import type { NoteTarget } from "@brownpaper/shared";
import { safeStorage, windowStorage } from "./browser-storage";
import { NAME_LIMIT, sanitizePreferences, takeLegacyPreferences } from "./preferences-data";

/**
 * This browser's own preferences, the same on every board and never synced: the one name a
 * person votes, writes notes, signs snapshots and appears under; the share links of boards
 * created here; silent-round drafts not yet revealed. Kept in localStorage under one key.
 */
export const PREFERENCES_KEY = "brownpaper:preferences";
export const PREFERENCES_VERSION = 1;
export { NAME_LIMIT };

export interface ShareLinks {
  editUrl: string;
  viewUrl: string;
}

/** A note written during a silent round, kept here until the facilitator reveals the round. */
export interface SilentDraft {
  /** Also the id of the note it becomes, so publishing twice (two tabs, a retry) adds it once. */
  id: string;
  text: string;
  target: NoteTarget;
}

export interface PreferencesData {
  name: string;
  shareLinks: Record<string, ShareLinks>;
  /** Keyed by `draftsKey(boardId, roundId)`. */
  drafts: Record<string, readonly SilentDraft[]>;
}

export interface Preferences extends PreferencesData {
  setName: (name: string) => void;
  rememberShareLinks: (boardId: string, links: ShareLinks) => void;
  setDrafts: (boardId: string, roundId: string, drafts: readonly SilentDraft[]) => void;
  /** Drops the drafts of every round of this board but `keepRoundId` (rounds that ended). */
  forgetOtherRounds: (boardId: string, keepRoundId: string | null) => void;
}

export const EMPTY_PREFERENCES: PreferencesData = { name: "", shareLinks: {}, drafts: {} };
export const draftsKey = (boardId: string, roundId: string) => `${boardId}:${roundId}`;

export function createPreferencesStore(storage: Storage | null) {
  const kept = safeStorage(() => storage);
  const legacy = kept.getItem(PREFERENCES_KEY) === null && storage ? takeLegacyPreferences(storage) : null;
  const store = create<Preferences>()(
    persist(
      (set) => ({
        ...EMPTY_PREFERENCES,
        ...legacy?.data,
        setName: (name) => set({ name: name.trim().slice(0, NAME_LIMIT) }),
        rememberShareLinks: (boardId, links) =>
          set((state) => ({ shareLinks: { ...state.shareLinks, [boardId]: links } })),
        setDrafts: (boardId, roundId, drafts) =>
          set((state) => {
            const { [draftsKey(boardId, roundId)]: _dropped, ...others } = state.drafts;
            return { drafts: drafts.length === 0 ? others : { ...others, [draftsKey(boardId, roundId)]: drafts } };
          }),
        forgetOtherRounds: (boardId, keepRoundId) =>
          set((state) => {
            const keep = keepRoundId === null ? null : draftsKey(boardId, keepRoundId);
            const entries = Object.entries(state.drafts);
            const drafts = entries.filter(([key]) => key === keep || !key.startsWith(`${boardId}:`));
            return drafts.length === entries.length ? state : { drafts: Object.fromEntries(drafts) };
          }),
      }),
      {
        name: PREFERENCES_KEY,
        version: PREFERENCES_VERSION,
        storage: createJSONStorage(() => kept),
        partialize: ({ name, shareLinks, drafts }): PreferencesData => ({ name, shareLinks, drafts }),
        // Whatever is stored was written by some version of this page, or by hand: it is checked.
        migrate: (persisted) => sanitizePreferences(persisted),
        merge: (persisted, current) => ({ ...current, ...sanitizePreferences(persisted) }),
      },
    ),
  );
  if (legacy) {
    // Rewritten under the one key, so the old keys can go.
    store.setState({});
    legacy.remove();
  }
  return store;
}

export const usePreferences = createPreferencesStore(windowStorage("localStorage"));

if (typeof window !== "undefined") {
  // Another tab changed a preference (the name, say): this one follows.
  window.addEventListener("storage", (event) => {
    if (event.key === PREFERENCES_KEY) void usePreferences.persist.rehydrate();
  });
}

/** The person's name ("" until they have given one) and a setter. */
export function useName(): [string, (name: string) => void] {
  return [usePreferences((state) => state.name), usePreferences((state) => state.setName)];
}
