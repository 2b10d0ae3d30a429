import { describe, expect, it } from "vitest";
import { AwarenessGuard, decodeAwarenessUpdate, encodeAwarenessUpdate } from "./awareness-guard";

const SERVER_ID = 1;
const state = (clientId: number, clock: number, value: unknown) => ({
  clientId,
  clock,
  stateJson: JSON.stringify(value),
});
const update = (...entries: ReturnType<typeof state>[]) => encodeAwarenessUpdate(entries);
const ids = (allowed: { clientId: number }[]) => allowed.map((entry) => entry.clientId);
const remoteIds = (allowed: Uint8Array | null) => (allowed ? ids(decodeAwarenessUpdate(allowed)) : []);
const change = (added: number[], updated: number[] = [], removed: number[] = []) => ({ added, updated, removed });

describe("AwarenessGuard", () => {
  it("lets a connection set and clear only the ids it introduced", () => {
    const guard = new AwarenessGuard<string>(SERVER_ID);
    expect(ids(guard.filter("bob", update(state(10, 1, { name: "Bob" }))).allowed)).toEqual([10]);
    const mallory = guard.filter(
      "mallory",
      update(state(10, 2, { name: "Mallory" }), state(10, 3, null), state(20, 1, {})),
    );
    expect(mallory).toMatchObject({ refused: 2 });
    expect(ids(mallory.allowed)).toEqual([20]);
    expect(ids(guard.filter("bob", update(state(10, 4, null))).allowed)).toEqual([10]);
  });

  it("holds an owner to the id limit it is given (a view link: one), while held and once decided", () => {
    const guard = new AwarenessGuard<string>(SERVER_ID);
    expect(ids(guard.filter("viewer", update(state(10, 1, {}), state(11, 1, {})), 1).allowed)).toEqual([10]);
    expect(ids(guard.filter("viewer", update(state(10, 2, {}), state(12, 1, {})), 1).allowed)).toEqual([10]);
    expect(ids(guard.filter("editor", update(state(20, 1, {}), state(21, 1, {}))).allowed)).toEqual([20, 21]);
    guard.hold();
    expect(guard.filter("late", update(state(30, 1, {}), state(31, 1, {})), 1)).toEqual({ allowed: [], refused: 1 });
    expect(ids(guard.decideHeld().get("late")!.allowed)).toEqual([30]);
  });

  it("drops another instance's states for ids this instance's connections own, and the server's own id", () => {
    const guard = new AwarenessGuard<string>(SERVER_ID);
    guard.filter("bob", update(state(10, 1, { name: "Bob" })));
    expect(
      remoteIds(
        guard.fromOtherInstance(update(state(10, 9, { name: "Not Bob" }), state(30, 1, {}), state(SERVER_ID, 1, {}))),
      ),
    ).toEqual([30]);
    expect(guard.fromOtherInstance(update(state(10, 9, null)))).toBeNull();
  });

  it("keeps this instance's connections off ids another instance set, so their re-sent copies are dropped", () => {
    const guard = new AwarenessGuard<string>(SERVER_ID);
    guard.noteChange(change([30]), true);
    expect(guard.filter("carol", update(state(30, 1, { name: "Ana" }))).refused).toBe(1);
    expect(guard.filter("carol", update(state(30, 2, null))).refused).toBe(1);
    expect(guard.localIds()).toEqual([]);
  });

  it("frees an id held by another instance once its state is removed, whatever removed it", () => {
    const guard = new AwarenessGuard<string>(SERVER_ID);
    guard.noteChange(change([30, 31]), true);
    guard.noteChange(change([], [], [30]), true); // its client left there
    guard.noteChange(change([], [], [31]), false); // it timed out here
    expect(ids(guard.filter("ana", update(state(30, 5, { name: "Ana" }), state(31, 5, {}))).allowed)).toEqual([30, 31]);
    expect(guard.localIds()).toEqual([30, 31]);
  });

  it("keeps an id a connection owns when its state is removed here, until the connection goes", () => {
    const guard = new AwarenessGuard<string>(SERVER_ID);
    guard.filter("bob", update(state(10, 1, { name: "Bob" })));
    guard.noteChange(change([], [], [10]), false);
    guard.noteChange(change([10]), true);
    expect(guard.filter("mallory", update(state(10, 5, {}))).refused).toBe(1);
    expect(guard.release("bob")).toEqual([10]);
    expect(ids(guard.filter("bob again", update(state(10, 6, {}))).allowed)).toEqual([10]);
  });

  it("holds a claim of an id nobody here has seen while the room asks who is here, and grants it once nobody else turned out to hold it", () => {
    const guard = new AwarenessGuard<string>(SERVER_ID);
    guard.filter("bob", update(state(10, 1, { name: "Bob" })));
    guard.hold();
    expect(guard.filter("bob", update(state(10, 2, { name: "Bob moved" }))).allowed).toHaveLength(1);
    expect(guard.filter("carol", update(state(20, 1, { name: "Carol" })))).toEqual({ allowed: [], refused: 0 });
    expect(guard.localIds()).toEqual([10]);
    const decided = guard.decideHeld();
    expect(ids(decided.get("carol")!.allowed)).toEqual([20]);
    expect(guard.localIds()).toEqual([10, 20]);
    expect(ids(guard.filter("carol", update(state(20, 2, {}))).allowed)).toEqual([20]);
  });

  it("refuses a held claim of an id another instance turned out to hold", () => {
    const guard = new AwarenessGuard<string>(SERVER_ID);
    guard.hold();
    guard.filter("mallory", update(state(30, 9, { name: "Mallory as Ana" }), state(40, 1, { name: "Mallory" })));
    guard.noteChange(change([30]), true);
    expect(remoteIds(guard.fromOtherInstance(update(state(30, 1, { name: "Ana" }))))).toEqual([30]);
    const decided = guard.decideHeld().get("mallory")!;
    expect(ids(decided.allowed)).toEqual([40]);
    expect(decided.refused).toBe(1);
  });

  it("keeps one latest entry per held id and no more held ids per connection than it may own", () => {
    const guard = new AwarenessGuard<string>(SERVER_ID, Infinity, 2);
    guard.filter("mallory", update(state(50, 1, {})));
    guard.hold();
    const burst = guard.filter(
      "mallory",
      update(state(51, 1, { n: 1 }), state(51, 3, { n: 3 }), state(51, 2, { n: 2 }), state(52, 1, {})),
    );
    expect(burst).toEqual({ allowed: [], refused: 1 });
    expect(guard.decideHeld().get("mallory")!.allowed).toEqual([state(51, 3, { n: 3 })]);
  });

  it("gives a held id to the first connection that named it, and forgets the held claims of a connection that left", () => {
    const guard = new AwarenessGuard<string>(SERVER_ID);
    guard.hold();
    guard.filter("ana", update(state(60, 1, {})));
    expect(guard.filter("mallory", update(state(60, 2, {}))).refused).toBe(1);
    expect(guard.release("ana")).toEqual([]);
    expect(guard.filter("ben", update(state(60, 3, {}))).refused).toBe(0);
    expect([...guard.decideHeld().keys()]).toEqual(["ben"]);
  });
});
