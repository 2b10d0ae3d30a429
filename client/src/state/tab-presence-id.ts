import { create } from "zustand";
import { createJSONStorage, persist } from "zustand/middleware";
import { newId } from "@brownpaper/shared";
import { safeStorage, windowStorage } from "./browser-storage";

const TAB_KEY = "brownpaper:tab";

/**
 * This tab's presence id: made once per tab and kept in sessionStorage, so it survives a reload
 * (which gives the tab a new awareness client id) but is not shared with tabs opened later. The
 * facilitator's "bring everyone" names it, so followers find the facilitator again after a
 * reload. Where storage is blocked the id lasts as long as the page, as the client id does.
 * The tab's counterpart of the browser-wide preferences store.
 */
export function createTabStore(storage: Storage | null) {
  const store = create<{ presenceId: string }>()(
    persist(() => ({ presenceId: newId("tab") }), {
      name: TAB_KEY,
      version: 1,
      storage: createJSONStorage(() => safeStorage(() => storage)),
      merge: (persisted, current) => {
        const stored = (persisted as { presenceId?: unknown } | undefined)?.presenceId;
        return typeof stored === "string" && stored.length > 0 ? { presenceId: stored } : current;
      },
    }),
  );
  // A first visit has nothing to rehydrate: the new id is written now, not on a change that never comes.
  store.setState({});
  return store;
}

const tabStore = createTabStore(windowStorage("sessionStorage"));

export const tabPresenceId = (): string => tabStore.getState().presenceId;
