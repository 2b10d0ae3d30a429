import { describe, expect, it } from "vitest";
import { createTimeUpSound, type SoundContext } from "./time-up-sound";

/** A stand-in for the browser's AudioContext: starts as the autoplay policy leaves it, records the tones. */
function fakeContext(initial: AudioContextState) {
  const tones: number[] = [];
  const listeners: Array<() => void> = [];
  const node = () => ({ connect: (next: unknown) => next });
  const context = {
    state: initial as AudioContextState,
    currentTime: 5,
    destination: {} as AudioNode,
    createOscillator: () => ({
      ...node(),
      frequency: { value: 0 },
      start: (at: number) => tones.push(at),
      stop: () => undefined,
    }),
    createGain: () => ({
      ...node(),
      gain: { setValueAtTime: () => undefined, exponentialRampToValueAtTime: () => undefined },
    }),
    resume: async () => {
      context.state = "running";
      listeners.forEach((listener) => listener());
    },
    addEventListener: (_type: "statechange", listener: () => void) => listeners.push(listener),
  };
  return { context, tones, made: () => context as unknown as SoundContext };
}

describe("the time's-up sound", () => {
  it("plays three short tones when the page may make sound", () => {
    const fake = fakeContext("running");
    const sound = createTimeUpSound(fake.made);
    expect(sound.play()).toBe("played");
    expect(fake.tones).toEqual([5, 5.3, 5.6]);
    expect(sound.state()).toBe("on");
  });

  it("says the sound is blocked for someone who has not clicked yet, and queues nothing to blare out later", () => {
    const fake = fakeContext("suspended");
    const sound = createTimeUpSound(fake.made);
    sound.prepare();
    expect(sound.state()).toBe("blocked");
    expect(sound.play()).toBe("blocked");
    expect(fake.tones).toEqual([]);
  });

  it("turns on when the person enables it, and tells whoever shows the hint", async () => {
    const fake = fakeContext("suspended");
    const sound = createTimeUpSound(fake.made);
    let told = 0;
    sound.subscribe(() => told++);
    sound.prepare();
    sound.enable();
    await Promise.resolve();
    expect(sound.state()).toBe("on");
    expect(told).toBeGreaterThan(0);
    expect(sound.play()).toBe("played");
  });

  it("knows nothing before a context is needed, and gives up quietly without Web Audio", () => {
    expect(createTimeUpSound(fakeContext("running").made).state()).toBe("unknown");
    const none = createTimeUpSound(() => {
      throw new ReferenceError("AudioContext is not defined");
    });
    expect(none.play()).toBe("unavailable");
    expect(none.state()).toBe("unavailable");
  });
});
