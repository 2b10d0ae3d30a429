import { describe, expect, it } from "vitest";
import { importBpmn } from "./import-bpmn";

const NAMESPACES =
  'xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" ' +
  'xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" id="Definitions_1" targetNamespace="http://bpmn.io/schema/bpmn"';

/** A process of `lanes` lanes (named by `name`), each `laneHeight` tall with one task drawn in it but not listed in it. */
function lanesFile(lanes: number, name: (index: number) => string, laneHeight = 100): string {
  const laneXml: string[] = [];
  const tasks: string[] = [];
  const shapes: string[] = [];
  for (let i = 0; i < lanes; i++) {
    laneXml.push(`<bpmn:lane id="L${i}" name="${name(i)}" />`);
    tasks.push(`<bpmn:task id="T${i}" name="Task ${i}" />`);
    shapes.push(
      `<bpmndi:BPMNShape id="L${i}_di" bpmnElement="L${i}"><dc:Bounds x="0" y="${i * laneHeight}" width="2000" height="${laneHeight}" /></bpmndi:BPMNShape>`,
      `<bpmndi:BPMNShape id="T${i}_di" bpmnElement="T${i}"><dc:Bounds x="200" y="${i * laneHeight + 10}" width="100" height="80" /></bpmndi:BPMNShape>`,
    );
  }
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions ${NAMESPACES}>
  <bpmn:process id="P1" name="Many lanes"><bpmn:laneSet id="LS">${laneXml.join("")}</bpmn:laneSet>${tasks.join("")}</bpmn:process>
  <bpmndi:BPMNDiagram id="D"><bpmndi:BPMNPlane id="PL" bpmnElement="P1">${shapes.join("")}</bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
</bpmn:definitions>`;
}

describe("BPMN import limits", () => {
  it("names a thousand lanes of one name Team, Team 2 … Team 1000, and puts each drawn task in its lane", async () => {
    const result = await importBpmn(lanesFile(1000, () => "Team"));
    if (!result.ok) throw new Error(result.error);
    const names = result.board.lanes.map((lane) => lane.name);
    expect(names.slice(0, 3)).toEqual(["Team", "Team 2", "Team 3"]);
    expect(names.at(-1)).toBe("Team 1000");
    expect(new Set(names).size).toBe(1000);
    const laneOfTask = new Map(result.board.steps.map((step) => [step.id, step.laneId]));
    expect([0, 1, 499, 999].map((i) => laneOfTask.get(`T${i}`))).toEqual(["L0", "L1", "L499", "L999"]);
  });

  it("numbers names that collide as before: past the numbers in use, ignoring case", async () => {
    const wanted = ["Sales", "Sales", "Sales 2", "sales", "Sales 3 "];
    const result = await importBpmn(lanesFile(wanted.length, (i) => wanted[i]!));
    if (!result.ok) throw new Error(result.error);
    expect(result.board.lanes.map((lane) => lane.name)).toEqual(["Sales", "Sales 2", "Sales 3", "sales 4", "Sales 5"]);
  });

  it("refuses 8,000 lanes of one name with the lane cap, before parsing", async () => {
    expect(await importBpmn(lanesFile(8000, () => "Team"))).toEqual({
      ok: false,
      error: "This BPMN file has 8,000 lanes; a board imports at most 1,000, so it was not imported.",
    });
  });

  it("refuses 150,000 shapes with the shape cap, not a RangeError", async () => {
    const shapes = Array.from(
      { length: 150_000 },
      (_, i) =>
        `<bpmndi:BPMNShape id="S${i}_di" bpmnElement="S${i}"><dc:Bounds x="${i}" y="0" width="100" height="80" /></bpmndi:BPMNShape>`,
    ).join("");
    const xml = `<bpmn:definitions ${NAMESPACES}><bpmn:process id="P1" /><bpmndi:BPMNDiagram id="D"><bpmndi:BPMNPlane id="PL" bpmnElement="P1">${shapes}</bpmndi:BPMNPlane></bpmndi:BPMNDiagram></bpmn:definitions>`;
    expect(await importBpmn(xml)).toEqual({
      ok: false,
      error: "This BPMN file has 150,000 diagram shapes; a board imports at most 100,000, so it was not imported.",
    });
  });
});
