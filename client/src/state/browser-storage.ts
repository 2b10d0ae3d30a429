import type { StateStorage } from "zustand/middleware";

/**
 * A zustand `persist` storage over the browser's localStorage or sessionStorage that never
 * throws: where storage is blocked (private windows, strict settings) or full, values live in
 * memory for the page's life instead, so a preference still works until the tab closes.
 */
export function safeStorage(getStorage: () => Storage | null | undefined): StateStorage {
  const memory = new Map<string, string>();
  let storage: Storage | null = null;
  try {
    storage = getStorage() ?? null;
  } catch {
    storage = null;
  }
  return {
    getItem(name) {
      const kept = memory.get(name);
      if (kept !== undefined) return kept;
      try {
        return storage?.getItem(name) ?? null;
      } catch {
        return null;
      }
    },
    setItem(name, value) {
      try {
        if (!storage) throw new Error("no storage");
        storage.setItem(name, value);
        memory.delete(name);
      } catch {
        // Full or blocked: this page keeps the value, so the preference still holds until it closes.
        memory.set(name, value);
      }
    },
    removeItem(name) {
      memory.delete(name);
      try {
        storage?.removeItem(name);
      } catch {
        // Nothing stored to remove.
      }
    },
  };
}

/** The window's storage of that kind, or null where reading it throws or there is no window. */
export function windowStorage(kind: "localStorage" | "sessionStorage"): Storage | null {
  try {
    return typeof window === "undefined" ? null : window[kind];
  } catch {
    return null;
  }
}
