import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import WebSocket from "ws";
import * as Y from "yjs";
import * as syncProtocol from "y-protocols/sync";
import type { BoardAddress } from "../peers/board-address";
import { AUTH, MESSAGE, Wire } from "./wire";

/** The transaction origin of everything a client applies from the server. */
export const REMOTE = Symbol("remote");

export interface SimClientHooks {
  /** A remote transaction changed what this doc holds of `sender` (now up to `clock`). */
  onApplied?: (receiver: number, sender: number, clock: number, now: number) => void;
}

/**
 * One participant as the server sees it: a raw `ws` socket and a Y.Doc speaking the sync
 * protocol by hand (no provider, no awareness), so the load generator's own cost per message
 * stays small and identical across peers.
 */
export class SimClient {
  readonly doc = new Y.Doc();
  readonly wire: Wire;
  private socket: WebSocket | null = null;
  private syncedFlag = false;
  private syncWaiters: Array<() => void> = [];
  /** Frames the client could not read, and unexpected closes. */
  errors: string[] = [];
  closedByServer = false;

  constructor(
    readonly address: BoardAddress,
    private readonly hooks: SimClientHooks = {},
  ) {
    this.wire = new Wire(address.framing, address.documentName);
    this.doc.on("update", (update: Uint8Array, origin: unknown) => {
      if (origin !== REMOTE) this.send(this.wire.updateMessage(update));
    });
    if (hooks.onApplied) {
      const onApplied = hooks.onApplied;
      this.doc.on("afterTransaction", (transaction: Y.Transaction) => {
        if (transaction.origin !== REMOTE) return;
        const now = performance.now();
        for (const [client, clock] of transaction.afterState) {
          if (clock !== (transaction.beforeState.get(client) ?? 0)) onApplied(this.doc.clientID, client, clock, now);
        }
      });
    }
  }

  get synced(): boolean {
    return this.syncedFlag;
  }

  get clientId(): number {
    return this.doc.clientID;
  }

  /** Opens the socket and resolves once the server's sync step 2 has been applied. */
  connect(timeoutMs = 15_000): Promise<void> {
    const socket = new WebSocket(this.address.url, { perMessageDeflate: false });
    socket.binaryType = "nodebuffer";
    this.socket = socket;
    socket.on("open", () => {
      if (this.address.framing === "hocuspocus") socket.send(this.wire.authMessage(this.address.token));
      socket.send(this.wire.syncStep1Message(Y.encodeStateVector(this.doc)));
    });
    socket.on("message", (data: Buffer) => this.receive(new Uint8Array(data.buffer, data.byteOffset, data.byteLength)));
    socket.on("error", (error) => this.errors.push(`socket: ${error.message}`));
    socket.on("close", (code) => {
      if (this.socket === socket) {
        this.closedByServer = true;
        this.errors.push(`closed by server (${code})`);
      }
    });
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no sync within ${timeoutMs} ms from ${this.address.url} (${this.errors.join("; ")})`)),
        timeoutMs,
      );
      this.whenSynced(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  whenSynced(callback: () => void): void {
    if (this.syncedFlag) callback();
    else this.syncWaiters.push(callback);
  }

  /** Bytes waiting in the socket's send buffer (an open-loop sender never waits on them). */
  get bufferedAmount(): number {
    return this.socket?.bufferedAmount ?? 0;
  }

  send(frame: Uint8Array): void {
    if (this.socket?.readyState === WebSocket.OPEN) this.socket.send(frame);
  }

  close(): Promise<void> {
    const socket = this.socket;
    this.socket = null;
    if (!socket || socket.readyState === WebSocket.CLOSED) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        socket.terminate();
        resolve();
      }, 2000);
      socket.once("close", () => {
        clearTimeout(timer);
        resolve();
      });
      socket.close();
    });
  }

  destroy(): void {
    this.socket?.terminate();
    this.socket = null;
    this.doc.destroy();
  }

  private receive(frame: Uint8Array): void {
    try {
      const { type, decoder } = this.wire.open(frame);
      if (type === MESSAGE.sync || (this.address.framing === "hocuspocus" && type === MESSAGE.syncReply)) {
        const reply = this.wire.begin(MESSAGE.sync);
        const headerLength = encoding.length(reply);
        const syncType = syncProtocol.readSyncMessage(decoder, reply, this.doc, REMOTE);
        if (encoding.length(reply) > headerLength + 1) this.send(encoding.toUint8Array(reply));
        if (syncType === syncProtocol.messageYjsSyncStep2 && !this.syncedFlag) {
          this.syncedFlag = true;
          for (const waiter of this.syncWaiters.splice(0)) waiter();
        }
      } else if (type === MESSAGE.auth && decoding.readVarUint(decoder) === AUTH.permissionDenied) {
        this.errors.push(`permission denied: ${decoding.readVarString(decoder)}`);
      }
      // Awareness and Hocuspocus' sync-status acknowledgements carry nothing the bench needs.
    } catch (error) {
      this.errors.push(`frame: ${(error as Error).message}`);
    }
  }
}
