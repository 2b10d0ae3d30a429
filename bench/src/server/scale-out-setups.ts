/**
 * The setups the scale-out phase compares. `postgres-1` is the baseline: the same storage and
 * Redis relay as the two instances, so the ratio shows what splitting a board costs, not what
 * PostgreSQL costs. `sqlite-1` is Brownpaper as the rest of the bench runs it, for reference.
 */
export const SCALE_OUT_SETUPS = [
  { name: "sqlite-1", instances: 1, storage: "sqlite" },
  { name: "postgres-1", instances: 1, storage: "postgres+redis" },
  { name: "postgres-2", instances: 2, storage: "postgres+redis" },
] as const;

export type ScaleOutSetup = (typeof SCALE_OUT_SETUPS)[number];
export type ScaleOutSetupName = ScaleOutSetup["name"];

/** The two setups whose ratio issue 7 asks for. */
export const BASELINE_SETUP: ScaleOutSetupName = "postgres-1";
export const SPLIT_SETUP: ScaleOutSetupName = "postgres-2";
