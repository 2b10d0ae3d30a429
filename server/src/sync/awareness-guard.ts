import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { ProtocolError } from "./protocol";

/** One client's entry in an awareness update: `[clientID, clock, state as JSON]`. */
export interface AwarenessEntry {
  clientId: number;
  clock: number;
  stateJson: string;
}

/** Decodes an awareness update without applying it. Throws ProtocolError when malformed. */
export function decodeAwarenessUpdate(update: Uint8Array): AwarenessEntry[] {
  try {
    const decoder = decoding.createDecoder(update);
    const count = decoding.readVarUint(decoder);
    const entries: AwarenessEntry[] = [];
    for (let i = 0; i < count; i++) {
      const clientId = decoding.readVarUint(decoder);
      const clock = decoding.readVarUint(decoder);
      const stateJson = decoding.readVarString(decoder);
      JSON.parse(stateJson);
      entries.push({ clientId, clock, stateJson });
    }
    return entries;
  } catch (error) {
    throw new ProtocolError(`malformed awareness update (${(error as Error).message})`);
  }
}

export function encodeAwarenessUpdate(entries: readonly AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, entry.stateJson);
  }
  return encoding.toUint8Array(encoder);
}

/**
 * Who owns which awareness client ids in a room. A connection owns the ids it introduced and
 * may only set or clear those: nobody can move someone else's cursor or make them "leave".
 */
export class AwarenessGuard<Owner> {
  private readonly ownerOf = new Map<number, Owner>();
  private readonly owned = new Map<Owner, Set<number>>();

  constructor(
    private readonly serverClientId: number,
    private readonly maxIdsPerOwner = 8,
  ) {}

  /** The part of `update` that `owner` may apply, or null when nothing of it is theirs. */
  filter(owner: Owner, update: Uint8Array): Uint8Array | null {
    const entries = decodeAwarenessUpdate(update);
    const allowed = entries.filter((entry) => this.mayWrite(owner, entry));
    if (allowed.length === 0) return null;
    return allowed.length === entries.length ? update : encodeAwarenessUpdate(allowed);
  }

  /** Forgets an owner and returns the ids it held, whose states should now be removed. */
  release(owner: Owner): number[] {
    const ids = [...(this.owned.get(owner) ?? [])];
    for (const id of ids) this.ownerOf.delete(id);
    this.owned.delete(owner);
    return ids;
  }

  private mayWrite(owner: Owner, entry: AwarenessEntry): boolean {
    if (entry.clientId === this.serverClientId) return false;
    const current = this.ownerOf.get(entry.clientId);
    if (current !== undefined) return current === owner;
    // Clearing a state nobody owns would only remove someone else's presence.
    if (entry.stateJson === "null") return false;
    const ids = this.owned.get(owner) ?? new Set<number>();
    if (ids.size >= this.maxIdsPerOwner) return false;
    ids.add(entry.clientId);
    this.owned.set(owner, ids);
    this.ownerOf.set(entry.clientId, owner);
    return true;
  }
}
