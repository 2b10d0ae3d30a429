import { describe, expect, it } from "vitest";
import type { Measure } from "../schema/agreement";
import { serviceScore, weightProblem } from "./service-score";
import { toBoard } from "./fixtures/to-board";
import { claimsBoardFile } from "./fixtures/claims-board";
import { equipmentBoardFile } from "./fixtures/equipment-board";

const agreement = (file: ReturnType<typeof claimsBoardFile>, id: string) =>
  toBoard(file).agreements.find((a) => a.id === id)!;
const measure = (dimension: Measure["dimension"], weight: number, score?: number): Measure =>
  score === undefined
    ? { id: dimension, name: dimension, dimension, target: "", weight }
    : { id: dimension, name: dimension, dimension, target: "", weight, score };

describe("service score", () => {
  it("weighs scored measures only and splits task from relationship dimensions", () => {
    // a-pay: speed 50×80, accuracy 30×60, courtesy 10×90, responsiveness 20 unscored.
    // combined = (4000 + 1800 + 900) / (50 + 30 + 10) = 6700 / 90 = 74.44…
    // task = (4000 + 1800) / 80 = 72.5; relationship = 900 / 10 = 90
    const score = serviceScore(agreement(claimsBoardFile(), "a-pay"));
    expect(score.combined).toBeCloseTo(6700 / 90, 10);
    expect(score.task).toBe(72.5);
    expect(score.relationship).toBe(90);
  });

  it("leaves a half null when none of its measures is scored", () => {
    // a-spend: (33.3×90 + 33.3×60) / 66.6 = 75; empathy is unscored so relationship is null.
    const spend = serviceScore(agreement(equipmentBoardFile(), "a-spend"));
    expect(spend.combined).toBeCloseTo(75, 10);
    expect(spend.task).toBeCloseTo(75, 10);
    expect(spend.relationship).toBeNull();
    // a-device: (50×40 + 50×100) / 100 = 70, all relationship.
    expect(serviceScore(agreement(equipmentBoardFile(), "a-device"))).toEqual({
      combined: 70,
      task: null,
      relationship: 70,
    });
  });

  it("is null everywhere when nothing is scored or scored measures carry no weight", () => {
    expect(serviceScore({ measures: [] })).toEqual({ combined: null, task: null, relationship: null });
    expect(serviceScore({ measures: [measure("speed", 60), measure("empathy", 40)] })).toEqual({
      combined: null,
      task: null,
      relationship: null,
    });
    expect(serviceScore({ measures: [measure("speed", 0, 80)] }).combined).toBeNull();
  });

  it("uses weights that miss 100 as they are instead of rescaling them", () => {
    // 20×100 + 20×0 over 40 = 50, although the weights add up to 40.
    expect(serviceScore({ measures: [measure("speed", 20, 100), measure("quality", 20, 0)] }).combined).toBe(50);
  });

  it("keeps scores out of range from skewing the result", () => {
    // A raw write of 250 reads as 100: (50×100 + 50×0) / 100 = 50.
    expect(serviceScore({ measures: [measure("speed", 50, 250), measure("quality", 50, -10)] }).task).toBe(50);
  });
});

describe("weight problem", () => {
  it("names the sum when the weights do not add up to 100", () => {
    // 50 + 30 + 10 + 20 = 110
    expect(weightProblem(agreement(claimsBoardFile(), "a-pay"))).toBe("Weights add up to 110, not 100.");
    expect(weightProblem({ measures: [measure("speed", 0, 80)] })).toBe("Weights add up to 0, not 100.");
  });

  it("accepts weights that add up to 100 only after rounding", () => {
    // 33.3 + 33.3 + 33.4 in floating point is 100.00000000000001.
    expect(weightProblem(agreement(equipmentBoardFile(), "a-spend"))).toBeNull();
    expect(weightProblem(agreement(claimsBoardFile(), "a-rej"))).toBeNull();
  });

  it("reports a negative weight by the measure's name and has nothing to say without measures", () => {
    expect(weightProblem({ measures: [measure("speed", 120), { ...measure("quality", -20), name: "Tidy" }] })).toBe(
      'Measure "Tidy" has a negative weight (-20).',
    );
    expect(weightProblem({ measures: [] })).toBeNull();
  });
});
