import { describe, expect, it } from "vitest";
import type { CrashPhaseResult, CrashStore, CrashStoreRun } from "../server/crash-phase";
import { crashFailures, crashSummaryPart, crashTable, crashTarget } from "./crash";

function run(
  store: CrashStore,
  options: { checkedIds?: number; missing?: string[]; error?: string; roundsRun?: number } = {},
): CrashStoreRun {
  const missing = options.missing ?? [];
  return {
    store,
    rounds: 20,
    seed: 42,
    receivedUpdates: 5000,
    checkedIds: options.checkedIds ?? 20_000,
    missingIds: missing.length,
    missing,
    perRound: Array.from({ length: options.roundsRun ?? 20 }, (_, index) => ({
      round: index + 1,
      killAfterMs: 100,
      receivedStructs: 300,
      lackingIds: 0,
    })),
    ms: 30_500,
    error: options.error ?? null,
  };
}

function phase(runs: CrashStoreRun[], postgresSkipped: string | null = null): CrashPhaseResult {
  return { rounds: 20, seed: 42, runs, postgresSkipped };
}

describe("SIGKILL report", () => {
  it("meets the target with nothing missing on either store, counting every id checked", () => {
    const result = phase([run("sqlite", { checkedIds: 20_000 }), run("postgres+redis", { checkedIds: 21_234 })]);
    expect(crashTarget(result)).toMatchObject({
      what: "SIGKILL rounds lose nothing",
      figure: "0 missing of 41,234 (sqlite + postgres+redis)",
      verdict: "met",
    });
    expect(crashSummaryPart(result)).toBe("SIGKILL 0 missing of 41,234");
    expect(crashFailures(result)).toEqual([]);
  });

  it("misses the target and fails the run when a store lost an update, naming the seed", () => {
    const result = phase([
      run("sqlite"),
      run("postgres+redis", { missing: ["round 7: 123:40..41", "round 7: deleted 9:3"] }),
    ]);
    expect(crashTarget(result).verdict).toBe("MISSED");
    expect(crashSummaryPart(result)).toBe("SIGKILL 2 missing of 40,000 (LOST UPDATES)");
    expect(crashFailures(result)).toEqual([
      "SIGKILL postgres+redis: 2 ids missing after a restart (CRASH_SEED=42), e.g. round 7: 123:40..41; round 7: deleted 9:3",
    ]);
    expect(crashTable(result).rows[1]).toContain("LOST UPDATES");
  });

  it("neither meets nor misses when rounds did not complete, and fails the run", () => {
    const result = phase([
      run("sqlite", { error: "Timed out waiting for: round 4: fresh client synced", roundsRun: 3 }),
    ]);
    expect(crashTarget(result).verdict).toBe("unknown");
    expect(crashSummaryPart(result)).toBe("SIGKILL 0 missing of 20,000 (INCOMPLETE)");
    expect(crashFailures(result)).toHaveLength(1);
    expect(crashTable(result).rows[0]!.slice(1, 2)).toEqual(["3 of 20"]);
  });

  it("lists a skipped PostgreSQL with its reason, and does not fail the run for it", () => {
    const result = phase([run("sqlite")], "Redis at redis://127.0.0.1:6379 is unreachable (ECONNREFUSED)");
    const table = crashTable(result);
    expect(table.rows.map((row) => row[0])).toEqual(["sqlite", "postgres+redis"]);
    expect(table.rows[1]!.at(-1)).toBe("skipped: Redis at redis://127.0.0.1:6379 is unreachable (ECONNREFUSED)");
    for (const row of table.rows) expect(row).toHaveLength(table.headers.length);
    expect(crashTarget(result)).toMatchObject({ figure: "0 missing of 20,000 (sqlite)", verdict: "met" });
    expect(crashFailures(result)).toEqual([]);
  });
});
