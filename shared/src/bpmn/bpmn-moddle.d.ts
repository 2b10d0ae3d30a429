// bpmn-moddle publishes its types under a subpath its "." export does not point to; the
// importer only needs this much of it, and treats every element as untrusted data anyway.
declare module "bpmn-moddle" {
  export class BpmnModdle {
    fromXML(xml: string): Promise<{ rootElement: unknown; warnings: { message: string }[] }>;
  }
}
