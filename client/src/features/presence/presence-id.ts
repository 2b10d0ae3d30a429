import { newId } from "@brownpaper/shared";

const KEY = "brownpaper:presence-id";
type TabStorage = Pick<Storage, "getItem" | "setItem">;

/** The id of this page, for when the tab's storage will not keep one. */
let pageId: string | null = null;

/**
 * This tab's presence id: made once per tab and kept in sessionStorage, so it survives a reload
 * (which gives the tab a new awareness client id) but is not shared with tabs opened later. The
 * facilitator's "bring everyone" names it, so followers find the facilitator again after a
 * reload. Session scope: this tab only, published in awareness. Where storage is blocked the id
 * lasts as long as the page, as the client id does.
 */
export function tabPresenceId(storage: TabStorage | null = sessionStorageOrNull()): string {
  try {
    const stored = storage?.getItem(KEY);
    if (stored) return stored;
    if (storage) {
      const id = newId("tab");
      storage.setItem(KEY, id);
      return id;
    }
  } catch {
    // Blocked or full: fall through to the page's own id.
  }
  pageId ??= newId("tab");
  return pageId;
}

function sessionStorageOrNull(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}
