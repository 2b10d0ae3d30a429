import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";

/**
 * The two framings the peers speak. Both carry y-protocols messages (`[type, …]`); Hocuspocus
 * puts the document name (a varstring) in front of each one, multiplexing documents over a
 * socket, and waits for an auth message before it handles anything else.
 */
export type Framing = "y-websocket" | "hocuspocus";

export const MESSAGE = {
  sync: 0,
  awareness: 1,
  /** Hocuspocus only. */
  auth: 2,
  /** Hocuspocus: a sync message whose step 1 must not trigger another step 1. */
  syncReply: 4,
  /** Hocuspocus: "your update was applied (or refused)". */
  syncStatus: 8,
} as const;

/** Hocuspocus' `AuthMessageType`. */
export const AUTH = { token: 0, permissionDenied: 1, authenticated: 2 } as const;

export const SYNC = { step1: 0, step2: 1, update: 2 } as const;

export class Wire {
  constructor(
    readonly framing: Framing,
    /** The Hocuspocus document name; unused for y-websocket. */
    readonly documentName: string,
  ) {}

  /** An encoder with the framing's header and the message type already written. */
  begin(type: number): encoding.Encoder {
    const encoder = encoding.createEncoder();
    if (this.framing === "hocuspocus") encoding.writeVarString(encoder, this.documentName);
    encoding.writeVarUint(encoder, type);
    return encoder;
  }

  /** A decoder past the header, with the message type. Throws on a frame for another document. */
  open(frame: Uint8Array): { type: number; decoder: decoding.Decoder } {
    const decoder = decoding.createDecoder(frame);
    if (this.framing === "hocuspocus") {
      const name = decoding.readVarString(decoder);
      if (name !== this.documentName) throw new Error(`frame for document "${name}", expected "${this.documentName}"`);
    }
    return { type: decoding.readVarUint(decoder), decoder };
  }

  /** `sync / update` carrying one Yjs update: what every edit costs on the wire. */
  updateMessage(update: Uint8Array): Uint8Array {
    const encoder = this.begin(MESSAGE.sync);
    encoding.writeVarUint(encoder, SYNC.update);
    encoding.writeVarUint8Array(encoder, update);
    return encoding.toUint8Array(encoder);
  }

  syncStep1Message(stateVector: Uint8Array): Uint8Array {
    const encoder = this.begin(MESSAGE.sync);
    encoding.writeVarUint(encoder, SYNC.step1);
    encoding.writeVarUint8Array(encoder, stateVector);
    return encoding.toUint8Array(encoder);
  }

  /** Hocuspocus' first message on a document, as its provider sends it. */
  authMessage(token: string): Uint8Array {
    const encoder = this.begin(MESSAGE.auth);
    encoding.writeVarUint(encoder, AUTH.token);
    encoding.writeVarString(encoder, token);
    return encoding.toUint8Array(encoder);
  }
}
