import type { GapReport } from "@brownpaper/shared";
import { useUiStore } from "../../state/store";
import { selectSelectedNoteId } from "../../state/selectors";
import { PAIN_CATEGORY_LABELS } from "../../lib/note-kinds";
import type { GapNames } from "./gap-names";
import { categoryTarget } from "./gap-targets";
import { ReportGroup, ReportLine } from "./report-line";

/** "3 votes", or "?" while the facilitator hides the vote (the hidden report has no counts). */
const votes = (count: number | null) => (count === null ? "?" : `${count} ${count === 1 ? "vote" : "votes"}`);

/**
 * Pain ranked by votes, and where it piles up: by category, lane and handover. While the vote is
 * hidden the report itself keeps a neutral order (see `painRankingWithoutVotes`).
 */
export function GapPain({ report, name }: { report: GapReport; name: GapNames }) {
  const { pain, votesHidden } = report;
  // A category line walks through its pain points from the one selected now.
  const selectedNoteId = useUiStore(selectSelectedNoteId);
  return (
    <>
      {votesHidden && <p className="panel-hint">Votes are hidden until the facilitator reveals them.</p>}
      <ReportGroup title={`Pain points (${pain.ranked.length})`} empty="No pain points yet.">
        {pain.ranked.slice(0, 10).map((entry) => (
          <ReportLine key={entry.noteId} target={{ type: "note", id: entry.noteId }} value={votes(entry.votes)}>
            {entry.text || "(no text)"}
          </ReportLine>
        ))}
      </ReportGroup>
      <ReportGroup title="By category" empty="" testId="report-pain-categories">
        {pain.categories
          .filter((category) => category.notes > 0)
          .map((category) => (
            <ReportLine
              key={category.category}
              target={categoryTarget(pain.ranked, category.category, selectedNoteId)}
              hint={
                category.notes === 1 ? "Show its pain point" : `Show its pain points one by one (${category.notes})`
              }
              value={`${category.notes} · ${votes(category.votes)}`}
            >
              {PAIN_CATEGORY_LABELS[category.category]}
            </ReportLine>
          ))}
      </ReportGroup>
      <ReportGroup title="By lane" empty="">
        {pain.lanes
          .filter((lane) => lane.notes > 0)
          .map((lane) => (
            <ReportLine
              key={lane.laneId}
              target={{ type: "lane", id: lane.laneId }}
              value={`${lane.notes} · ${votes(lane.votes)}`}
            >
              {name.lane(lane.laneId)}
            </ReportLine>
          ))}
      </ReportGroup>
      <ReportGroup title="By handover" empty="No pain on handovers.">
        {pain.handovers.map((handover) => (
          <ReportLine
            key={handover.flowId}
            target={{ type: "flow", id: handover.flowId }}
            value={`${handover.notes} · ${votes(handover.votes)}`}
          >
            {name.flow(handover.flowId)}
          </ReportLine>
        ))}
      </ReportGroup>
    </>
  );
}
