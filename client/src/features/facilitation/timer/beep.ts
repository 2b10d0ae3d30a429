let context: AudioContext | null = null;

/**
 * Browsers only let a page make sound after the person has interacted with it, so the audio
 * context is created (or resumed) on the first pointer or key press and kept for the beep.
 */
export function primeAudio(): () => void {
  const prime = () => {
    try {
      context ??= new AudioContext();
      if (context.state === "suspended") void context.resume();
    } catch {
      // No Web Audio: the visible signal is still there.
    }
  };
  window.addEventListener("pointerdown", prime, { once: true, capture: true });
  window.addEventListener("keydown", prime, { once: true, capture: true });
  return () => {
    window.removeEventListener("pointerdown", prime, { capture: true });
    window.removeEventListener("keydown", prime, { capture: true });
  };
}

/** Three short tones: time is up. Synthesised, so there is no sound file to load. */
export function beep(): void {
  try {
    context ??= new AudioContext();
    const start = context.currentTime;
    for (let i = 0; i < 3; i++) {
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      oscillator.frequency.value = 880;
      const at = start + i * 0.3;
      gain.gain.setValueAtTime(0.0001, at);
      gain.gain.exponentialRampToValueAtTime(0.25, at + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.2);
      oscillator.connect(gain).connect(context.destination);
      oscillator.start(at);
      oscillator.stop(at + 0.22);
    }
  } catch {
    // No Web Audio: the visible signal is still there.
  }
}
