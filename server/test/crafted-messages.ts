import * as encoding from "lib0/encoding";
import { encodeAwarenessUpdate } from "../src/sync/awareness-guard";
import { MESSAGE_AWARENESS, MESSAGE_SYNC } from "../src/sync/protocol";

/** Hostile but well-formed payloads, written byte by byte (encoding v1) the way an attacker would. */

function update(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}

/**
 * `count` clients each setting the same key of the `steps` map with no origin: every item
 * conflicts with every earlier one, so Yjs integrates it in O(count²) (20,000 took 2.4 s).
 */
export function conflictBomb(count: number): Uint8Array {
  return update((encoder) => {
    encoding.writeVarUint(encoder, count);
    for (let client = 1; client <= count; client++) {
      encoding.writeVarUint(encoder, 1); // structs
      encoding.writeVarUint(encoder, client);
      encoding.writeVarUint(encoder, 0); // clock
      encoding.writeUint8(encoder, 0x20 | 8); // parentSub, ContentAny
      encoding.writeVarUint(encoder, 1); // parent is a root type…
      encoding.writeVarString(encoder, "steps"); // …named
      encoding.writeVarString(encoder, "k");
      encoding.writeVarUint(encoder, 1);
      encoding.writeAny(encoder, client);
    }
    encoding.writeVarUint(encoder, 0); // delete set
  });
}

/** One string item placed after an item nobody has: Yjs keeps it pending, forever. */
export function orphanUpdate(textBytes: number): Uint8Array {
  return update((encoder) => {
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarUint(encoder, 7777); // client
    encoding.writeVarUint(encoder, 0);
    encoding.writeUint8(encoder, 0x80 | 4); // has origin, ContentString
    encoding.writeVarUint(encoder, 4242); // origin client nobody has seen
    encoding.writeVarUint(encoder, 99);
    encoding.writeVarString(encoder, "x".repeat(textBytes));
    encoding.writeVarUint(encoder, 0);
  });
}

/** A y-websocket sync message of type `syncType` (0 step 1, 1 step 2, 2 update). */
export function syncFrame(payload: Uint8Array, syncType = 2): Uint8Array {
  return update((encoder) => {
    encoding.writeVarUint(encoder, MESSAGE_SYNC);
    encoding.writeVarUint(encoder, syncType);
    encoding.writeVarUint8Array(encoder, payload);
  });
}

export function awarenessFrame(entries: { clientId: number; clock: number; state: unknown }[]): Uint8Array {
  return update((encoder) => {
    encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
    encoding.writeVarUint8Array(
      encoder,
      encodeAwarenessUpdate(
        entries.map(({ clientId, clock, state }) => ({ clientId, clock, stateJson: JSON.stringify(state) })),
      ),
    );
  });
}
