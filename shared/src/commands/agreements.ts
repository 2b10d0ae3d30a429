import * as Y from "yjs";
import { toYMap } from "../doc/layout";
import type { Origin } from "../doc/origin";
import type { Measure } from "../schema/agreement";
import { newId } from "../ids";
import { CommandError } from "./command-error";
import { transact } from "./transact";

export interface AddAgreementInput {
  providerLaneId: string;
  customerLaneId: string;
  flowIds: string[];
  expectation?: string;
  customerObligations?: string;
  reviewBy?: string;
  measures?: Measure[];
  id?: string;
}

/** Creates a draft service agreement between a provider lane and its internal customer lane. */
export function addAgreement(doc: Y.Doc, input: AddAgreementInput, origin?: Origin): string {
  return transact(doc, origin, (maps) => {
    for (const laneId of [input.providerLaneId, input.customerLaneId]) {
      if (!maps.lanes.has(laneId)) throw new CommandError(`There is no lane "${laneId}".`);
    }
    for (const flowId of input.flowIds) {
      if (!maps.flows.has(flowId)) throw new CommandError(`There is no flow "${flowId}".`);
    }
    const id = input.id ?? newId("sla");
    const flowIds = new Y.Array<string>();
    flowIds.push([...new Set(input.flowIds)]);
    const measures = new Y.Array<Y.Map<unknown>>();
    measures.push((input.measures ?? []).map((measure) => toYMap({ ...measure })));
    const agreement = toYMap({
      providerLaneId: input.providerLaneId,
      customerLaneId: input.customerLaneId,
      status: "draft",
      expectation: input.expectation ?? "",
      customerObligations: input.customerObligations ?? "",
      reviewBy: input.reviewBy ?? "",
    });
    agreement.set("flowIds", flowIds);
    agreement.set("measures", measures);
    maps.agreements.set(id, agreement);
    return id;
  });
}

export function deleteAgreement(doc: Y.Doc, agreementId: string, origin?: Origin): void {
  transact(doc, origin, (maps) => {
    maps.agreements.delete(agreementId);
  });
}
