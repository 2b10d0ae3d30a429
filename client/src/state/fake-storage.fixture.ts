/** A browser Storage over a Map, for tests; `refuse` makes every write throw as a full or blocked one does. */
export function fakeStorage(initial: Record<string, string> = {}, options: { refuse?: boolean } = {}): Storage {
  const items = new Map(Object.entries(initial));
  return {
    get length() {
      return items.size;
    },
    key: (index) => [...items.keys()][index] ?? null,
    getItem: (key) => items.get(key) ?? null,
    setItem(key, value) {
      if (options.refuse) throw new Error("QuotaExceededError");
      items.set(key, String(value));
    },
    removeItem: (key) => void items.delete(key),
    clear: () => items.clear(),
  };
}
