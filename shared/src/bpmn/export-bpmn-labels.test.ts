import { describe, expect, it } from "vitest";
import { exportBpmn } from "./export-bpmn";
import { BOARD_TEMPLATES } from "../templates";
import { parseBoardFile } from "../interchange/parse-board-file";
import { createBoardDoc } from "../interchange/import-board";
import { readBoard } from "../doc/read-board";
import type { BoardFile } from "../interchange/board-file";
import { checkBpmn } from "../test-support/bpmn-check";
import { sampleBoardFile } from "../test-support/sample-board";

/** As much of bpmn-moddle's parsed sequence flow as these checks read. */
interface ParsedFlow {
  $type: string;
  id: string;
  name?: string;
  sourceRef: { $type: string; id: string; outgoing?: unknown[] };
}

function parsedBoard(file: unknown): BoardFile {
  const parsed = parseBoardFile(file);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.board;
}

async function exported(
  board: BoardFile,
): Promise<{ xml: string; sequenceFlows: ParsedFlow[]; lint: Awaited<ReturnType<typeof checkBpmn>>["lint"] }> {
  const xml = exportBpmn(readBoard(createBoardDoc(board)));
  const check = await checkBpmn(xml);
  const definitions = check.definitions as { rootElements: Array<{ $type: string; flowElements?: ParsedFlow[] }> };
  const process = definitions.rootElements.find((element) => element.$type === "bpmn:Process")!;
  return {
    xml,
    sequenceFlows: (process.flowElements ?? []).filter((element) => element.$type === "bpmn:SequenceFlow"),
    lint: check.lint,
  };
}

const isForkingGateway = (flow: ParsedFlow) =>
  flow.sourceRef.$type === "bpmn:ExclusiveGateway" && (flow.sourceRef.outgoing?.length ?? 0) > 1;

/** The sample with a decision that forks ("yes" and "no") and a task whose two exits become a parallel split. */
function forkingSample(): BoardFile {
  const file = sampleBoardFile();
  file.flows.push({ id: "f5", from: "s3", to: "s4", label: "kit list" });
  file.flows.push({ id: "f6", from: "s2", to: "s5", label: "no" });
  return parsedBoard(file);
}

const boards: Array<[string, BoardFile]> = [
  ["the sample", parsedBoard(sampleBoardFile())],
  ["the sample with forks", forkingSample()],
  ...BOARD_TEMPLATES.map((template): [string, BoardFile] => [template.id, parsedBoard(template.file)]),
];

describe("BPMN export: only flows leaving gateways carry labels", () => {
  it.each(boards)("names no sequence flow of %s unless it forks out of a decision gateway", async (_name, board) => {
    const { sequenceFlows, lint } = await exported(board);
    const named = sequenceFlows.filter((flow) => (flow.name ?? "").trim() !== "");
    expect(
      named.filter((flow) => !isForkingGateway(flow)).map((flow) => `${flow.id} from ${flow.sourceRef.$type}`),
    ).toEqual([]);
    expect(lint.filter((report) => report.rule === "superfluous-label")).toEqual([]);
  });

  it.each(boards)(
    "keeps the label of every flow of %s that leaves a decision with several exits",
    async (_name, board) => {
      const { sequenceFlows } = await exported(board);
      const exits = new Map<string, number>();
      for (const flow of board.flows) exits.set(flow.from, (exits.get(flow.from) ?? 0) + 1);
      const decisions = new Set(board.steps.filter((step) => step.kind === "decision").map((step) => step.id));
      const forkLabels = board.flows.filter(
        (flow) => decisions.has(flow.from) && exits.get(flow.from)! > 1 && flow.label.trim() !== "",
      );
      const nameOf = new Map(sequenceFlows.map((flow) => [flow.id, flow.name]));
      expect(forkLabels.map((flow) => [flow.id, nameOf.get(`Flow_${flow.id}`)])).toEqual(
        forkLabels.map((flow) => [flow.id, flow.label]),
      );
    },
  );

  it("names the exits of a forking decision, and leaves the names off flows from tasks, parallel splits and one-exit decisions", async () => {
    const { sequenceFlows, xml } = await exported(forkingSample());
    const nameOf = new Map(sequenceFlows.map((flow) => [flow.id, flow.name]));
    const sourceOf = new Map(sequenceFlows.map((flow) => [flow.id, flow.sourceRef.$type]));
    expect([nameOf.get("Flow_f3"), nameOf.get("Flow_f6")]).toEqual(["yes", "no"]);
    // "Draft contract" and "kit list" leave a task, which BPMN splits with a parallel gateway.
    expect(sourceOf.get("Flow_f2")).toBe("bpmn:ParallelGateway");
    expect([nameOf.get("Flow_f2"), nameOf.get("Flow_f5")]).toEqual([undefined, undefined]);
    // The label is not lost: Brownpaper keeps it in its extension, so the board comes back whole.
    expect(xml).toContain('<bp:flow id="f2" label="Draft contract" />');

    // With one exit the decision does not fork, and bpmnlint calls a label there superfluous.
    const single = await exported(parsedBoard(sampleBoardFile()));
    expect(single.sequenceFlows.find((flow) => flow.id === "Flow_f3")).toMatchObject({
      sourceRef: { $type: "bpmn:ExclusiveGateway" },
    });
    expect(single.sequenceFlows.find((flow) => flow.id === "Flow_f3")!.name).toBeUndefined();
  });
});
