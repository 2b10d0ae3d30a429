import type { BoardAddress, PeerName } from "../peers/board-address";
import { createBoard } from "../peers/board-address";
import { SimClient } from "./sim-client";
import { STEPS_ROOT, writeSteps } from "./step-edits";
import { waitUntil } from "./wait";

export interface ColdBoardSpec {
  elements: number;
  /** One update per element (a board built up over a workshop) instead of one for all. */
  separateUpdates: boolean;
}

/** The same board on a restarted peer, which listens on a new port. */
export function onPort(address: BoardAddress, port: number): BoardAddress {
  return { ...address, url: address.url.replace(/127\.0\.0\.1:\d+/, `127.0.0.1:${port}`) };
}

/**
 * Writes a board of `elements` steps through the sync protocol and waits until a second
 * client has received all of it, i.e. the server has applied (and, for Brownpaper, stored) it.
 */
export async function writeColdBoard(peer: PeerName, port: number, spec: ColdBoardSpec): Promise<BoardAddress> {
  const address = await createBoard(peer, port);
  const writer = new SimClient(address);
  const observer = new SimClient(address);
  try {
    await writer.connect();
    await observer.connect();
    writeSteps(writer.doc, spec.elements, { separateUpdates: spec.separateUpdates, prefix: "cold" });
    await waitUntil(
      "the written board reaches a second client",
      120_000,
      () => observer.doc.getMap(STEPS_ROOT).size >= spec.elements,
      20,
    );
  } finally {
    await Promise.all([writer.close(), observer.close()]);
    writer.destroy();
    observer.destroy();
  }
  return address;
}

/** Milliseconds from opening a socket to holding every element of the board, in a fresh client. */
export async function timeColdLoad(address: BoardAddress, elements: number): Promise<number> {
  const client = new SimClient(address);
  const started = performance.now();
  try {
    await client.connect(60_000);
    await waitUntil(
      "the stored board is fully loaded",
      60_000,
      () => client.doc.getMap(STEPS_ROOT).size >= elements,
      1,
    );
    return performance.now() - started;
  } finally {
    await client.close();
    client.destroy();
  }
}
