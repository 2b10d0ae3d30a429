/** Something cached by its size in bytes. */
export interface Sized {
  body: Uint8Array;
}

/**
 * Exports by board version, least recently used dropped first, within `maxBytes`. One version
 * is kept per board and kind of export (a newer one replaces it), an export of more than a
 * quarter of the budget is not kept, and requests for an export being made wait for that one
 * instead of making it again: three people downloading the same board's SVG cost one rendering.
 */
export class ExportCache<T extends Sized> {
  /** Map order is use order: the first entry is the least recently used. */
  private readonly entries = new Map<string, { slot: string; value: T }>();
  private readonly slots = new Map<string, string>();
  private readonly making = new Map<string, Promise<T>>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  /**
   * The export for `slot` (board and kind) at `version`, from the cache or from `make`. A
   * failure is not cached: everyone waiting gets it, the next request tries again.
   */
  get(slot: string, version: string, make: () => Promise<T>): Promise<T> {
    const key = `${slot}\n${version}`;
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return Promise.resolve(hit.value);
    }
    const pending = this.making.get(key);
    if (pending) return pending;
    const made = make()
      .then((value) => {
        this.remember(slot, key, value);
        return value;
      })
      .finally(() => this.making.delete(key));
    this.making.set(key, made);
    return made;
  }

  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }

  private remember(slot: string, key: string, value: T): void {
    const older = this.slots.get(slot);
    if (older !== undefined) this.drop(older);
    if (value.body.byteLength > this.maxBytes / 4) return;
    this.entries.set(key, { slot, value });
    this.slots.set(slot, key);
    this.bytes += value.body.byteLength;
    for (const [oldest] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.drop(oldest);
    }
  }

  private drop(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.slots.delete(entry.slot);
    this.bytes -= entry.value.body.byteLength;
  }
}
