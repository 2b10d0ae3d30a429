import { randomBytes } from "node:crypto";
import { connect, type Socket } from "node:net";
import type { TestServer } from "./test-server";

export interface RawWebSocket {
  socket: Socket;
  /** The status code of the server's close frame, or 1006 when the connection ends without one. */
  closeCode(): Promise<number>;
}

/** A WebSocket handshake done by hand, so a test can write bytes no WebSocket library would. */
export async function rawHandshake(server: TestServer, boardId: string, token: string): Promise<RawWebSocket> {
  const { port } = server.server;
  const socket = connect(port, "127.0.0.1");
  socket.on("error", () => {});
  let received = Buffer.alloc(0);
  socket.on("data", (chunk: Buffer) => (received = Buffer.concat([received, chunk])));
  const ended = new Promise<void>((resolve) => socket.once("close", () => resolve()));
  await new Promise<void>((resolve) => socket.once("connect", () => resolve()));
  socket.write(
    [
      `GET /sync/${boardId}?token=${encodeURIComponent(token)} HTTP/1.1`,
      `Host: 127.0.0.1:${port}`,
      "Upgrade: websocket",
      "Connection: Upgrade",
      `Sec-WebSocket-Key: ${randomBytes(16).toString("base64")}`,
      "Sec-WebSocket-Version: 13",
      "",
      "",
    ].join("\r\n"),
  );
  const deadline = Date.now() + 5000;
  while (!received.includes("\r\n\r\n")) {
    if (Date.now() > deadline) throw new Error("no handshake answer");
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  if (!received.toString("latin1").startsWith("HTTP/1.1 101"))
    throw new Error(`upgrade refused: ${received.toString("latin1").split("\r\n")[0]}`);
  const headerEnd = received.indexOf("\r\n\r\n") + 4;
  return {
    socket,
    async closeCode() {
      await ended;
      return closeFrameCode(received.subarray(headerEnd)) ?? 1006;
    },
  };
}

/** Walks the server's (unmasked) frames and returns the code of its close frame. */
function closeFrameCode(frames: Buffer): number | undefined {
  let at = 0;
  while (at + 2 <= frames.length) {
    const opcode = frames[at]! & 0x0f;
    let length = frames[at + 1]! & 0x7f;
    let header = 2;
    if (length === 126) {
      length = frames.readUInt16BE(at + 2);
      header = 4;
    } else if (length === 127) {
      length = Number(frames.readBigUInt64BE(at + 2));
      header = 10;
    }
    if (opcode === 0x8 && length >= 2) return frames.readUInt16BE(at + header);
    at += header + length;
  }
  return undefined;
}
