import { serviceScore, type ServiceAgreement } from "@brownpaper/shared";
import { scoreBand, scoreText } from "./score-text";

/** The combined service score with its task and relationship halves. */
export function ServiceScoreView({ agreement }: { agreement: Pick<ServiceAgreement, "measures"> }) {
  const score = serviceScore(agreement);
  return (
    <div
      className="service-score"
      data-testid="service-score"
      data-score={score.combined === null ? "" : Math.round(score.combined)}
    >
      <div className={`service-score__combined score--${scoreBand(score.combined)}`}>
        <span className="service-score__value">{scoreText(score.combined)}</span>
        <span className="service-score__label">Service score</span>
      </div>
      <dl className="service-score__halves">
        <div>
          <dt>Task</dt>
          <dd>{scoreText(score.task)}</dd>
        </div>
        <div>
          <dt>Relationship</dt>
          <dd>{scoreText(score.relationship)}</dd>
        </div>
      </dl>
    </div>
  );
}
