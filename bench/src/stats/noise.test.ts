import { describe, expect, it } from "vitest";
import { NoiseProbe, parsePidStat, parseProcStat } from "./noise";

describe("noise probe", () => {
  it("reads busy, iowait and total ticks from /proc/stat", () => {
    const stat = "cpu  100 5 50 800 40 3 2 0 0 0\ncpu0 50 2 25 400 20 1 1 0 0 0\n";
    expect(parseProcStat(stat)).toEqual({ busy: 160, iowait: 40, total: 1000 });
  });

  it("reads a process's user and system ticks even when its name has spaces", () => {
    const stat = "4242 (node my server) S 1 4242 4242 0 -1 4194560 100 0 0 0 731 88 0 0 20 0 11 0 500 0 0";
    expect(parsePidStat(stat)).toBe(819);
  });

  it("measures a window on this machine as shares between 0 and 1", () => {
    const noise = new NoiseProbe([]).stop();
    expect(noise.foreignCpu).toBeGreaterThanOrEqual(0);
    expect(noise.foreignCpu).toBeLessThanOrEqual(1);
    expect(noise.iowait).toBeGreaterThanOrEqual(0);
  });
});
