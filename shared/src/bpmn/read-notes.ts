import {
  BOARD_TARGET_ID,
  DEFAULT_NOTE_KIND,
  NOTE_KINDS,
  ACTION_STATUSES,
  DEFAULT_ACTION_STATUS,
  DUE_DATE_PATTERN,
  PAIN_CATEGORIES,
  type Note,
  type NoteKind,
} from "../schema/note";
import { attrOneOf as oneOf, elements, extensionOf, isElement, text, type ModdleElement } from "./bpmn-model";

/**
 * The process's text annotations as notes: each on the step or flow it is associated with, on the
 * lane its Brownpaper extension names, or else on the board.
 */
export function readNotes(
  process: ModdleElement,
  stepId: Map<string, string>,
  flowOfBpmn: Map<string, string>,
  laneIds: Set<string>,
): Note[] {
  const artifacts = elements(process.artifacts);
  const targetOf = new Map<string, string>();
  for (const association of artifacts.filter((a) => a.$type === "bpmn:Association")) {
    if (
      isElement(association.sourceRef) &&
      isElement(association.targetRef) &&
      association.sourceRef.id &&
      association.targetRef.id
    ) {
      targetOf.set(association.sourceRef.id, association.targetRef.id);
    }
  }
  return artifacts
    .filter((artifact) => artifact.$type === "bpmn:TextAnnotation" && artifact.id)
    .map((annotation) => {
      const ext = extensionOf(annotation, "note");
      const kind: NoteKind = oneOf(ext?.kind, NOTE_KINDS) ?? DEFAULT_NOTE_KIND;
      const category = oneOf(ext?.category, PAIN_CATEGORIES);
      const prefix = `${kind}${category ? ` (${category})` : ""}: `;
      let body = text(annotation.text) ?? "";
      if (ext && body.startsWith(prefix)) body = body.slice(prefix.length);
      const associated = targetOf.get(annotation.id!);
      const target =
        associated && stepId.has(associated)
          ? { type: "step" as const, id: stepId.get(associated)! }
          : associated && flowOfBpmn.has(associated)
            ? { type: "flow" as const, id: flowOfBpmn.get(associated)! }
            : ext?.targetType === "lane" && typeof ext.targetId === "string" && laneIds.has(ext.targetId)
              ? { type: "lane" as const, id: ext.targetId }
              : { type: "board" as const, id: BOARD_TARGET_ID };
      const note: Note = {
        id: text(ext?.id) ?? annotation.id!,
        kind,
        text: body,
        target,
        author: text(ext?.author) ?? "",
      };
      if (kind === "pain") note.category = category ?? "other";
      if (kind === "action") {
        const due = text(ext?.due) ?? "";
        note.owner = text(ext?.owner) ?? "";
        note.due = DUE_DATE_PATTERN.test(due) ? due : "";
        note.status = oneOf(ext?.status, ACTION_STATUSES) ?? DEFAULT_ACTION_STATUS;
      }
      return note;
    });
}
