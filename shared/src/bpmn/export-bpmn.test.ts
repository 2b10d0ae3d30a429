import { describe, expect, it } from "vitest";
import { exportBpmn } from "./export-bpmn";
import { BOARD_TEMPLATES } from "../templates";
import { parseBoardFile } from "../interchange/parse-board-file";
import { createBoardDoc } from "../interchange/import-board";
import { readBoard, type Board } from "../doc/read-board";
import { checkBpmn } from "../test-support/bpmn-check";
import { sampleBoardFile } from "../test-support/sample-board";

function boardOf(file: unknown): Board {
  const result = parseBoardFile(file);
  if (!result.ok) throw new Error(result.error);
  return readBoard(createBoardDoc(result.board));
}

describe("BPMN export", () => {
  it.each(BOARD_TEMPLATES.map((template) => [template.id, template.file] as const))(
    "exports template %s so bpmn-moddle parses it without warnings and bpmnlint's recommended rules pass",
    async (_id, file) => {
      const check = await checkBpmn(exportBpmn(boardOf(file)));
      expect(check.warnings).toEqual([]);
      expect(check.lint.filter((report) => report.category === "error")).toEqual([]);
      expect(check.lint).toEqual([]);
    },
  );

  it("is checked by a linter that does report problems (an unlabelled, unconnected task)", async () => {
    const file = sampleBoardFile();
    file.steps.push({ id: "lonely", laneId: "l-hr", label: "", kind: "task", x: 900, y: 50 });
    const check = await checkBpmn(exportBpmn(boardOf(file)));
    expect(check.lint.map((report) => `${report.rule}:${report.id}`)).toEqual(
      expect.arrayContaining(["label-required:Activity_lonely", "no-disconnected:Activity_lonely"]),
    );
  });

  it("puts the lane set before the flow elements and lists every step in its lane", () => {
    const board = boardOf(sampleBoardFile());
    const xml = exportBpmn(board);
    expect(xml.indexOf("<bpmn:laneSet")).toBeLessThan(xml.indexOf("<bpmn:startEvent"));
    expect(xml).toContain('<bpmn:lane id="Lane_l-hr" name="HR">');
    expect(xml).toMatch(
      /<bpmn:lane id="Lane_l-it" name="IT">.*<bpmn:flowNodeRef>Event_s4<\/bpmn:flowNodeRef><bpmn:flowNodeRef>Event_s5<\/bpmn:flowNodeRef><\/bpmn:lane>/,
    );
  });

  it("maps step kinds to BPMN elements, a wait to a timer catch event", () => {
    const xml = exportBpmn(boardOf(sampleBoardFile()));
    expect(xml).toContain('<bpmn:startEvent id="Event_s1" name="Request hire">');
    expect(xml).toContain('<bpmn:exclusiveGateway id="Gateway_s2" name="Approve offer">');
    expect(xml).toContain('<bpmn:task id="Activity_s3" name="Prepare contract">');
    expect(xml).toMatch(/<bpmn:intermediateCatchEvent id="Event_s4" name="Order laptop">.*<bpmn:timerEventDefinition/);
    expect(xml).toContain('<bpmn:endEvent id="Event_s5" name="Hand over laptop">');
  });

  it("puts a merge gateway in front of a step with several incoming flows", async () => {
    const file = sampleBoardFile();
    file.flows.push({ id: "f5", from: "s1", to: "s4", label: "" });
    file.flows.push({ id: "f6", from: "s3", to: "s5", label: "" });
    const xml = exportBpmn(boardOf(file));
    expect(xml).toContain('<bpmn:exclusiveGateway id="Merge_s4">');
    expect(xml).toContain('<bpmn:parallelGateway id="Split_s1">');
    const check = await checkBpmn(xml);
    expect(check.warnings).toEqual([]);
    expect(
      check.lint.filter((report) => ["fake-join", "no-implicit-split", "no-gateway-join-fork"].includes(report.rule)),
    ).toEqual([]);
  });

  it("keeps RACI, measures and agreements in extension elements under the Brownpaper namespace", () => {
    const xml = exportBpmn(boardOf(sampleBoardFile()));
    expect(xml).toContain('xmlns:bp="https://brownpaper.dev/schema/bpmn/1"');
    expect(xml).toContain(
      '<bp:step id="s3" kind="task" x="200" y="60" processTime="60" leadTime="2880" pctCompleteAccurate="80" />',
    );
    expect(xml).toContain('<bp:raci roleId="r-hm" code="A" />');
    expect(xml).toMatch(
      /<bp:agreement id="a1" providerLaneId="l-hm" customerLaneId="l-hr"[^>]*><bp:covers flowId="f1" \/><bp:measure id="m1" name="Request complete"/,
    );
  });

  it("writes notes as text annotations associated with their step or flow", () => {
    const xml = exportBpmn(boardOf(sampleBoardFile()));
    expect(xml).toContain("<bpmn:text>pain (waiting): Laptops take two weeks</bpmn:text>");
    expect(xml).toContain(
      '<bpmn:association id="Annotation_n1_association" sourceRef="Annotation_n1" targetRef="Event_s4" />',
    );
  });

  it("escapes hostile labels", async () => {
    const file = sampleBoardFile();
    file.title = `<script>alert("x")</script> & co`;
    file.steps[2]!.label = `Check "quotes" & <tags>`;
    file.notes[0]!.text = "</bpmn:text><evil/>";
    const xml = exportBpmn(boardOf(file));
    expect(xml).not.toContain("<script>");
    expect(xml).not.toContain("<evil/>");
    expect(xml).toContain('name="Check &quot;quotes&quot; &amp; &lt;tags&gt;"');
    const check = await checkBpmn(xml);
    expect(check.warnings).toEqual([]);
  });

  it("draws lanes as horizontal lane shapes and flows with waypoints", () => {
    const xml = exportBpmn(boardOf(sampleBoardFile()));
    expect(xml).toMatch(
      /<bpmndi:BPMNShape id="Lane_l-hm_di" bpmnElement="Lane_l-hm" isHorizontal="true"><dc:Bounds x="30" y="0" width="\d+" height="160" \/>/,
    );
    expect(xml).toMatch(
      /<bpmndi:BPMNShape id="Lane_l-hr_di" bpmnElement="Lane_l-hr" isHorizontal="true"><dc:Bounds x="30" y="160" width="\d+" height="200" \/>/,
    );
    expect(xml).toMatch(
      /<bpmndi:BPMNEdge id="Flow_f1_di" bpmnElement="Flow_f1">(<di:waypoint x="\d+" y="\d+" \/>){2,4}<\/bpmndi:BPMNEdge>/,
    );
  });
});
