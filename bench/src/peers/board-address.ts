import { randomBytes } from "node:crypto";
import type { Framing } from "../load/wire";

export const PEER_NAMES = ["brownpaper", "y-websocket", "hocuspocus"] as const;
export type PeerName = (typeof PEER_NAMES)[number];

/** Where a client finds one board (document) on a peer, and how to talk to it. */
export interface BoardAddress {
  url: string;
  framing: Framing;
  documentName: string;
  token: string;
}

export const FRAMING: Record<PeerName, Framing> = {
  brownpaper: "y-websocket",
  "y-websocket": "y-websocket",
  hocuspocus: "hocuspocus",
};

/**
 * A new, empty board. Brownpaper creates boards over HTTP and hands out signed tokens; the
 * others create a document on first connect, named by the client.
 */
export async function createBoard(peer: PeerName, port: number): Promise<BoardAddress> {
  const origin = `127.0.0.1:${port}`;
  if (peer === "brownpaper") {
    const response = await fetch(`http://${origin}/api/boards`, { method: "POST" });
    if (response.status !== 201)
      throw new Error(`POST /api/boards answered ${response.status}: ${await response.text()}`);
    const board = (await response.json()) as { id: string; editToken: string };
    return {
      url: `ws://${origin}/sync/${board.id}?token=${encodeURIComponent(board.editToken)}`,
      framing: "y-websocket",
      documentName: board.id,
      token: board.editToken,
    };
  }
  const name = `bench-${randomBytes(8).toString("hex")}`;
  return peer === "y-websocket"
    ? { url: `ws://${origin}/${name}`, framing: "y-websocket", documentName: name, token: "" }
    : { url: `ws://${origin}`, framing: "hocuspocus", documentName: name, token: "bench" };
}

/** `count` boards, created a few at a time. */
export async function createBoards(peer: PeerName, port: number, count: number): Promise<BoardAddress[]> {
  const boards: BoardAddress[] = [];
  while (boards.length < count) {
    const batch = Math.min(20, count - boards.length);
    boards.push(...(await Promise.all(Array.from({ length: batch }, () => createBoard(peer, port)))));
  }
  return boards;
}
