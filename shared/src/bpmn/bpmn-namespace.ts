/** Brownpaper's own namespace for what BPMN has no element for: RACI, measures, agreements. */
export const BROWNPAPER_BPMN_NS = "https://brownpaper.dev/schema/bpmn/1";

export const BPMN_NAMESPACES = {
  bpmn: "http://www.omg.org/spec/BPMN/20100524/MODEL",
  bpmndi: "http://www.omg.org/spec/BPMN/20100524/DI",
  dc: "http://www.omg.org/spec/DD/20100524/DC",
  di: "http://www.omg.org/spec/DD/20100524/DI",
  bp: BROWNPAPER_BPMN_NS,
} as const;
