import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { addLane, addStep, connect, deleteStep, moveStep, relabelStep, renameLane, ROOT } from "@brownpaper/shared";
import { checkUpdate } from "./update-check";
import { ProtocolError } from "./protocol";

const BOARD = { roots: new Set(Object.values(ROOT)) };
const ANY = { roots: null };

/** A seeded generator, so a failing case can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function captured(doc: Y.Doc): Uint8Array[] {
  const updates: Uint8Array[] = [];
  doc.on("update", (update: Uint8Array) => updates.push(update));
  return updates;
}

/** Three people mapping a process concurrently, syncing now and then. */
function boardSession(seed: number): Uint8Array[] {
  const next = random(seed);
  const docs = [new Y.Doc(), new Y.Doc(), new Y.Doc()];
  const updates = docs.flatMap((doc) => [captured(doc)]);
  const lanes: string[] = [];
  const steps: string[] = [];
  for (let round = 0; round < 120; round++) {
    const doc = docs[Math.floor(next() * docs.length)]!;
    const roll = next();
    try {
      if (lanes.length === 0 || roll < 0.1) lanes.push(addLane(doc, { name: `Lane ${round}` }));
      else if (steps.length === 0 || roll < 0.4)
        steps.push(
          addStep(doc, { laneId: lanes[Math.floor(next() * lanes.length)]!, x: round * 10, label: `Step ${round}` }),
        );
      else if (roll < 0.6)
        moveStep(doc, steps[Math.floor(next() * steps.length)]!, { x: Math.floor(next() * 900), y: 10 });
      else if (roll < 0.7) relabelStep(doc, steps[Math.floor(next() * steps.length)]!, `Relabelled ${round} ✓ 漢字 🎉`);
      else if (roll < 0.8) renameLane(doc, lanes[Math.floor(next() * lanes.length)]!, `Team ${round}`);
      else if (roll < 0.9)
        connect(doc, {
          from: steps[Math.floor(next() * steps.length)]!,
          to: steps[Math.floor(next() * steps.length)]!,
        });
      else deleteStep(doc, steps.splice(Math.floor(next() * steps.length), 1)[0]!);
    } catch {
      // A command refusing (e.g. a flow to itself, a step already deleted elsewhere) is fine here.
    }
    if (next() < 0.2) {
      const [a, b] = [docs[Math.floor(next() * 3)]!, docs[Math.floor(next() * 3)]!];
      Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
    }
  }
  const states = docs.map((doc) => Y.encodeStateAsUpdate(doc));
  return [
    ...updates.flat(),
    ...states,
    Y.mergeUpdates(states),
    Y.encodeStateAsUpdate(docs[0]!, Y.encodeStateVector(docs[1]!)),
  ];
}

/** Every kind of content Yjs can encode, including gaps that merged updates fill with Skip structs. */
function everyContentKind(): Uint8Array[] {
  const doc = new Y.Doc();
  const updates = captured(doc);
  const text = doc.getText("text");
  text.insert(0, "hello world");
  text.format(0, 5, { bold: true });
  text.insertEmbed(5, { image: "x.png" });
  text.delete(2, 4);
  const array = doc.getArray<unknown>("array");
  array.insert(0, [
    1,
    -70000,
    1.5,
    { big: 2n ** 40n },
    "s",
    null,
    { gone: undefined },
    true,
    false,
    { nested: [1, { deep: "yes" }] },
    new Uint8Array([1, 2, 3]),
  ]);
  array.insert(0, [new Y.Map(), new Y.Array(), new Y.Text("t")]);
  array.delete(3, 2);
  const xml = doc.getXmlFragment("xml");
  const element = new Y.XmlElement("p");
  xml.insert(0, [element, new Y.XmlText("plain")]);
  element.setAttribute("class", "lead");
  doc.getMap("map").set("key", "one");
  doc.getMap("map").set("key", "two");
  doc.getMap("map").delete("key");
  const gapped = Y.mergeUpdates([updates[0]!, updates.at(-1)!]);
  return [...updates, Y.encodeStateAsUpdate(doc), gapped, Y.encodeStateAsUpdate(new Y.Doc())];
}

