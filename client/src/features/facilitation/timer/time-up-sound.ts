import { createListeners } from "../../../lib/listeners";
/** The part of the Web Audio API the sound uses, so tests can stand in for the browser's. */
export interface SoundContext {
  readonly state: AudioContextState | "interrupted";
  readonly currentTime: number;
  readonly destination: AudioNode;
  createOscillator(): OscillatorNode;
  createGain(): GainNode;
  resume(): Promise<void>;
  addEventListener(type: "statechange", listener: () => void): void;
}

/** Whether this screen can play the signal: not yet known, playing, held back by the browser until the person interacts, or impossible. */
export type SoundState = "unknown" | "on" | "blocked" | "unavailable";

export interface TimeUpSound {
  /** Makes the audio context (if there is none yet) to learn whether sound is allowed, before it is needed. */
  prepare(): void;
  /** Resumes the audio context; a browser allows it inside a click or key press. */
  enable(): void;
  /** Three short tones. Says whether they could play; held-back audio is not queued to sound later. */
  play(): "played" | "blocked" | "unavailable";
  state(): SoundState;
  subscribe(listener: () => void): () => void;
}

/**
 * The time's-up sound. Browsers keep a page silent until the person has clicked or typed in
 * it (the autoplay policy), which a viewer on a read-only link may never do: the audio context
 * then exists but stays 'suspended'. The context is made when a timebox starts, so the state
 * is known, and shown, before the time runs out.
 */
export function createTimeUpSound(makeContext: () => SoundContext): TimeUpSound {
  let context: SoundContext | null = null;
  let unavailable = false;
  const listeners = createListeners();
  const notify = listeners.notify;

  const ensure = (): SoundContext | null => {
    if (context || unavailable) return context;
    try {
      context = makeContext();
      context.addEventListener("statechange", notify);
    } catch {
      unavailable = true;
    }
    notify();
    return context;
  };

  return {
    prepare: () => void ensure(),
    enable() {
      const audio = ensure();
      if (audio && audio.state !== "running") audio.resume().then(notify, notify);
    },
    play() {
      const audio = ensure();
      if (!audio) return "unavailable";
      if (audio.state !== "running") return "blocked";
      const start = audio.currentTime;
      for (let i = 0; i < 3; i++) {
        const oscillator = audio.createOscillator();
        const gain = audio.createGain();
        oscillator.frequency.value = 880;
        const at = start + i * 0.3;
        gain.gain.setValueAtTime(0.0001, at);
        gain.gain.exponentialRampToValueAtTime(0.25, at + 0.02);
        gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.2);
        oscillator.connect(gain).connect(audio.destination);
        oscillator.start(at);
        oscillator.stop(at + 0.22);
      }
      return "played";
    },
    state() {
      if (unavailable) return "unavailable";
      if (!context) return "unknown";
      return context.state === "running" ? "on" : context.state === "closed" ? "unavailable" : "blocked";
    },
    subscribe: listeners.subscribe,
  };
}

/** The page's one sound, on the browser's Web Audio. */
export const timeUpSound = createTimeUpSound(() => new AudioContext());

/** Any click or key press is a chance to unblock the sound, so most people never see the hint. */
export function enableSoundOnInteraction(): () => void {
  const enable = () => timeUpSound.enable();
  window.addEventListener("pointerdown", enable, { capture: true });
  window.addEventListener("keydown", enable, { capture: true });
  return () => {
    window.removeEventListener("pointerdown", enable, { capture: true });
    window.removeEventListener("keydown", enable, { capture: true });
  };
}
