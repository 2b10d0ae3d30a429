import * as Y from "yjs";

/**
 * What a participant's edits look like to the server: each client owns one step (a Y.Map in
 * the `steps` root map, as in Brownpaper's doc layout) and every edit moves it and retypes a
 * few of its fields in one transaction: about 100 bytes of Yjs update.
 */
export const STEPS_ROOT = "steps";

export function stepIdOf(doc: Y.Doc): string {
  return `step_${doc.clientID.toString(36)}`;
}

/** Creates the client's own step; returns it. */
export function createOwnStep(doc: Y.Doc): Y.Map<unknown> {
  const step = new Y.Map<unknown>();
  const id = stepIdOf(doc);
  doc.transact(() => {
    doc.getMap(STEPS_ROOT).set(id, step);
    step.set("id", id);
    step.set("laneId", "lane_bench");
    step.set("label", "Start");
    step.set("kind", "task");
    step.set("x", 200);
    step.set("y", 40);
  });
  return step;
}

/** The n-th edit of a step. */
export function editStep(doc: Y.Doc, step: Y.Map<unknown>, n: number): void {
  doc.transact(() => {
    step.set("x", 200 + ((n * 37) % 4000));
    step.set("y", 20 + (n % 90));
    step.set("label", `Review request ${n}`);
    step.set("processTime", n % 60);
    step.set("leadTime", 60 + (n % 240));
  });
}

/** A board of `count` steps spread over lanes, as one transaction (or `count` of them). */
export function writeSteps(doc: Y.Doc, count: number, options: { separateUpdates: boolean; prefix: string }): void {
  const steps = doc.getMap(STEPS_ROOT);
  const write = (index: number): void => {
    const step = new Y.Map<unknown>();
    const id = `${options.prefix}_${index}`;
    steps.set(id, step);
    step.set("id", id);
    step.set("laneId", `lane_${index % 8}`);
    step.set("label", `Step number ${index}`);
    step.set("kind", index % 7 === 0 ? "decision" : "task");
    step.set("x", 200 + (index % 600) * 220);
    step.set("y", 40);
  };
  if (options.separateUpdates) {
    for (let index = 0; index < count; index++) doc.transact(() => write(index));
  } else {
    doc.transact(() => {
      for (let index = 0; index < count; index++) write(index);
    });
  }
}