function refusal(update: Uint8Array, options: Parameters<typeof checkUpdate>[1] = ANY): string {
  try {
    checkUpdate(update, options);
  } catch (error) {
    expect(error).toBeInstanceOf(ProtocolError);
    return (error as Error).message;
  }
  return "accepted";
}

describe("the structural update check", () => {
  it.each([1, 2, 3, 4, 5])("accepts every update of a concurrent board session (seed %i)", (seed) => {
    for (const update of boardSession(seed)) expect(refusal(update, BOARD)).toBe("accepted");
  });

  it("accepts every kind of Yjs content, deletions and merged updates with gaps", () => {
    for (const update of everyContentKind()) expect(refusal(update)).toBe("accepted");
  });

  it("counts structs and deletions", () => {
    const doc = new Y.Doc();
    const map = doc.getMap("steps");
    map.set("a", 1);
    map.set("b", 2);
    map.delete("a");
    expect(checkUpdate(Y.encodeStateAsUpdate(doc), BOARD)).toEqual({ structs: 2, deletions: 1 });
  });

  it("refuses every truncation of a valid update", () => {
    const update = boardSession(7).at(-3)!;
    for (let length = 0; length < update.length; length++) {
      expect(refusal(update.subarray(0, length)), `first ${length} bytes`).not.toBe("accepted");
    }
  });

  it.each([
    ["a zero-length update (yjs#498)", [], /empty/],
    ["a struct count far beyond the bytes that follow", [1, 0xff, 0xff, 0xff, 0xff, 0x0f, 1, 0, 0, 0], /count/],
    ["a client count far beyond the bytes that follow", [0xff, 0xff, 0xff, 0x7f, 0], /count/],
    [
      "the run-length payload from yjs#687",
      [...Buffer.from("00010000000001000100010200001602000001fdffffffff7f0000", "hex")],
      /refused/,
    ],
    [
      "a varint longer than any safe integer",
      [1, 1, 1, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 1, 0, 0],
      /over-long|too large/,
    ],
    ["bytes after the delete set", [0, 0, 0], /follow/],
    ["a GC struct of length 0", [1, 1, 5, 0, 0, 0, 0], /length 0/],
    ["a delete range of length 0", [0, 1, 5, 1, 3, 0], /length 0/],
    ["an unknown content ref", [1, 1, 5, 0, 0x0b, 1, 1, 0x61, 0], /content ref/],
    ["a subdocument", [1, 1, 5, 0, 0x89, 5, 0, 1, 0x67, 127, 0], /subdocument/],
    [
      "a GC struct that pushes the clock past 2^53",
      [
        1, 2, 5, 0, 0, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x0f, 0, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
        0x0f, 0,
      ],
      /clock|too large/,
    ],
  ])("refuses %s", (_name, bytes, message) => {
    expect(refusal(new Uint8Array(bytes))).toMatch(message);
  });

  it("refuses writes to a root type outside the board layout", () => {
    const doc = new Y.Doc();
    doc.getMap("not-a-board-root").set("k", 1);
    expect(refusal(Y.encodeStateAsUpdate(doc), BOARD)).toMatch(/unknown root type/);
    expect(refusal(Y.encodeStateAsUpdate(doc), ANY)).toBe("accepted");
  });

  it("refuses values nested deeper than it will follow", () => {
    let value: unknown = "leaf";
    for (let depth = 0; depth < 100; depth++) value = [value];
    const doc = new Y.Doc();
    doc.getMap("steps").set("deep", value);
    expect(refusal(Y.encodeStateAsUpdate(doc), BOARD)).toMatch(/nested/);
  });
});
