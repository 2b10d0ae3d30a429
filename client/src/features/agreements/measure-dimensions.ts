import { RELATIONSHIP_DIMENSIONS, TASK_DIMENSIONS, type MeasureDimension } from "@brownpaper/shared";

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** The dimension drop-down: task dimensions, then relationship dimensions, under headings. */
export const DIMENSION_OPTIONS: ReadonlyArray<{ value: MeasureDimension; label: string; group: string }> = [
  ...TASK_DIMENSIONS.map((value) => ({ value, label: capitalise(value), group: "Task" })),
  ...RELATIONSHIP_DIMENSIONS.map((value) => ({ value, label: capitalise(value), group: "Relationship" })),
];
