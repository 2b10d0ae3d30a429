import { describe, expect, it } from "vitest";
import { boardSvg, createBoardDoc, parseBoardFile, readBoard, type BoardFile, type Step } from "@brownpaper/shared";
import { stepMeasuresText } from "../../lib/duration";

const measured: Array<Pick<Step, "processTime" | "leadTime" | "pctCompleteAccurate">> = [
  { processTime: 0, leadTime: 45 },
  { processTime: 59, leadTime: 60 },
  { processTime: 90, leadTime: 479 },
  { processTime: 480, leadTime: 2880, pctCompleteAccurate: 80 },
  { leadTime: 7210, pctCompleteAccurate: 33.33 },
  { pctCompleteAccurate: 100 },
];

function boardWith(steps: typeof measured): BoardFile {
  const file = {
    format: "brownpaper/board",
    version: 1,
    title: "Measures",
    lanes: [{ id: "lane", name: "Team", kind: "core", order: 0, height: 200 }],
    steps: steps.map((measures, i) => ({ id: `s${i}`, laneId: "lane", label: `Step ${i}`, kind: "task", x: 200 + i * 220, y: 40, ...measures })),
    flows: [],
  };
  const parsed = parseBoardFile(file);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.board;
}

describe("the exported picture", () => {
  it("writes each step's measures exactly as the canvas shows them", () => {
    const { svg } = boardSvg(readBoard(createBoardDoc(boardWith(measured))));
    const inPicture = [...svg.matchAll(/<g class="step-measures">.*?<text[^>]*>([^<]*)<\/text><\/g>/g)].map((match) => match[1]);
    expect(inPicture).toEqual(measured.map((step) => stepMeasuresText(step)));
  });
});
