import { describe, expect, it } from "vitest";
import { schemaName, schemaOwnerPid } from "./scale-out-services";

describe("scale-out schemas", () => {
  it("are named after the run that created them, so leftovers of dead runs can be told apart", () => {
    const name = schemaName(4242);
    expect(name).toMatch(/^bench_scaleout_4242_\d+_[0-9a-f]{8}$/);
    expect(schemaOwnerPid(name)).toBe(4242);
  });

  it("are valid PostgreSQL identifiers and never repeat within a run", () => {
    const names = Array.from({ length: 20 }, () => schemaName());
    expect(new Set(names).size).toBe(20);
    for (const name of names) {
      expect(name).toMatch(/^[a-z_][a-z0-9_]*$/);
      expect(name.length).toBeLessThanOrEqual(63);
    }
  });

  it("never claim schemas other code made, such as the server tests' bp_scale_ ones", () => {
    expect(schemaOwnerPid("bp_scale_bench_12_ab")).toBeNull();
    expect(schemaOwnerPid("bench_other_12")).toBeNull();
    expect(schemaOwnerPid("public")).toBeNull();
  });
});
