import { useFacilitation, useIsFacilitator } from "../../sync/use-facilitation";
import "./facilitation.css";

/** Tells everyone the board is locked; the facilitator, who can still edit, gets a quieter note. */
export function LockBanner() {
  const { locked } = useFacilitation();
  const facilitator = useIsFacilitator();
  if (!locked) return null;
  return (
    <div className={`lock-banner${facilitator ? " lock-banner--own" : ""}`} data-testid="lock-banner" role="status">
      {facilitator
        ? "The board is locked: only you can change it. Unlock it to let everyone edit again."
        : "The facilitator has locked the board while they explain. You can look around; editing comes back when they unlock it."}
    </div>
  );
}
