import { describe, expect, it } from "vitest";
import { boardSvg } from "./board-svg";
import { parseBoardFile } from "../../interchange/parse-board-file";
import { createBoardDoc } from "../../interchange/import-board";
import { readBoard, type Board } from "../../doc/read-board";
import { sampleBoardFile } from "../../test-support/sample-board";
import { BOARD_TEMPLATES } from "../../templates";
import { wrapText } from "./wrap-text";
import { setVotesHidden } from "../../commands/votes";

const badges = (svg: string) =>
  [...svg.matchAll(/<text class="note__votes"[^>]*>([^<]*)<\/text>/g)].map((match) => match[1]);

function boardOf(file: unknown): Board {
  const result = parseBoardFile(file);
  if (!result.ok) throw new Error(result.error);
  return readBoard(createBoardDoc(result.board));
}

describe("SVG export", () => {
  it("draws every lane, step, flow, handover badge and note of the whole map with the title", () => {
    const board = boardOf(sampleBoardFile());
    const { svg, width, height } = boardSvg(board);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.match(/class="lane lane--/g)).toHaveLength(3);
    expect(svg.match(/class="step step--/g)).toHaveLength(5);
    expect(svg.match(/class="flow/g)).toHaveLength(4);
    expect(svg.match(/class="flow flow--handover"/g)).toHaveLength(3);
    expect(svg.match(/class="note note--/g)).toHaveLength(4);
    expect(svg).toContain(">Hiring manager → HR</text>");
    expect(svg).toContain("<title>Hire to first day</title>");
    // the extent covers the rightmost step (IT's "Hand over laptop" at x 800, 88 wide) plus margins
    expect(width).toBeGreaterThanOrEqual(24 + 800 + 88 + 96 + 24);
    expect(height).toBeGreaterThanOrEqual(24 + 52 + 160 + 200 + 160 + 24);
  });

  it("puts the counted votes on a pain sticky, capped at the board's dots as everywhere else", () => {
    const file = sampleBoardFile();
    // n1 carries Kim 1 + Sam 2; Kim also placed 4 more on a second pain point (two tabs, merged).
    // With 3 dots each, Kim's second note counts 3 − 1 = 2, not 4.
    file.notes.push({
      id: "n5",
      kind: "pain",
      text: "Desk not ready",
      target: { type: "step", id: "s5" },
      author: "Kim",
      category: "waiting",
      votes: { Kim: 4 },
    });
    const { svg } = boardSvg(boardOf(file));
    expect(badges(svg)).toEqual(["3 ●", "2 ●"]);
  });

  it("shows '?' instead of the votes on every pain sticky while the facilitator hides them", () => {
    const result = parseBoardFile(sampleBoardFile());
    if (!result.ok) throw new Error(result.error);
    const doc = createBoardDoc(result.board);
    setVotesHidden(doc, true);
    const { svg } = boardSvg(readBoard(doc));
    expect(badges(svg)).toEqual(["? ●"]);
    expect(svg).not.toContain("3 ●");
  });

  it("keeps labels as text and escapes hostile ones", () => {
    const file = sampleBoardFile();
    file.title = `<script>alert(1)</script>`;
    file.steps[0]!.label = `Tom & "Jerry" <b>`;
    file.lanes[0]!.name = "R&D <lab>";
    const { svg } = boardSvg(boardOf(file));
    expect(svg).not.toContain("<script>");
    expect(svg).not.toContain("<b>");
    expect(svg).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(svg).toContain("Tom &amp;");
    expect(svg).toContain("R&amp;D &lt;lab&gt;");
  });

  it.each(BOARD_TEMPLATES.map((template) => [template.id, template.file] as const))(
    "renders template %s as well-formed XML",
    (_id, file) => {
      const { svg } = boardSvg(boardOf(file));
      const opened = (svg.match(/<(g|svg|text|defs|marker)[\s>]/g) ?? []).length;
      const closed = (svg.match(/<\/(g|svg|text|defs|marker)>/g) ?? []).length;
      expect(opened).toBe(closed);
    },
  );
});

describe("label wrapping", () => {
  it("breaks on words, cuts long words and ends with an ellipsis past the last line", () => {
    expect(wrapText("Approve the purchase request", 100, 13, 3)).toEqual(["Approve the", "purchase", "request"]);
    expect(wrapText("Supercalifragilisticexpialidocious", 70, 13, 3)[0]).toHaveLength(9);
    const cut = wrapText("one two three four five six seven eight nine ten", 60, 13, 2);
    expect(cut).toHaveLength(2);
    expect(cut[1]!.endsWith("…")).toBe(true);
  });
});
