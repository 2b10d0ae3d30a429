import { useCallback, useEffect, useRef, useState, type FormEvent, type ReactNode } from "react";
import { focusQuestion, MAX_REVIEW_COMMENT } from "@brownpaper/shared/src/schema/review-survey";
import { getRound, postResponse, type ApiFailure, type RoundView } from "../lib/review-api";
import type { SurveyLink } from "./survey-link";
import { hasAnswered, markAnswered, surveyStorage } from "./answered-rounds";
import { ScaleQuestion } from "./scale-question";
import { COMMENT_KEY, FOCUS_KEY, isEmpty, NO_ANSWERS, refusedQuestion, responseBody } from "./survey-answers";
import type { SurveyAnswers } from "./survey-answers";

type PageState =
  | { state: "loading" }
  | { state: "failed"; failure: ApiFailure }
  | { state: "answering"; round: RoundView }
  | { state: "closed" }
  | { state: "answered"; round: RoundView }
  | { state: "thanks"; round: RoundView };

/** A message in place of the form, its heading focused so a screen reader reads it out. */
function Notice({ title, children, testId }: { title: string; children: ReactNode; testId: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="survey-notice" data-testid={testId} aria-live="polite">
      <h1 className="survey-notice__title" tabIndex={-1} ref={heading}>
        {title}
      </h1>
      {children}
    </section>
  );
}

function FailureNotice({ failure, onRetry }: { failure: ApiFailure; onRetry: () => void }) {
  if (failure.kind === "unauthorized")
    return (
      <Notice title="This survey link does not work" testId="survey-wrong-link">
        <p>
          It may have been cut short when it was copied, or it is for another review round. Ask whoever sent it for the
          link again.
        </p>
      </Notice>
    );
  if (failure.kind === "gone")
    return (
      <Notice title="This review is not there any more" testId="survey-gone">
        <p>The board or the agreement this survey was for has been removed, so it takes no answers.</p>
      </Notice>
    );
  return (
    <Notice title="Could not load the survey" testId="survey-network">
      <p>{failure.message}</p>
      <button type="button" className="button button--primary" onClick={onRetry}>
        Try again
      </button>
    </Notice>
  );
}

/** The survey a review round's link opens: rate each measure, the focus question, a comment. */
export function SurveyPage({ link }: { link: SurveyLink | null }) {
  const [page, setPage] = useState<PageState>({ state: "loading" });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!link) return;
    const controller = new AbortController();
    setPage({ state: "loading" });
    void getRound(link.boardId, link.agreementId, link.reviewId, link.token, controller.signal).then((result) => {
      if (controller.signal.aborted) return;
      if (!result.ok) return setPage({ state: "failed", failure: result });
      const round = result.value;
      if (round.status === "closed") setPage({ state: "closed" });
      else if (hasAnswered(surveyStorage(), link.reviewId)) setPage({ state: "answered", round });
      else setPage({ state: "answering", round });
    });
    return () => controller.abort();
  }, [link, attempt]);
  const retry = useCallback(() => setAttempt((count) => count + 1), []);

  let content: ReactNode;
  if (!link)
    content = (
      <Notice title="This survey link is incomplete" testId="survey-wrong-link">
        <p>Survey links end with a long code after #token=. Ask whoever sent it for the whole link again.</p>
      </Notice>
    );
  else if (page.state === "loading")
    content = (
      <p className="survey-loading" role="status">
        Loading the survey…
      </p>
    );
  else if (page.state === "failed") content = <FailureNotice failure={page.failure} onRetry={retry} />;
  else if (page.state === "closed")
    content = (
      <Notice title="This review round is closed" testId="survey-closed">
        <p>Answers are no longer taken. Thank you for taking the time all the same.</p>
      </Notice>
    );
  else if (page.state === "answered")
    content = (
      <Notice title="You have answered this round" testId="survey-answered">
        <p>Your answers from this browser are in. If someone else is answering on this device, they can go ahead.</p>
        <button
          type="button"
          className="button button--primary"
          data-testid="survey-answer-again"
          onClick={() => setPage({ state: "answering", round: page.round })}
        >
          Answer as someone else
        </button>
      </Notice>
    );
  else if (page.state === "thanks")
    content = (
      <Notice title="Thank you" testId="survey-thanks">
        <p>
          Your answers are in. {page.round.provider || "The provider"} and {page.round.customer || "your team"} will see
          the scores once the round is closed.
        </p>
      </Notice>
    );
  else
    content = (
      <SurveyForm
        link={link}
        round={page.round}
        onDone={(outcome) => {
          if (outcome.state === "thanks") markAnswered(surveyStorage(), link.reviewId);
          setPage(
            outcome.state === "thanks"
              ? { state: "thanks", round: page.round }
              : outcome.state === "closed"
                ? { state: "closed" }
                : { state: "failed", failure: outcome.failure },
          );
        }}
      />
    );

  return (
    <main className="survey" data-testid="survey">
      <p className="survey__brand">Brownpaper · service review</p>
      {content}
    </main>
  );
}

