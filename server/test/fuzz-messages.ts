import * as encoding from "lib0/encoding";
import * as Y from "yjs";
import { addLane, addStep, connect, moveStep, relabelStep } from "@brownpaper/shared";
import { awarenessFrame, syncFrame } from "./crafted-messages";

/** A seeded generator (mulberry32): the same seed gives the same messages. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Valid board updates to mutate: edits as a client sends them, and whole states. */
function validUpdates(): Uint8Array[] {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on("update", (update: Uint8Array) => updates.push(update));
  const lanes = [addLane(doc, { name: "Sales" }), addLane(doc, { name: "Finance" })];
  const steps: string[] = [];
  for (let i = 0; i < 40; i++) steps.push(addStep(doc, { laneId: lanes[i % 2]!, x: i * 50, label: `Step ${i}` }));
  for (let i = 1; i < steps.length; i++) connect(doc, { from: steps[i - 1]!, to: steps[i]! });
  for (const step of steps.slice(0, 10)) moveStep(doc, step, { x: 7, y: 9 });
  relabelStep(doc, steps[0]!, "Take the order ✓");
  // Past the trial threshold (1000 structs), so the worker trial gets mutated input too.
  const large = new Y.Doc();
  const bulkLane = addLane(large, { name: "Bulk" });
  for (let i = 0; i < 600; i++) addStep(large, { laneId: bulkLane, x: i, label: `Bulk ${i}` });
  return [...updates, Y.encodeStateAsUpdate(doc), Y.encodeStateAsUpdate(large)];
}

function stateVectorFrame(doc: Y.Doc): Uint8Array {
  return syncFrame(Y.encodeStateVector(doc), 0);
}

export interface FuzzCorpus {
  /** Whole frames, as a client sends them. */
  frames: Uint8Array[];
  /** Update payloads, mutated and then wrapped in a well-formed frame so they reach the update check. */
  updates: Uint8Array[];
}

export function fuzzCorpus(): FuzzCorpus {
  const updates = validUpdates();
  const doc = new Y.Doc();
  Y.applyUpdate(doc, updates.at(-2)!);
  const frames = [
    stateVectorFrame(new Y.Doc()),
    stateVectorFrame(doc),
    ...updates.slice(0, 30).map((update) => syncFrame(update)),
    syncFrame(updates.at(-2)!, 1),
    awarenessFrame([
      { clientId: 1234, clock: 1, state: { user: { name: "Fuzz", color: "#f00" }, cursor: { x: 1, y: 2 } } },
    ]),
    awarenessFrame([{ clientId: 1234, clock: 2, state: null }]),
  ];
  return { frames, updates };
}

type Mutator = (input: Uint8Array, next: () => number, corpus: FuzzCorpus) => Uint8Array;

const at = (bytes: Uint8Array, next: () => number): number => Math.floor(next() * Math.max(1, bytes.length));

/** Each takes a valid message and breaks it in one way a real attacker or a bad network might. */
const MUTATORS: Record<string, Mutator> = {
  bitFlips(input, next) {
    const out = input.slice();
    const flips = 1 + Math.floor(next() * 4);
    for (let i = 0; i < flips && out.length > 0; i++) out[at(out, next)]! ^= 1 << Math.floor(next() * 8);
    return out;
  },
  randomBytes(input, next) {
    const out = input.slice();
    const changes = 1 + Math.floor(next() * 6);
    for (let i = 0; i < changes && out.length > 0; i++) out[at(out, next)] = Math.floor(next() * 256);
    return out;
  },
  truncation(input, next) {
    return input.slice(0, at(input, next));
  },
  splice(input, next, corpus) {
    const other = corpus.frames[Math.floor(next() * corpus.frames.length)]!;
    return Uint8Array.from([...input.subarray(0, at(input, next)), ...other.subarray(at(other, next))]);
  },
  varintInflation(input, next) {
    // Re-encode one byte as an over-long varint, or as a huge number.
    const position = at(input, next);
    const huge = next() < 0.5;
    const inflated = huge
      ? [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x0f]
      : [(input[position] ?? 0) | 0x80, 0x80, 0x80, 0x00];
    return Uint8Array.from([...input.subarray(0, position), ...inflated, ...input.subarray(position + 1)]);
  },
  duplication(input, next) {
    const start = at(input, next);
    const end = start + Math.floor(next() * 64);
    return Uint8Array.from([...input.subarray(0, end), ...input.subarray(start, end), ...input.subarray(end)]);
  },
  deletion(input, next) {
    const start = at(input, next);
    return Uint8Array.from([...input.subarray(0, start), ...input.subarray(start + 1 + Math.floor(next() * 16))]);
  },
  messageType(input, next) {
    const out = input.slice();
    if (out.length > 0) out[0] = Math.floor(next() * 6);
    if (out.length > 1 && next() < 0.5) out[1] = Math.floor(next() * 6);
    return out;
  },
  junk(_input, next) {
    const encoder = encoding.createEncoder();
    const length = Math.floor(next() * next() * 512);
    for (let i = 0; i < length; i++) encoding.writeUint8(encoder, Math.floor(next() * 256));
    return encoding.toUint8Array(encoder);
  },
};

export const MUTATOR_NAMES = Object.keys(MUTATORS);

export interface FuzzMessage {
  index: number;
  mutator: string;
  /** Whether the mutation was applied to the update inside a well-formed frame. */
  inner: boolean;
  /** Sent as a text frame instead of a binary one. */
  text: boolean;
  bytes: Uint8Array;
}

/** Message `index` of the run with `seed`: the same pair always gives the same bytes. */
export function fuzzMessage(corpus: FuzzCorpus, seed: number, index: number): FuzzMessage {
  const next = random(seed ^ Math.imul(index + 1, 0x9e3779b1));
  const mutator = MUTATOR_NAMES[Math.floor(next() * MUTATOR_NAMES.length)]!;
  const mutate = MUTATORS[mutator]!;
  const inner = next() < 0.4;
  const text = next() < 0.01;
  if (inner) {
    const update = corpus.updates[Math.floor(next() * corpus.updates.length)]!;
    return { index, mutator, inner, text, bytes: syncFrame(mutate(update, next, corpus), next() < 0.3 ? 1 : 2) };
  }
  const frame = corpus.frames[Math.floor(next() * corpus.frames.length)]!;
  return { index, mutator, inner, text, bytes: mutate(frame, next, corpus) };
}
