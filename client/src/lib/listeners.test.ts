import { describe, expect, it } from "vitest";
import { createListeners } from "./listeners";

describe("a store's listeners", () => {
  it("calls every subscriber on notify, and no longer once it unsubscribed", () => {
    const listeners = createListeners();
    const calls: string[] = [];
    const stopA = listeners.subscribe(() => calls.push("a"));
    listeners.subscribe(() => calls.push("b"));
    listeners.notify();
    stopA();
    listeners.notify();
    expect(calls).toEqual(["a", "b", "b"]);
  });

  it("starts its source with the first subscriber and stops it with the last, once each", () => {
    const events: string[] = [];
    const listeners = createListeners({ onFirst: () => events.push("start"), onLast: () => events.push("stop") });
    const stopA = listeners.subscribe(() => {});
    const stopB = listeners.subscribe(() => {});
    stopA();
    stopA();
    expect(events).toEqual(["start"]);
    stopB();
    expect(events).toEqual(["start", "stop"]);
    listeners.subscribe(() => {});
    listeners.clear();
    listeners.clear();
    expect(events).toEqual(["start", "stop", "start", "stop"]);
  });

  it("lets a listener unsubscribe itself while being notified without skipping the others", () => {
    const listeners = createListeners();
    const calls: string[] = [];
    const stop = listeners.subscribe(() => {
      calls.push("self");
      stop();
    });
    listeners.subscribe(() => calls.push("other"));
    listeners.notify();
    listeners.notify();
    expect(calls).toEqual(["self", "other", "other"]);
  });
});
