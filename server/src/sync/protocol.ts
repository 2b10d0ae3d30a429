import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import * as Y from "yjs";
import * as awarenessProtocol from "y-protocols/awareness";
import * as syncProtocol from "y-protocols/sync";
import type { RejectReason } from "../metrics";
import { CLOSE } from "./close-codes";
import { withoutPending } from "./pending";

/**
 * The y-websocket wire format: `[messageType: varUint, …]`, where a sync message carries
 * `[syncType: varUint, payload: varUint8Array]` and an awareness message one awareness update.
 * Decoding is separated from applying so the room can check who may do what first.
 */
export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;
/** y-websocket's other two message types: the server's auth answer and a query for presence. */
const MESSAGE_AUTH = 2;
const MESSAGE_QUERY_AWARENESS = 3;

export type IncomingMessage =
  | { kind: "sync-step-1"; stateVector: Uint8Array }
  | { kind: "sync-step-2"; update: Uint8Array }
  | { kind: "update"; update: Uint8Array }
  | { kind: "awareness"; update: Uint8Array }
  /** A message of the protocol the server has no use for from a client; it is skipped. */
  | { kind: "ignored"; messageType: number };

/** A frame that is not a well-formed message, or one the server refuses; says how to close. */
export class ProtocolError extends Error {
  override name = "ProtocolError";
  constructor(
    message: string,
    readonly reason: RejectReason = "malformed",
    readonly closeCode: number = CLOSE.invalidPayload,
  ) {
    super(message);
  }
}

function readSyncMessage(decoder: decoding.Decoder): IncomingMessage {
  const syncType = decoding.readVarUint(decoder);
  const payload = decoding.readVarUint8Array(decoder);
  switch (syncType) {
    case syncProtocol.messageYjsSyncStep1:
      return { kind: "sync-step-1", stateVector: payload };
    case syncProtocol.messageYjsSyncStep2:
      return { kind: "sync-step-2", update: payload };
    case syncProtocol.messageYjsUpdate:
      return { kind: "update", update: payload };
    default:
      throw new ProtocolError(`unknown sync message type ${syncType}`);
  }
}

/** Decodes one binary frame. Throws ProtocolError when it is truncated or malformed. */
export function decodeMessage(frame: Uint8Array): IncomingMessage {
  try {
    const decoder = decoding.createDecoder(frame);
    const messageType = decoding.readVarUint(decoder);
    switch (messageType) {
      case MESSAGE_SYNC:
        return readSyncMessage(decoder);
      case MESSAGE_AWARENESS:
        return { kind: "awareness", update: decoding.readVarUint8Array(decoder) };
      case MESSAGE_AUTH:
      case MESSAGE_QUERY_AWARENESS:
        return { kind: "ignored", messageType };
      default:
        throw new ProtocolError(`unknown message type ${messageType}`);
    }
  } catch (error) {
    if (error instanceof ProtocolError) throw error;
    throw new ProtocolError(`malformed message (${(error as Error).message})`);
  }
}

/** The server's state vector, asking the client for what the server lacks. */
export function syncStep1Message(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  syncProtocol.writeSyncStep1(encoder, doc);
  return encoding.toUint8Array(encoder);
}

/**
 * What the client lacks given its state vector. Computed when asked, so it holds exactly the
 * updates applied so far — and only those: updates still waiting for missing history were never
 * stored, so they are left out (Yjs would include them). Throws ProtocolError for a malformed
 * state vector.
 */
export function syncStep2Message(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
  let update: Uint8Array;
  try {
    update = withoutPending(doc, () => Y.encodeStateAsUpdate(doc, stateVector));
  } catch (error) {
    throw new ProtocolError(`malformed state vector (${(error as Error).message})`);
  }
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  encoding.writeVarUint(encoder, syncProtocol.messageYjsSyncStep2);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

export function updateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

export function awarenessMessage(awareness: awarenessProtocol.Awareness, clientIds: number[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(awareness, clientIds));
  return encoding.toUint8Array(encoder);
}
