import type { WalkHandover } from "./walk-step-facts";

/** Handovers into or out of the walked step, with what changes hands and the agreements on them. */
export function WalkHandovers({
  title,
  handovers,
  direction,
}: {
  title: string;
  handovers: WalkHandover[];
  direction: "from" | "to";
}) {
  if (handovers.length === 0) return null;
  return (
    <section className="walk-card__section">
      <h3>{title}</h3>
      <ul>
        {handovers.map((handover) => (
          <li
            key={handover.flowId}
            data-testid="walk-handover"
            data-direction={direction === "from" ? "in" : "out"}
            data-flow-id={handover.flowId}
          >
            {direction} <strong>{handover.otherLane}</strong>: {handover.otherStep}
            {handover.artifact && <span className="walk-card__muted"> · {handover.artifact}</span>}
            {handover.channel && <span className="walk-card__muted"> by {handover.channel}</span>}
            {handover.agreements.length === 0 ? (
              <span className="walk-card__warn"> · no agreement</span>
            ) : (
              handover.agreements.map((agreement) => (
                <span key={agreement.id} className="walk-card__agreement">
                  {" "}
                  · agreement {agreement.status}
                  {agreement.score !== null && `, service score ${Math.round(agreement.score)}`}
                  {agreement.expectation && `: “${agreement.expectation}”`}
                </span>
              ))
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
