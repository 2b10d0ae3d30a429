import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newUser, type User } from "./fixtures/browser";
import { useAppAndBrowser } from "./fixtures/suite";
import { BpmnViewerPage } from "./pages/bpmn-viewer-page";

const suite = useAppAndBrowser();
const shots = fileURLToPath(new URL("../test-results/bpmn-viewer/", import.meta.url));
const templatesDir = new URL("../shared/templates/", import.meta.url);

interface TemplateFile {
  title: string;
  lanes: Array<{ id: string; name: string }>;
  steps: Array<{ id: string; label: string; kind: "start" | "end" | "task" | "decision" | "wait" }>;
}

/** Every template a new board can start from, as shipped. */
const templates = readdirSync(templatesDir)
  .filter((name) => name.endsWith(".json"))
  .map(
    (name) =>
      [
        name.replace(/\.json$/, ""),
        JSON.parse(readFileSync(new URL(name, templatesDir), "utf8")) as TemplateFile,
      ] as const,
  );

/** The BPMN element each step kind is exported as. */
const BPMN_TYPE = {
  start: "bpmn:StartEvent",
  end: "bpmn:EndEvent",
  task: "bpmn:Task",
  decision: "bpmn:ExclusiveGateway",
  wait: "bpmn:IntermediateCatchEvent",
} as const;

/** A board made from the template on the server, and its BPMN as the Export menu's server twin serves it. */
async function exportedBpmn(file: TemplateFile): Promise<string> {
  const created = await fetch(`${suite.app.baseUrl}/api/boards`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(file),
  });
  if (created.status !== 201) throw new Error(`Creating a board failed: ${created.status} ${await created.text()}`);
  const { id, viewToken } = (await created.json()) as { id: string; viewToken: string };
  const response = await fetch(`${suite.app.baseUrl}/api/boards/${id}/export.bpmn`, {
    headers: { authorization: `Bearer ${viewToken}` },
  });
  if (response.status !== 200) throw new Error(`export.bpmn answered ${response.status}`);
  return response.text();
}

const sorted = (pairs: Array<[string, string | null]>) => pairs.map((pair) => pair.join(" ")).sort();

describe("BPMN export opened in bpmn.io / Camunda Modeler (bpmn-js)", () => {
  let user: User;
  let viewer: BpmnViewerPage;
  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    user = await newUser(suite.browser);
    viewer = new BpmnViewerPage(user.page);
    await viewer.open();
  });
  afterAll(async () => {
    await user?.context.close();
  });

  it.each(templates)(
    "imports template %s without warnings and draws a shape for every lane and step",
    async (id, file) => {
      const warnings = await viewer.importXml(await exportedBpmn(file));
      expect(warnings).toEqual([]);
      await user.page.screenshot({ path: `${shots}${id}.png` });

      const shapes = await viewer.shapes();
      expect(shapes.filter((shape) => !shape.drawn).map((shape) => shape.id)).toEqual([]);
      expect(shapes.filter((shape) => shape.type === "bpmn:Participant").map((shape) => shape.name)).toEqual([
        file.title,
      ]);
      expect(
        sorted(shapes.filter((shape) => shape.type === "bpmn:Lane").map((shape) => [shape.type, shape.name])),
      ).toEqual(sorted(file.lanes.map((lane) => ["bpmn:Lane", lane.name])));
      // Steps carry their labels as names; the merge gateways the export adds have none.
      const stepTypes = new Set<string>(Object.values(BPMN_TYPE));
      const named = shapes.filter((shape) => stepTypes.has(shape.type) && shape.name !== null);
      expect(sorted(named.map((shape) => [shape.type, shape.name]))).toEqual(
        sorted(file.steps.map((step) => [BPMN_TYPE[step.kind], step.label])),
      );
    },
  );
});
