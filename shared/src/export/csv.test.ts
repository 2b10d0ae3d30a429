import { describe, expect, it } from "vitest";
import { toCsv } from "./csv";
import { raciCsv } from "./raci-csv";
import { handoverRegisterCsv } from "./handover-register-csv";
import { parseBoardFile } from "../interchange/parse-board-file";
import { createBoardDoc } from "../interchange/import-board";
import { readBoard, type Board } from "../doc/read-board";
import { sampleBoardFile } from "../test-support/sample-board";
import { setVotesHidden } from "../commands/votes";

function sampleBoard(mutate: (file: ReturnType<typeof sampleBoardFile>) => void = () => {}): Board {
  const file = sampleBoardFile();
  mutate(file);
  const result = parseBoardFile(file);
  if (!result.ok) throw new Error(result.error);
  return readBoard(createBoardDoc(result.board));
}

describe("CSV", () => {
  it("quotes commas, quotes and line breaks as RFC 4180 says, with CRLF line ends", () => {
    expect(
      toCsv([
        ["plain", "a,b", 'say "hi"', "two\nlines", "cr\rhere"],
        [1, null, undefined, 2.5, ""],
      ]),
    ).toBe('plain,"a,b","say ""hi""","two\nlines","cr\rhere"\r\n1,,,2.5,\r\n');
  });

  it("defuses cells a spreadsheet would run as formulas", () => {
    expect(toCsv([['=HYPERLINK("x")', "+1", "-2", "@cmd", "safe = fine"]])).toBe(
      `"'=HYPERLINK(""x"")",'+1,'-2,'@cmd,safe = fine\r\n`,
    );
  });

  it("writes the RACI matrix with a column per role, steps in flow order and the problems", () => {
    const lines = raciCsv(sampleBoard()).trimEnd().split("\r\n");
    expect(lines[0]).toBe("Lane,Step,Kind,Hiring manager (Hiring manager),HR partner (HR),Problems");
    // flow order: s1 → s3 → s2 → s4 → s5
    expect(lines.slice(1)).toEqual([
      "Hiring manager,Request hire,start,,,",
      "HR,Prepare contract,task,A,R,",
      "Hiring manager,Approve offer,decision,,,no A; no R",
      "IT,Order laptop,wait,,,",
      "IT,Hand over laptop,end,,,",
    ]);
  });

  it("writes the handover register with lanes, artifact, channel, agreement score and pain votes", () => {
    const lines = handoverRegisterCsv(
      sampleBoard((file) => {
        file.notes.push({
          id: "n9",
          kind: "pain",
          text: "unclear request",
          target: { type: "flow", id: "f1" },
          author: "x",
          category: "unclear-need",
          votes: { Lee: 2 },
        });
      }),
    )
      .trimEnd()
      .split("\r\n");
    expect(lines[0]).toBe(
      "From lane,To lane,From step,To step,Flow label,Artifact,Channel,Agreement,Agreement status,Service score,Task score,Relationship score,Pain votes",
    );
    // a1 scores only "Request complete" (accuracy, weight 60, score 70) → 70 combined and task, no relationship score
    expect(lines.slice(1)).toEqual([
      "Hiring manager,HR,Request hire,Prepare contract,,Hiring request,ticket,Complete request with start date,draft,70,70,,2",
      "HR,Hiring manager,Prepare contract,Approve offer,Draft contract,,,,,,,,0",
      "Hiring manager,IT,Approve offer,Order laptop,yes,,,,,,,,0",
    ]);
  });

  it("counts a handover's pain votes capped at the board's dots, as the gap report does", () => {
    const lines = handoverRegisterCsv(
      sampleBoard((file) => {
        file.dotsPerParticipant = 3;
        // Lee placed 5 dots (two tabs, merged); only 3 count.
        file.notes.push({
          id: "n9",
          kind: "pain",
          text: "unclear request",
          target: { type: "flow", id: "f1" },
          author: "x",
          category: "unclear-need",
          votes: { Lee: 5 },
        });
      }),
    )
      .trimEnd()
      .split("\r\n");
    expect(lines[1]!.split(",").at(-1)).toBe("3");
  });

  it("writes 'hidden' for every handover's pain votes while the facilitator hides the vote", () => {
    const file = sampleBoardFile();
    file.notes.push({
      id: "n9",
      kind: "pain",
      text: "unclear request",
      target: { type: "flow", id: "f1" },
      author: "x",
      category: "unclear-need",
      votes: { Lee: 2 },
    });
    const parsed = parseBoardFile(file);
    if (!parsed.ok) throw new Error(parsed.error);
    const doc = createBoardDoc(parsed.board);
    setVotesHidden(doc, true);
    const rows = handoverRegisterCsv(readBoard(doc)).trimEnd().split("\r\n").slice(1);
    expect(rows).toHaveLength(3);
    expect(rows.map((row) => row.split(",").at(-1))).toEqual(["hidden", "hidden", "hidden"]);
    setVotesHidden(doc, false);
    expect(handoverRegisterCsv(readBoard(doc)).split("\r\n")[1]!.split(",").at(-1)).toBe("2");
  });
});
