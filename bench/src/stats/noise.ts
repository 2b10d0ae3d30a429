import { readFileSync } from "node:fs";

/**
 * How much of the machine something other than the bench used during a window: other
 * sessions' tests or services on these shared cores, and time spent waiting on the disk.
 * Brownpaper fsyncs every update, so disk contention from elsewhere lands on it first.
 */
export interface Noise {
  /** Share of all cores' time used by processes other than the bench's. */
  foreignCpu: number;
  /** Share of all cores' time idle waiting on I/O. */
  iowait: number;
  loadAverage: number;
}

interface CpuTimes {
  busy: number;
  iowait: number;
  total: number;
}

export function parseProcStat(text: string): CpuTimes {
  const fields = text.split("\n")[0]!.trim().split(/\s+/).slice(1).map(Number);
  const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] = fields;
  const busy = user + nice + system + irq + softirq + steal;
  return { busy, iowait, total: busy + idle + iowait };
}

/** utime + stime of a process, in clock ticks (same unit as /proc/stat); 0 once it is gone. */
export function parsePidStat(text: string): number {
  const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
  return Number(fields[11]) + Number(fields[12]);
}

function pidTicks(pid: number): number {
  try {
    return parsePidStat(readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return 0;
  }
}

export class NoiseProbe {
  private readonly cpu: CpuTimes | null;
  private readonly own: number;

  constructor(private readonly pids: readonly number[]) {
    this.cpu = NoiseProbe.read();
    this.own = this.ownTicks();
  }

  private static read(): CpuTimes | null {
    try {
      return parseProcStat(readFileSync("/proc/stat", "utf8"));
    } catch {
      return null;
    }
  }

  private ownTicks(): number {
    return [process.pid, ...this.pids].reduce((sum, pid) => sum + pidTicks(pid), 0);
  }

  stop(): Noise {
    const now = NoiseProbe.read();
    const loadAverage = Number(readFileSafe("/proc/loadavg").split(" ")[0] ?? 0);
    if (!this.cpu || !now || now.total <= this.cpu.total) return { foreignCpu: 0, iowait: 0, loadAverage };
    const total = now.total - this.cpu.total;
    const own = this.ownTicks() - this.own;
    return {
      foreignCpu: Math.max(0, (now.busy - this.cpu.busy - own) / total),
      iowait: (now.iowait - this.cpu.iowait) / total,
      loadAverage,
    };
  }
}

function readFileSafe(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return "";
  }
}

/** A window in which other processes took more than a quarter of the cores is redone, budget permitting. */
export function tooNoisy(noise: Noise): boolean {
  return noise.foreignCpu > 0.25;
}

/**
 * Runs `window` (after waiting for quiet) and runs it again, at most twice more, while other
 * processes took too much of the machine and the budget allows; returns the last attempt.
 */
export async function inQuietWindow<T>(
  pids: readonly number[],
  budget: { leftMs: number },
  window: () => Promise<T>,
): Promise<{ result: T; noise: Noise; attempts: number }> {
  for (let attempt = 1; ; attempt++) {
    await waitForQuiet(pids, budget);
    const started = performance.now();
    const probe = new NoiseProbe(pids);
    const result = await window();
    const noise = probe.stop();
    if (!tooNoisy(noise) || attempt >= 3 || budget.leftMs <= 0) return { result, noise, attempts: attempt };
    budget.leftMs = Math.max(0, budget.leftMs - (performance.now() - started));
  }
}

/**
 * Waits, within what is left of `budget`, until other processes use less than `threshold` of
 * the cores over half a second. Other sessions' test suites come and go on these machines;
 * starting windows in their gaps makes the peers comparable. Never waits past the budget.
 */
export async function waitForQuiet(
  pids: readonly number[],
  budget: { leftMs: number },
  threshold = 0.1,
  maxMs = 15_000,
): Promise<Noise> {
  const started = performance.now();
  for (;;) {
    const probe = new NoiseProbe(pids);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const noise = probe.stop();
    const waited = performance.now() - started;
    if (noise.foreignCpu < threshold || waited >= maxMs || waited >= budget.leftMs) {
      budget.leftMs = Math.max(0, budget.leftMs - waited);
      return noise;
    }
  }
}