type FormOutcome = { state: "thanks" } | { state: "closed" } | { state: "failed"; failure: ApiFailure };

function SurveyForm({
  link,
  round,
  onDone,
}: {
  link: SurveyLink;
  round: RoundView;
  onDone: (outcome: FormOutcome) => void;
}) {
  const [answers, setAnswers] = useState<SurveyAnswers>(NO_ANSWERS);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<{ message: string; question: string | null } | null>(null);
  const errorRef = useRef<HTMLParagraphElement>(null);
  const measureIds = round.measures.map((measure) => measure.id);
  useEffect(() => {
    if (error && error.question === null) errorRef.current?.focus();
  }, [error]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (sending) return;
    if (isEmpty(answers)) {
      setError({ message: "Choose an answer for at least one question, or write a comment.", question: null });
      return;
    }
    setSending(true);
    setError(null);
    const result = await postResponse(link.boardId, link.agreementId, link.reviewId, link.token, responseBody(answers));
    setSending(false);
    if (result.ok) return onDone({ state: "thanks" });
    if (result.kind === "closed") return onDone({ state: "closed" });
    if (result.kind === "unauthorized" || result.kind === "gone") return onDone({ state: "failed", failure: result });
    setError({
      message: result.message,
      question: result.kind === "invalid" ? refusedQuestion(result.message, measureIds) : null,
    });
  };
  const errorFor = (question: string) => (error?.question === question ? error.message : undefined);

  return (
    <form className="survey-form" onSubmit={submit} noValidate data-testid="survey-form">
      <h1 className="survey__title">
        How is {round.provider || "the provider"} doing for {round.customer || "you"}?
      </h1>
      {round.expectation.trim() !== "" && (
        <div className="survey-expectation">
          <h2 className="survey-expectation__title">What was agreed</h2>
          <p className="survey-expectation__text" data-testid="survey-expectation">
            {round.expectation}
          </p>
        </div>
      )}
      <p className="survey__intro">
        Answer what you can; “Can’t say” leaves a question out. The board shows only the averages and the comments, not
        who gave them.
      </p>
      {round.measures.map((measure) => (
        <ScaleQuestion
          key={measure.id}
          name={`measure-${measure.id}`}
          question={measure.name || "Unnamed measure"}
          hint={measure.target ? `Target: ${measure.target}` : undefined}
          value={answers.scores[measure.id]}
          disabled={sending}
          error={errorFor(measure.id)}
          onChange={(value) => setAnswers((now) => ({ ...now, scores: { ...now.scores, [measure.id]: value } }))}
        />
      ))}
      <ScaleQuestion
        name={FOCUS_KEY}
        question={focusQuestion(round.provider)}
        value={answers.focus}
        disabled={sending}
        error={errorFor(FOCUS_KEY)}
        onChange={(focus) => setAnswers((now) => ({ ...now, focus }))}
      />
      <label className="survey-comment">
        <span className="survey-comment__label">Anything else? (optional)</span>
        <textarea
          className="field__input survey-comment__input"
          rows={4}
          maxLength={MAX_REVIEW_COMMENT}
          value={answers.comment}
          disabled={sending}
          aria-invalid={errorFor(COMMENT_KEY) ? true : undefined}
          data-testid="survey-comment"
          onChange={(event) => setAnswers((now) => ({ ...now, comment: event.target.value }))}
        />
        {errorFor(COMMENT_KEY) && (
          <span className="survey-question__error" role="alert">
            {errorFor(COMMENT_KEY)}
          </span>
        )}
      </label>
      {error && error.question === null && (
        <p className="survey-form__error" role="alert" tabIndex={-1} ref={errorRef} data-testid="survey-error">
          {error.message}
        </p>
      )}
      <button
        type="submit"
        className="button button--primary button--large survey-form__submit"
        disabled={sending}
        data-testid="survey-submit"
      >
        {sending ? "Sending…" : "Send my answers"}
      </button>
    </form>
  );
}
