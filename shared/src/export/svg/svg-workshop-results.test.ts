import { describe, expect, it } from "vitest";
import { boardSvg } from "./board-svg";
import { parseBoardFile } from "../../interchange/parse-board-file";
import { createBoardDoc } from "../../interchange/import-board";
import { readBoard, type Board } from "../../doc/read-board";
import type { BoardFile } from "../../interchange/board-file";
import { sampleBoardFile } from "../../test-support/sample-board";
import { setVotesHidden } from "../../commands/votes";

function boardOf(file: BoardFile): Board {
  const result = parseBoardFile(file);
  if (!result.ok) throw new Error(result.error);
  return readBoard(createBoardDoc(result.board));
}

const textsOf = (svg: string, className: string) =>
  [...svg.matchAll(new RegExp(`<g class="${className}">(.*?)</g>`, "g"))].map((match) =>
    match[1]!.replace(/<title>.*?<\/title>/, "").replace(/<[^>]+>/g, ""),
  );

describe("the exported picture shows the workshop's results as the canvas did", () => {
  it("writes each measured step's process time, lead time and %C&A under it, in working days", () => {
    const { svg } = boardSvg(boardOf(sampleBoardFile()));
    // s2: 30 min and 120 min; s3: 60 min, 2880 min (six 8-hour days), 80%; s4: 7200 min; start and end have none.
    expect(textsOf(svg, "step-measures")).toEqual(["PT 30m · LT 2h", "PT 1h · LT 6d · 80%", "LT 15d"]);
  });

  it("puts who is Accountable and who is Responsible above a step, A first, with the full names in a tooltip", () => {
    const { svg } = boardSvg(boardOf(sampleBoardFile()));
    expect(svg.match(/class="step-chip step-chip--A"/g)).toHaveLength(1);
    expect(svg.match(/class="step-chip step-chip--R"/g)).toHaveLength(1);
    expect(svg.indexOf("step-chip--A")).toBeLessThan(svg.indexOf("step-chip--R"));
    expect(svg).toContain("<title>Accountable: Hiring manager</title>");
    expect(svg).toContain("<title>Responsible: HR partner</title>");
    expect(textsOf(svg, "step-chip step-chip--A")[0]).toMatch(/^A Hiring/);
  });

  it("lists every holder of R on a step and cuts names too long for the card with an ellipsis", () => {
    const file = sampleBoardFile();
    file.roles.push({ id: "r-long", name: "Onboarding coordinator for the whole region", laneId: "l-hr" });
    file.raci.push({ stepId: "s3", roleId: "r-long", code: "R" });
    file.raci = file.raci.filter((entry) => entry.code !== "A");
    const { svg } = boardSvg(boardOf(file));
    expect(svg).toContain("<title>Responsible: HR partner, Onboarding coordinator for the whole region</title>");
    const chip = textsOf(svg, "step-chip step-chip--R")[0]!;
    expect(chip.startsWith("R HR partner, Onb")).toBe(true);
    expect(chip.endsWith("…")).toBe(true);
    const width = Number(/<g class="step-chip step-chip--R">.*?<rect[^>]* width="([\d.]+)"/.exec(svg)![1]);
    // The chip row leaves the card's top-right corner to the sticky pile, as on the canvas.
    expect(width).toBeLessThanOrEqual(168 - 34);
  });

  it("marks a covered handover with its agreement's service score and every other handover with 'no agreement'", () => {
    const { svg } = boardSvg(boardOf(sampleBoardFile()));
    // a1 covers f1 (Hiring manager → HR): accuracy 70 at weight 60, courtesy unscored, so 70.
    expect(textsOf(svg, "agreement-mark score--fair")).toEqual(["SLA 70"]);
    // f2 (HR → Hiring manager) and f3 (Hiring manager → IT) are handovers nobody agreed on; f4 stays in IT.
    expect(textsOf(svg, "agreement-mark agreement-mark--none")).toEqual(["no agreement", "no agreement"]);
    expect(svg.match(/class="flow flow--handover"/g)).toHaveLength(3);
  });

  it("colours the score by band and shows a dash while nothing is scored", () => {
    const scored = (score: number | undefined) => {
      const file = sampleBoardFile();
      file.agreements[0]!.measures = [
        {
          name: "Complete",
          dimension: "accuracy",
          target: "95%",
          weight: 100,
          ...(score === undefined ? {} : { score }),
        },
      ];
      return boardSvg(boardOf(file)).svg;
    };
    expect(textsOf(scored(92), "agreement-mark score--good")).toEqual(["SLA 92"]);
    expect(textsOf(scored(41.6), "agreement-mark score--poor")).toEqual(["SLA 42"]);
    expect(textsOf(scored(undefined), "agreement-mark score--none")).toEqual(["SLA –"]);
  });

  it("counts a handover whose only agreement is retired, or runs between other lanes, as having no agreement", () => {
    const retired = sampleBoardFile();
    retired.agreements[0]!.status = "retired";
    expect(boardSvg(boardOf(retired)).svg.match(/agreement-mark--none/g)).toHaveLength(3);

    const moved = sampleBoardFile();
    moved.steps[2]!.laneId = "l-it"; // Prepare contract moves to IT: f1 now runs Hiring manager → IT
    const { svg } = boardSvg(boardOf(moved));
    expect(svg).not.toContain("SLA ");
    expect(svg).toContain(">Hiring manager → IT</text>");
  });

  it("keeps role names and measures as escaped text", () => {
    const file = sampleBoardFile();
    file.roles[0]!.name = `<script>x</script> & "Co"`;
    const { svg } = boardSvg(boardOf(file));
    expect(svg).not.toContain("<script>");
    expect(svg).toContain("<title>Accountable: &lt;script&gt;x&lt;/script&gt; &amp; &quot;Co&quot;</title>");
  });

  it("grows the picture to hold the measures of a step at the bottom of the last lane", () => {
    const file = sampleBoardFile();
    file.steps[3]!.y = 160 - 72; // Order laptop sits on IT's bottom edge; its measures hang below the lanes
    const { svg, height } = boardSvg(boardOf(file));
    const measures =
      /<g class="step-measures"><rect[^>]* y="([\d.]+)" width="[\d.]+" height="(\d+)"[^>]*\/><text[^>]*>LT 15d</.exec(
        svg,
      )!;
    const bottom = 24 + Number(measures[1]) + Number(measures[2]);
    expect(height).toBeGreaterThanOrEqual(bottom + 24);
  });

  it("keeps hidden votes hidden next to the new marks", () => {
    const result = parseBoardFile(sampleBoardFile());
    if (!result.ok) throw new Error(result.error);
    const doc = createBoardDoc(result.board);
    setVotesHidden(doc, true);
    const { svg } = boardSvg(readBoard(doc));
    expect(svg).toContain(">? ●</text>");
    expect(svg).not.toMatch(/\d ●/);
    expect(textsOf(svg, "agreement-mark score--fair")).toEqual(["SLA 70"]);
  });
});
