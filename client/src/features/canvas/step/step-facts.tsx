/**
 * What a step carries besides its label, at a glance: R and A above the card (who does it,
 * who answers for it) and the measures below it. Drawn outside the card so the label keeps
 * its room; hidden when there is nothing to say.
 */
export function StepFacts({
  measures,
  responsible,
  accountable,
}: {
  measures: string;
  responsible: string;
  accountable: string;
}) {
  return (
    <>
      {(responsible !== "" || accountable !== "") && (
        <div className="step__raci" data-testid="step-raci">
          {accountable !== "" && (
            <span
              className="step__raci-chip step__raci-chip--A"
              title={`Accountable: ${accountable}`}
              data-testid="step-accountable"
            >
              <b>A</b> {accountable}
            </span>
          )}
          {responsible !== "" && (
            <span
              className="step__raci-chip step__raci-chip--R"
              title={`Responsible: ${responsible}`}
              data-testid="step-responsible"
            >
              <b>R</b> {responsible}
            </span>
          )}
        </div>
      )}
      {measures !== "" && (
        <div
          className="step__measures"
          data-testid="step-measures"
          title="Process time · lead time · % complete & accurate"
        >
          {measures}
        </div>
      )}
    </>
  );
}
