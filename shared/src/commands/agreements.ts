import type * as Y from "yjs";
import type { Origin } from "../doc/origin";
import { DEFAULT_AGREEMENT_STATUS, toAgreementYMap, type MeasureFile } from "../schema/agreement";
import { DEFAULT_REVIEW_INTERVAL_DAYS } from "../schema/review";
import { clipLong } from "../schema/common";
import { newId } from "../ids";
import { removeAgreement } from "./cascade";
import { CommandError } from "./command-error";
import { transact } from "./transact";

export interface AddAgreementInput {
  providerLaneId: string;
  customerLaneId: string;
  flowIds: string[];
  expectation?: string;
  customerObligations?: string;
  reviewBy?: string;
  measures?: MeasureFile[];
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
    const agreement = toAgreementYMap({
      providerLaneId: input.providerLaneId,
      customerLaneId: input.customerLaneId,
      flowIds: [...new Set(input.flowIds)],
      status: DEFAULT_AGREEMENT_STATUS,
      expectation: clipLong(input.expectation ?? ""),
      customerObligations: clipLong(input.customerObligations ?? ""),
      reviewBy: input.reviewBy ?? "",
      measures: input.measures ?? [],
      reviewIntervalDays: DEFAULT_REVIEW_INTERVAL_DAYS,
      reviews: [],
    });
    maps.agreements.set(id, agreement);
    return id;
  });
}

export function deleteAgreement(doc: Y.Doc, agreementId: string, origin?: Origin): void {
  transact(doc, origin, (maps) => {
    removeAgreement(maps, agreementId);
  });
}
