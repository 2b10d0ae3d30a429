import type * as Y from "yjs";
import type { EntityMap } from "../doc/layout";
import type { Origin } from "../doc/origin";
import { signatureSchema, type Signature } from "../schema/review";
import { clipShort } from "../schema/common";
import { requireAgreement } from "./agreement-entity";
import { CommandError } from "./command-error";
import { transact } from "./transact";

export type SignoffSide = "provider" | "customer";
const FIELD = { provider: "signedByProvider", customer: "signedByCustomer" } as const;

/** Why the signatures went, as the agreement shows it. */
export const SIGNOFF_CLEARED = {
  expectation: "The expectation changed after sign-off: both sides sign again.",
  measures: "The measures changed after sign-off: both sides sign again.",
} as const;

const signed = (agreement: EntityMap, side: SignoffSide) =>
  signatureSchema.safeParse(agreement.get(FIELD[side])).success;

/**
 * The terms changed: both signatures go and an agreed agreement is a draft again, with the
 * reason kept for everyone to read. A retired agreement stays retired.
 */
export function clearSignoff(agreement: EntityMap, reason: string): void {
  if (!signed(agreement, "provider") && !signed(agreement, "customer")) return;
  agreement.delete(FIELD.provider);
  agreement.delete(FIELD.customer);
  if (agreement.get("status") === "agreed") agreement.set("status", "draft");
  agreement.set("signoffNote", reason);
}

/**
 * One side signs the agreement off under a name. Once both sides have signed it is `agreed`;
 * the note about an earlier sign-off being cleared goes.
 */
export function signAgreement(
  doc: Y.Doc,
  agreementId: string,
  side: SignoffSide,
  name: string,
  at: string = new Date().toISOString(),
  origin?: Origin,
): Signature {
  const signature = { name: clipShort(name.trim()), at };
  if (signature.name === "") throw new CommandError("Sign with a name, so the other side knows who agreed.");
  return transact(doc, origin, (maps) => {
    const agreement = requireAgreement(maps, agreementId);
    if (agreement.get("status") === "retired") throw new CommandError("A retired agreement cannot be signed.");
    agreement.set(FIELD[side], signature);
    if (signed(agreement, "provider") && signed(agreement, "customer")) {
      agreement.set("status", "agreed");
      agreement.delete("signoffNote");
    }
    return signature;
  });
}

/** Takes one side's signature back; an agreed agreement becomes a draft. */
export function withdrawSignoff(doc: Y.Doc, agreementId: string, side: SignoffSide, origin?: Origin): void {
  transact(doc, origin, (maps) => {
    const agreement = requireAgreement(maps, agreementId);
    agreement.delete(FIELD[side]);
    if (agreement.get("status") === "agreed") agreement.set("status", "draft");
  });
}
