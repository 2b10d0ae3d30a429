// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- the ambient module must load wherever this file is compiled (server and client too)
/// <reference path="./bpmn-moddle.d.ts" />
import { BpmnModdle } from "bpmn-moddle";

/** A bpmn-moddle element, read defensively: files come from other tools and from anyone. */
export interface ModdleElement {
  $type: string;
  id?: string;
  name?: string;
  [key: string]: unknown;
}

export const isElement = (value: unknown): value is ModdleElement =>
  typeof value === "object" && value !== null && typeof (value as { $type?: unknown }).$type === "string";

export const elements = (value: unknown): ModdleElement[] => (Array.isArray(value) ? value.filter(isElement) : []);

export const text = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);

/** An attribute that must be one of a fixed set of strings. */
export const attrOneOf = <T extends string>(value: unknown, allowed: readonly T[]): T | undefined =>
  typeof value === "string" && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;

/** A numeric attribute (attributes of unknown namespaces arrive as strings). */
export function attrNumber(value: unknown): number | undefined {
  const n = typeof value === "string" && value.trim() !== "" ? Number(value) : typeof value === "number" ? value : NaN;
  return Number.isFinite(n) ? n : undefined;
}

/** Our own `bp:*` extension elements of an element, by local name. */
export function extensionsOf(element: ModdleElement, name: string): ModdleElement[] {
  const container = element.extensionElements;
  if (!isElement(container)) return [];
  return elements(container.values).filter((child) => child.$type === `bp:${name}`);
}

export function extensionOf(element: ModdleElement, name: string): ModdleElement | undefined {
  return extensionsOf(element, name)[0];
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Shape bounds by element id, from every diagram in the file. */
export function shapeBounds(definitions: ModdleElement): Map<string, Box> {
  const bounds = new Map<string, Box>();
  for (const diagram of elements(definitions.diagrams)) {
    const plane = diagram.plane;
    if (!isElement(plane)) continue;
    for (const shape of elements(plane.planeElement)) {
      const element = shape.bpmnElement;
      const box = shape.bounds as Partial<Box> | undefined;
      if (!isElement(element) || element.id === undefined || !box) continue;
      const { x, y, width, height } = box;
      if ([x, y, width, height].every((n) => typeof n === "number" && Number.isFinite(n))) {
        bounds.set(element.id, { x: x!, y: y!, width: width!, height: height! });
      }
    }
  }
  return bounds;
}

export type ParsedXml = { ok: true; definitions: ModdleElement } | { ok: false; error: string };

/** Parses BPMN 2.0 XML; anything that is not a BPMN definitions document is an error. */
export async function parseBpmnXml(xml: string): Promise<ParsedXml> {
  try {
    const { rootElement } = await new BpmnModdle().fromXML(xml);
    if (!isElement(rootElement) || rootElement.$type !== "bpmn:Definitions") {
      return { ok: false, error: "This is not a BPMN 2.0 file (no <bpmn:definitions> root element)." };
    }
    return { ok: true, definitions: rootElement };
  } catch (error) {
    return { ok: false, error: `This BPMN file could not be read: ${(error as Error).message}` };
  }
}
