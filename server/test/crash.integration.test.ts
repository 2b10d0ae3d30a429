import { describe, expect, it } from "vitest";
import { runCrashRounds } from "./crash-rounds";

/** CRASH_ROUNDS=20 (or more) for the bench; CRASH_SEED replays the kill timings of a failure. */
const ROUNDS = Math.max(5, Number(process.env.CRASH_ROUNDS ?? 5));
const SEED = Number(process.env.CRASH_SEED ?? Math.floor(Math.random() * 2 ** 31));

describe("durability under SIGKILL", () => {
  it(
    `every update any client received survives the server being killed (${ROUNDS} rounds)`,
    async () => {
      console.log(`CRASH_SEED=${SEED} CRASH_ROUNDS=${ROUNDS}`);
      const report = await runCrashRounds({ rounds: ROUNDS, seed: SEED, log: (line) => console.log(line) });
      console.log(
        `received ${report.receivedStructs} structs and ${report.receivedDeletions} deletions (${report.checkedIds} distinct ids) over ${report.rounds} rounds`,
      );
      expect(report.receivedStructs, "the writers exchanged edits").toBeGreaterThan(ROUNDS * 10);
      expect(report.missing, `CRASH_SEED=${SEED}`).toEqual([]);
    },
    60_000 + ROUNDS * 10_000,
  );
});
