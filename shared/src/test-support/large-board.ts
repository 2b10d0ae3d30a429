import { BOARD_FILE_FORMAT, BOARD_FILE_VERSION, type BoardFile } from "../interchange/board-file";
import type { Flow } from "../schema/flow";
import type { Lane } from "../schema/lane";
import type { Step } from "../schema/step";

/**
 * A valid board far bigger than any workshop makes, for tests of what such a board costs the
 * server: `steps` steps across `lanes` lanes, each step flowing into the next. 40,000 steps make
 * a file of about 7.5 MB.
 */
export function largeBoardFile({ steps = 40_000, lanes = 20 } = {}): BoardFile {
  const laneList: Lane[] = Array.from({ length: lanes }, (_, index) => ({
    id: `lane-${index}`,
    name: `Team ${index}`,
    kind: index === 0 ? "customer" : "core",
    order: index,
    height: 160,
  }));
  const stepList: Step[] = Array.from({ length: steps }, (_, index) => ({
    id: `step-${index}`,
    laneId: `lane-${index % lanes}`,
    label: `Check request ${index}`,
    kind: index === 0 ? "start" : index === steps - 1 ? "end" : "task",
    x: (index % 5000) * 200,
    y: 50,
    leadTime: 60,
  }));
  const flows: Flow[] = stepList.slice(1).map((step, index) => ({
    id: `flow-${index}`,
    from: stepList[index]!.id,
    to: step.id,
    label: "next",
  }));
  return {
    format: BOARD_FILE_FORMAT,
    version: BOARD_FILE_VERSION,
    title: `Large board (${steps} steps)`,
    scope: { trigger: "A request arrives", outcome: "The request is done" },
    state: "as-is",
    dotsPerParticipant: 3,
    lanes: laneList,
    steps: stepList,
    flows,
    roles: [],
    raci: [],
    notes: [],
    agreements: [],
  };
}
