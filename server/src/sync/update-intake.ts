import * as Y from "yjs";
import { canSetVoteSettings } from "@brownpaper/shared";
import type { Limits } from "../config";
import { errorMessage, type Logger } from "../logger";
import type { Metrics } from "../metrics";
import { CLOSE, type Connection } from "./connection";
import { dropPending, pendingBytes } from "./pending";
import { ProtocolError } from "./protocol";
import { checkUpdate } from "./update-check";
import type { UpdateTrial } from "./update-trial";
import { applyKeepingVoteSettings } from "./vote-settings-guard";

export interface UpdateIntakeOptions {
  boardId: string;
  doc: Y.Doc;
  logger: Logger;
  metrics: Metrics;
  limits: Limits;
  trial: UpdateTrial;
  /** Root types updates may touch. */
  roots: ReadonlySet<string>;
  /** Keep the dot vote's settings for links that may not set them. */
  guardVoteSettings: boolean;
  /** Bytes of the board's stored log and what waits to be stored: what MAX_BOARD_BYTES counts. */
  storedBytes: () => number;
  /** Whether the room has closed: a trial finishing after that applies nothing. */
  isClosed: () => boolean;
}

const PENDING_REFUSAL = "updates build on changes the server does not have";

/**
 * How an update from a connection that may write gets into a room's doc: refused when it would
 * take the board past MAX_BOARD_BYTES, tried first in a worker when large, kept from changing the
 * vote's settings for links that may not, and undone when it leaves too much waiting for history.
 */
export class UpdateIntake {
  constructor(private readonly options: UpdateIntakeOptions) {}

  /** Small updates are applied at once; large ones after a timed trial in a worker (UpdateTrial). */
  receive(connection: Connection, update: Uint8Array): void | Promise<void> {
    const shape = checkUpdate(update, { roots: this.options.roots });
    // An update that only deletes is let through, so a full board can still be cleared up.
    if (shape.structs > 0 && this.options.storedBytes() + update.byteLength > this.options.limits.maxBoardBytes) {
      this.options.logger.warn("sync.board_full", {
        boardId: this.options.boardId,
        connId: connection.id,
        bytes: this.options.storedBytes(),
      });
      connection.reject("board_too_big", CLOSE.boardFull, "board is full");
      return;
    }
    if (shape.structs + shape.deletions < this.options.limits.updateTrialStructs) return this.apply(connection, update);
    const base = Y.encodeStateAsUpdate(this.options.doc);
    return this.options.trial.run(base, update).then((result) => {
      if (this.options.isClosed() || !connection.isOpen) return;
      if (!result.ok) {
        this.options.logger.warn("sync.update_trial_failed", {
          boardId: this.options.boardId,
          connId: connection.id,
          ...result,
          structs: shape.structs,
        });
        if (result.reason === "timeout")
          connection.reject("update_too_costly", CLOSE.messageTooBig, "update too costly to apply");
        else connection.reject("update_refused", CLOSE.invalidPayload, "malformed message");
        return;
      }
      if (result.pendingBytes > this.options.limits.maxPendingUpdateBytes) {
        connection.reject("pending_too_big", CLOSE.policyViolation, PENDING_REFUSAL);
        return;
      }
      connection.timed(() => {
        try {
          this.apply(connection, update);
        } catch (error) {
          this.refuse(connection, error);
        }
      });
    });
  }

  private apply(connection: Connection, update: Uint8Array): void {
    const apply = () => Y.applyUpdate(this.options.doc, update, connection);
    if (this.options.guardVoteSettings && !canSetVoteSettings(connection.role)) {
      if (applyKeepingVoteSettings(this.options.doc, apply)) {
        this.options.logger.warn("sync.vote_settings_restored", {
          boardId: this.options.boardId,
          connId: connection.id,
        });
        connection.reject(
          "facilitator_only",
          CLOSE.policyViolation,
          "only the facilitator changes the vote's settings",
        );
        return;
      }
    } else {
      apply();
    }
    this.options.metrics.updatesIn++;
    if (pendingBytes(this.options.doc) > this.options.limits.maxPendingUpdateBytes) {
      dropPending(this.options.doc);
      connection.reject("pending_too_big", CLOSE.policyViolation, PENDING_REFUSAL);
    }
  }

  /** Closes a connection whose message could not be decoded or applied, saying why. */
  refuse(connection: Connection, error: unknown): void {
    this.options.logger.warn("sync.bad_message", {
      boardId: this.options.boardId,
      connId: connection.id,
      error: errorMessage(error),
    });
    if (error instanceof ProtocolError)
      connection.reject(
        error.reason,
        error.closeCode,
        error.reason === "malformed" ? "malformed message" : error.message,
      );
    else connection.reject("malformed", CLOSE.invalidPayload, "malformed message");
  }
}
