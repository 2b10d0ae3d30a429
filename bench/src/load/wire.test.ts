import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import * as syncProtocol from "y-protocols/sync";
import { AUTH, MESSAGE, SYNC, Wire } from "./wire";

function someUpdate(): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap("steps").set("a", 1);
  return Y.encodeStateAsUpdate(doc);
}

describe("Wire", () => {
  it("frames an update exactly as y-protocols does for y-websocket", () => {
    const update = someUpdate();
    const expected = encoding.createEncoder();
    encoding.writeVarUint(expected, MESSAGE.sync);
    syncProtocol.writeUpdate(expected, update);
    expect(new Wire("y-websocket", "ignored").updateMessage(update)).toEqual(encoding.toUint8Array(expected));
  });

  it("prefixes every Hocuspocus message with the document name", () => {
    const update = someUpdate();
    const frame = new Wire("hocuspocus", "board-7").updateMessage(update);
    const decoder = decoding.createDecoder(frame);
    expect(decoding.readVarString(decoder)).toBe("board-7");
    expect(decoding.readVarUint(decoder)).toBe(MESSAGE.sync);
    expect(decoding.readVarUint(decoder)).toBe(SYNC.update);
    expect(decoding.readVarUint8Array(decoder)).toEqual(update);
    expect(decoding.hasContent(decoder)).toBe(false);
  });

  it("writes the Hocuspocus auth message its server waits for: name, auth, token type, token", () => {
    const decoder = decoding.createDecoder(new Wire("hocuspocus", "doc").authMessage("secret"));
    expect(decoding.readVarString(decoder)).toBe("doc");
    expect(decoding.readVarUint(decoder)).toBe(MESSAGE.auth);
    expect(decoding.readVarUint(decoder)).toBe(AUTH.token);
    expect(decoding.readVarString(decoder)).toBe("secret");
  });

  it("reads back the type of a frame it wrote, for both framings", () => {
    const stateVector = Y.encodeStateVector(new Y.Doc());
    for (const wire of [new Wire("y-websocket", "x"), new Wire("hocuspocus", "x")]) {
      const { type, decoder } = wire.open(wire.syncStep1Message(stateVector));
      expect(type).toBe(MESSAGE.sync);
      expect(decoding.readVarUint(decoder)).toBe(SYNC.step1);
      expect(decoding.readVarUint8Array(decoder)).toEqual(stateVector);
    }
  });

  it("refuses a Hocuspocus frame meant for another document", () => {
    const frame = new Wire("hocuspocus", "other").updateMessage(someUpdate());
    expect(() => new Wire("hocuspocus", "mine").open(frame)).toThrow(/other/);
  });
});
