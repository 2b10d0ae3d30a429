import type * as Y from "yjs";
import { clearDocument, IndexeddbPersistence } from "y-indexeddb";
import { canEdit, type AccessRole } from "@brownpaper/shared";

/** What `keepOffline` needs of a socket provider: to be told when the network comes and goes. */
interface Reconnectable {
  connect: () => void;
  disconnect: () => void;
}

export interface OfflineCopy {
  /** Deletes this browser's copy, unsent changes included; the doc in memory is left as it is. */
  discard: () => Promise<void>;
  destroy: () => void;
}

/**
 * The IndexedDB database holding this browser's copy of a board. Links that can edit share one
 * (unsent edits follow the person from an edit link to a facilitator link); a view link keeps
 * its own, so edits made offline with an edit link never show on a view link, which could not
 * send them and would look synced while showing a board nobody else has.
 */
export function offlineCopyName(boardId: string, role: AccessRole): string {
  return canEdit(role) ? `brownpaper:${boardId}` : `brownpaper:${boardId}:view`;
}

/**
 * Keeps the board in IndexedDB, so a reload without network still shows it with the edits
 * not yet sent, and those edits sync once the socket is back. When the browser says it is
 * offline the sockets are closed at once rather than left to time out, and reopened as soon
 * as it is back online. `onLoaded` runs once the stored copy has been read into the doc.
 */
export function keepOffline(
  name: string,
  doc: Y.Doc,
  providers: readonly Reconnectable[],
  onLoaded: () => void,
): OfflineCopy {
  const store = new IndexeddbPersistence(name, doc);
  void store.whenSynced.then(onLoaded, () => undefined);
  const goOffline = () => providers.forEach((provider) => provider.disconnect());
  const goOnline = () => providers.forEach((provider) => provider.connect());
  window.addEventListener("offline", goOffline);
  window.addEventListener("online", goOnline);
  return {
    async discard() {
      await store.destroy();
      await clearDocument(name);
    },
    destroy() {
      window.removeEventListener("offline", goOffline);
      window.removeEventListener("online", goOnline);
      void store.destroy();
    },
  };
}
