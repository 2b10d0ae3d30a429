/**
 * The subscriber list behind every store React reads with `useSyncExternalStore` (undo state,
 * the board projection, connection status, peers, the facilitation doc). `onFirst` / `onLast`
 * let a source listen to its own emitter only while someone is subscribed.
 */
export interface Listeners {
  subscribe: (listener: () => void) => () => void;
  notify: () => void;
  clear: () => void;
}

export function createListeners(hooks: { onFirst?: () => void; onLast?: () => void } = {}): Listeners {
  const listeners = new Set<() => void>();
  return {
    subscribe(listener) {
      if (listeners.size === 0) hooks.onFirst?.();
      listeners.add(listener);
      return () => {
        if (!listeners.delete(listener)) return;
        if (listeners.size === 0) hooks.onLast?.();
      };
    },
    notify() {
      for (const listener of [...listeners]) listener();
    },
    clear() {
      const had = listeners.size > 0;
      listeners.clear();
      if (had) hooks.onLast?.();
    },
  };
}
