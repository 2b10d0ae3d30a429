import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { CLOSE } from "./close-codes";
import { ProtocolError } from "./protocol";

/** One client's entry in an awareness update: `[clientID, clock, state as JSON]`. */
export interface AwarenessEntry {
  clientId: number;
  clock: number;
  stateJson: string;
}

/**
 * Decodes an awareness update without applying it. Throws ProtocolError when it is malformed or
 * a state is over `maxStateBytes` (presence is a cursor and a name, not a document).
 */
export function decodeAwarenessUpdate(update: Uint8Array, maxStateBytes = Infinity): AwarenessEntry[] {
  let entries: AwarenessEntry[];
  try {
    const decoder = decoding.createDecoder(update);
    const count = decoding.readVarUint(decoder);
    entries = [];
    for (let i = 0; i < count; i++) {
      const clientId = decoding.readVarUint(decoder);
      const clock = decoding.readVarUint(decoder);
      const stateJson = decoding.readVarString(decoder);
      JSON.parse(stateJson);
      entries.push({ clientId, clock, stateJson });
    }
  } catch (error) {
    throw new ProtocolError(`malformed awareness update (${(error as Error).message})`);
  }
  for (const entry of entries) {
    if (Buffer.byteLength(entry.stateJson) > maxStateBytes) {
      throw new ProtocolError(`awareness state over ${maxStateBytes} bytes`, "awareness_too_big", CLOSE.messageTooBig);
    }
  }
  return entries;
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
    private readonly maxStateBytes = Infinity,
    private readonly maxIdsPerOwner = 8,
  ) {}

  /**
   * The part of `update` that `owner` may apply (null when nothing of it is theirs) and how many
   * entries were refused. Throws ProtocolError for a malformed or oversized update.
   */
  filter(owner: Owner, update: Uint8Array): { allowed: Uint8Array | null; refused: number } {
    const entries = decodeAwarenessUpdate(update, this.maxStateBytes);
    const allowed = entries.filter((entry) => this.mayWrite(owner, entry));
    const refused = entries.length - allowed.length;
    if (allowed.length === 0) return { allowed: null, refused };
    return { allowed: refused === 0 ? update : encodeAwarenessUpdate(allowed), refused };
  }

  /** Every id some owner holds. */
  ownedIds(): number[] {
    return [...this.ownerOf.keys()];
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
