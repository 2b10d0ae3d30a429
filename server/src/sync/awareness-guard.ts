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

/** States decoding has already parsed, so the role stamp does not parse them again. */
const parsedStates = new WeakMap<AwarenessEntry, unknown>();

/** An entry's state, parsed (once). */
export function stateOf(entry: AwarenessEntry): unknown {
  if (parsedStates.has(entry)) return parsedStates.get(entry);
  const state: unknown = JSON.parse(entry.stateJson);
  parsedStates.set(entry, state);
  return state;
}

/**
 * Decodes an awareness update without applying it. Throws ProtocolError when it is malformed,
 * or when a state is over `maxStateBytes` (presence is a cursor and a name, not a document)
 * unless `onOversized` is given: then that entry is skipped, unparsed, and reported there.
 */
export function decodeAwarenessUpdate(
  update: Uint8Array,
  maxStateBytes = Infinity,
  onOversized?: (clientId: number) => void,
): AwarenessEntry[] {
  const entries: AwarenessEntry[] = [];
  try {
    const decoder = decoding.createDecoder(update);
    const count = decoding.readVarUint(decoder);
    for (let i = 0; i < count; i++) {
      const clientId = decoding.readVarUint(decoder);
      const clock = decoding.readVarUint(decoder);
      const stateJson = decoding.readVarString(decoder);
      // Measured before it is parsed: an oversized state is refused without the work.
      if (Buffer.byteLength(stateJson) > maxStateBytes) {
        if (onOversized) {
          onOversized(clientId);
          continue;
        }
        throw new ProtocolError(
          `awareness state over ${maxStateBytes} bytes`,
          "awareness_too_big",
          CLOSE.messageTooBig,
        );
      }
      const entry = { clientId, clock, stateJson };
      parsedStates.set(entry, JSON.parse(stateJson));
      entries.push(entry);
    }
  } catch (error) {
    if (error instanceof ProtocolError) throw error;
    throw new ProtocolError(`malformed awareness update (${(error as Error).message})`);
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

/** The owner of ids whose clients are connected to another instance (learnt from the bus). */
const ANOTHER_INSTANCE = Symbol("a client of another instance");

export interface PresenceChange {
  added: number[];
  updated: number[];
  removed: number[];
}

/** What the guard makes of an awareness update from one of this instance's connections. */
export interface PresenceVerdict {
  /** Entries to apply now. */
  allowed: AwarenessEntry[];
  refused: number;
  /** Entries over the state size, dropped unread. */
  oversized?: number;
}

/**
 * Who owns which awareness client ids in a room. A connection owns the ids it introduced and
 * may only set or clear those: nobody can move someone else's cursor or make them "leave".
 * With several instances, an id set by another instance's client is held by that instance
 * while its state is here: this instance never applies another instance's state for an id its
 * own connections own, and its connections cannot claim, change or clear an id held elsewhere
 * (stock y-websocket clients re-send every presence they hear of; those copies are dropped).
 * While the room asks the other instances who is here (`hold`), an id nobody here has seen
 * is not given to the connection that names it yet: the answers may show it is held elsewhere.
 */
export class AwarenessGuard<Owner> {
  private readonly ownerOf = new Map<number, Owner | typeof ANOTHER_INSTANCE>();
  private readonly owned = new Map<Owner, Set<number>>();
  private holding = false;
  /** Held claims: each connection's latest entry per id, and which connection named an id first. */
  private readonly heldFrom = new Map<Owner, Map<number, AwarenessEntry>>();
  private readonly heldBy = new Map<number, Owner>();
  /** The id limit each holding owner was judged with. */
  private readonly heldLimit = new Map<Owner, number>();

  constructor(
    private readonly serverClientId: number,
    private readonly maxStateBytes = Infinity,
    private readonly maxIdsPerOwner = 8,
  ) {}

  /**
   * The entries of `update` that `owner` may apply now and how many were refused; claims of new
   * ids made while holding are kept (at most `maxIds` per owner, as owned ids are) until
   * `decideHeld`. A state over the size limit is dropped (the client's earlier state stays):
   * an honest client with a large selection should lose its outline for others, not its
   * connection. Throws ProtocolError for a malformed update.
   */
  filter(owner: Owner, update: Uint8Array, maxIds = this.maxIdsPerOwner): PresenceVerdict {
    const allowed: AwarenessEntry[] = [];
    let refused = 0;
    let oversized = 0;
    for (const entry of decodeAwarenessUpdate(update, this.maxStateBytes, () => oversized++)) {
      const verdict = this.judge(owner, entry, maxIds);
      if (verdict === "allow") allowed.push(entry);
      else if (verdict === "refuse") refused++;
    }
    return oversized > 0 ? { allowed, refused, oversized } : { allowed, refused };
  }

  /** From now until `decideHeld`, claims of ids this instance has not seen wait. */
  hold(): void {
    this.holding = true;
  }

  /** Ends the hold and decides each held claim as if it arrived now, by owner. */
  decideHeld(): Map<Owner, PresenceVerdict> {
    const claims = [...this.heldFrom];
    this.holding = false;
    this.heldFrom.clear();
    this.heldBy.clear();
    const limits = new Map(this.heldLimit);
    this.heldLimit.clear();
    const verdicts = new Map<Owner, PresenceVerdict>();
    for (const [owner, entries] of claims) {
      const maxIds = limits.get(owner) ?? this.maxIdsPerOwner;
      const allowed = [...entries.values()].filter((entry) => this.judge(owner, entry, maxIds) === "allow");
      verdicts.set(owner, { allowed, refused: entries.size - allowed.length });
    }
    return verdicts;
  }

  /**
   * The part of another instance's update this instance may apply (null when nothing is left):
   * never a state for an id one of this instance's connections owns, whoever sent it there.
   * Throws ProtocolError for a malformed update.
   */
  fromOtherInstance(update: Uint8Array): Uint8Array | null {
    const entries = decodeAwarenessUpdate(update, this.maxStateBytes);
    const allowed = entries.filter((entry) => entry.clientId !== this.serverClientId && !this.isLocal(entry.clientId));
    if (allowed.length === 0) return null;
    return allowed.length === entries.length ? update : encodeAwarenessUpdate(allowed);
  }

  /**
   * Follows what was applied to the room's presence. An id another instance set is held there
   * from now on. An id held elsewhere is free again once its state is gone — its client left or
   * cleared it there, or it timed out here because that instance died — so the client can come
   * back on any instance.
   */
  noteChange({ added, updated, removed }: PresenceChange, byOtherInstance: boolean): void {
    if (byOtherInstance) {
      for (const id of [...added, ...updated]) {
        if (!this.isLocal(id)) this.ownerOf.set(id, ANOTHER_INSTANCE);
      }
    }
    for (const id of removed) {
      if (this.ownerOf.get(id) === ANOTHER_INSTANCE) this.ownerOf.delete(id);
    }
  }

  /** Every id this instance's own connections hold. */
  localIds(): number[] {
    return [...this.owned.values()].flatMap((ids) => [...ids]);
  }

  /** Forgets an owner (and its held claims) and returns the ids it owned, whose states should now be removed. */
  release(owner: Owner): number[] {
    const ids = [...(this.owned.get(owner) ?? [])];
    for (const id of ids) this.ownerOf.delete(id);
    this.owned.delete(owner);
    for (const id of this.heldFrom.get(owner)?.keys() ?? []) this.heldBy.delete(id);
    this.heldFrom.delete(owner);
    this.heldLimit.delete(owner);
    return ids;
  }

  private isLocal(clientId: number): boolean {
    const current = this.ownerOf.get(clientId);
    return current !== undefined && current !== ANOTHER_INSTANCE;
  }

  private judge(owner: Owner, entry: AwarenessEntry, maxIds: number): "allow" | "refuse" | "hold" {
    if (entry.clientId === this.serverClientId) return "refuse";
    const current = this.ownerOf.get(entry.clientId);
    if (current !== undefined) return current === owner ? "allow" : "refuse";
    const holder = this.heldBy.get(entry.clientId);
    if (holder !== undefined && holder !== owner) return "refuse";
    const held = this.heldFrom.get(owner) ?? new Map<number, AwarenessEntry>();
    const previous = held.get(entry.clientId);
    if (previous) {
      // A client's clock only grows: its latest entry is all awareness would keep.
      if (entry.clock >= previous.clock) held.set(entry.clientId, entry);
      return "hold";
    }
    // Clearing a state nobody owns would only remove someone else's presence.
    if (entry.stateJson === "null") return "refuse";
    const ids = this.owned.get(owner) ?? new Set<number>();
    if (ids.size + held.size >= maxIds) return "refuse";
    if (this.holding) {
      held.set(entry.clientId, entry);
      this.heldFrom.set(owner, held);
      this.heldLimit.set(owner, maxIds);
      this.heldBy.set(entry.clientId, owner);
      return "hold";
    }
    ids.add(entry.clientId);
    this.owned.set(owner, ids);
    this.ownerOf.set(entry.clientId, owner);
    return "allow";
  }
}
