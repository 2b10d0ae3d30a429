import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { parseBoardFile, parseBoardJson } from "./parse-board-file";
import { exportBoard, exportBoardJson } from "./export-board";
import { createBoardDoc, importBoard } from "./import-board";
import { sampleBoardFile } from "../test-support/sample-board";
import { addLane } from "../commands/lanes";
import { readBoard } from "../doc/read-board";
import { CURRENT_SCHEMA_VERSION, schemaVersionOf } from "../doc/migrations";
import type { BoardFile } from "./board-file";

function parsed(file: unknown): BoardFile {
  const result = parseBoardFile(file);
  if (!result.ok) throw new Error(result.error);
  return result.board;
}

describe("JSON interchange", () => {
  it("exports exactly what was imported", () => {
    const input = sampleBoardFile();
    const doc = createBoardDoc(parsed(input));
    expect(exportBoard(doc)).toEqual(input);
  });

  it("is stable: export → import → export is identical text", () => {
    const first = exportBoardJson(createBoardDoc(parsed(sampleBoardFile())));
    const again = exportBoardJson(createBoardDoc(parsed(JSON.parse(first))));
    expect(again).toBe(first);
  });

  it("exports an empty board with the format header and default metadata", () => {
    const file = exportBoard(createBoardDoc());
    expect(file).toMatchObject({
      format: "brownpaper/board",
      version: 1,
      title: "Untitled process",
      state: "as-is",
      dotsPerParticipant: 3,
      lanes: [],
    });
  });

  it("fills in layout defaults for files without lane heights or step y", () => {
    const input = sampleBoardFile() as unknown as {
      lanes: Record<string, unknown>[];
      steps: Record<string, unknown>[];
    };
    delete input.lanes[0]!.height;
    delete input.steps[0]!.y;
    const board = parsed(input);
    expect(board.lanes[0]!.height).toBe(160);
    expect(board.steps[0]!.y).toBe(50);
  });

  it("replaces the whole board on import in one transaction and keeps the schema version", () => {
    const doc = createBoardDoc();
    addLane(doc, { name: "Leftover" });
    let transactions = 0;
    doc.on("afterTransaction", () => transactions++);
    importBoard(doc, parsed(sampleBoardFile()));
    expect(transactions).toBe(1);
    expect(readBoard(doc).lanes.map((lane) => lane.name)).toEqual(["Hiring manager", "HR", "IT"]);
    expect(schemaVersionOf(doc)).toBe(CURRENT_SCHEMA_VERSION);
  });

  it("orders lanes by their order field, not by their place in the file", () => {
    const input = sampleBoardFile();
    input.lanes.reverse();
    const doc = createBoardDoc(parsed(input));
    expect(readBoard(doc).lanes.map((lane) => lane.id)).toEqual(["l-hm", "l-hr", "l-it"]);
  });
});

type Mutation = (file: Record<string, any>) => void; // eslint-disable-line @typescript-eslint/no-explicit-any

const malformed: [string, Mutation, string][] = [
  [
    "a wrong format tag",
    (f) => {
      f.format = "miro/board";
    },
    'format: must be "brownpaper/board"',
  ],
  [
    "an unknown version",
    (f) => {
      f.version = 2;
    },
    "version: must be 1",
  ],
  [
    "a step in an unknown lane",
    (f) => {
      f.steps[3].laneId = "l9";
    },
    'steps[3].laneId: unknown lane "l9"',
  ],
  [
    "a flow from an unknown step",
    (f) => {
      f.flows[1].from = "s99";
    },
    'flows[1].from: unknown step "s99"',
  ],
  [
    "an unknown step kind",
    (f) => {
      f.steps[0].kind = "subprocess";
    },
    "steps[0].kind",
  ],
  [
    "process time over lead time",
    (f) => {
      f.steps[2].processTime = 5000;
    },
    "steps[2].processTime: must not exceed leadTime",
  ],
  [
    "a percentage over 100",
    (f) => {
      f.steps[2].pctCompleteAccurate = 140;
    },
    "steps[2].pctCompleteAccurate",
  ],
  [
    "duplicate lane names",
    (f) => {
      f.lanes[2].name = "hr";
    },
    'lanes[2].name: duplicate lane name "hr"',
  ],
  [
    "a duplicate step id",
    (f) => {
      f.steps[4].id = "s1";
    },
    'steps[4].id: duplicate id "s1"',
  ],
  [
    "a RACI entry for an unknown role",
    (f) => {
      f.raci[1].roleId = "r-x";
    },
    'raci[1].roleId: unknown role "r-x"',
  ],
  [
    "a RACI code outside R/A/C/I",
    (f) => {
      f.raci[0].code = "X";
    },
    "raci[0].code",
  ],
  [
    "two codes for one role on one step",
    (f) => {
      f.raci[1].roleId = "r-hm";
    },
    "raci[1]: a role holds one code per step",
  ],
  [
    "a note on an unknown flow",
    (f) => {
      f.notes[1].target.id = "f9";
    },
    'notes[1].target.id: unknown flow "f9"',
  ],
  [
    "an unknown pain category",
    (f) => {
      f.notes[0].category = "boredom";
    },
    "notes[0].category",
  ],
  [
    "negative votes",
    (f) => {
      f.notes[0].votes.Sam = -2;
    },
    "notes[0].votes.Sam",
  ],
  [
    "an agreement on an unknown flow",
    (f) => {
      f.agreements[0].flowIds = ["f1", "f7"];
    },
    'agreements[0].flowIds[1]: unknown flow "f7"',
  ],
  [
    "an unknown measure dimension",
    (f) => {
      f.agreements[0].measures[1].dimension = "vibes";
    },
    "agreements[0].measures[1].dimension",
  ],
  [
    "a malformed review date",
    (f) => {
      f.agreements[0].reviewBy = "next spring";
    },
    "agreements[0].reviewBy: must be a date",
  ],
  [
    "lanes that are not a list",
    (f) => {
      f.lanes = { a: 1 };
    },
    "lanes:",
  ],
  [
    "a missing title",
    (f) => {
      delete f.title;
    },
    "title:",
  ],
  [
    "a non-finite coordinate",
    (f) => {
      f.steps[0].x = "12px";
    },
    "steps[0].x",
  ],
];

describe("import validation", () => {
  it.each(malformed)("rejects %s and names the field", (_name, mutate, expected) => {
    const file = JSON.parse(JSON.stringify(sampleBoardFile())) as Record<string, unknown>;
    mutate(file);
    const result = parseBoardFile(file);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(expected);
  });

  it("rejects text that is not JSON, and JSON that is not an object", () => {
    const bad = parseBoardJson("{ not json");
    expect(bad).toMatchObject({ ok: false, path: "(file)" });
    expect(parseBoardJson("[1,2]")).toMatchObject({ ok: false, error: "(file): expected a JSON object" });
    expect(parseBoardFile(null)).toMatchObject({ ok: false });
  });

  it("changes nothing when a bad file is refused", () => {
    const doc = createBoardDoc(parsed(sampleBoardFile()));
    const before = Y.encodeStateAsUpdate(doc);
    const file = sampleBoardFile() as unknown as { steps: { laneId: string }[] };
    file.steps[0]!.laneId = "nowhere";
    const result = parseBoardFile(file);
    expect(result.ok).toBe(false);
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });
});
