import { useSyncExternalStore } from "react";

/**
 * The name this browser votes and writes notes under, asked once and kept in localStorage
 * (a local preference: never synced, the same on every board). Presence can reuse it.
 */
const STORAGE_KEY = "brownpaper:participant-name";
const listeners = new Set<() => void>();

function read(): string {
  try {
    return window.localStorage.getItem(STORAGE_KEY)?.trim() ?? "";
  } catch {
    return memory;
  }
}

/** Where the name lives when storage is blocked (private windows, strict settings). */
let memory = "";

export function setParticipantName(name: string): void {
  const trimmed = name.trim().slice(0, 60);
  memory = trimmed;
  try {
    window.localStorage.setItem(STORAGE_KEY, trimmed);
  } catch {
    // Storage blocked: the in-memory name lasts for this tab.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEY) listener();
  };
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", onStorage);
  };
}

/** The participant's name ("" until they have given one) and a setter. */
export function useParticipantName(): [string, (name: string) => void] {
  const name = useSyncExternalStore(subscribe, read, () => "");
  return [name, setParticipantName];
}
