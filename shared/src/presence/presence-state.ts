import { ACCESS_ROLES, type AccessRole } from "../access";
import type { Scope } from "../schema/common";

/**
 * What each browser shares about its person through Yjs awareness: presence scope, synced
 * to everyone on the board while they are there and never stored. Another client can put
 * anything in its state, so every field is read through `parsePeer`.
 */
export const presenceScope: Scope = "presence";

export interface PresenceUser {
  name: string;
  colour: string;
  role: AccessRole;
}

/** A point in flow coordinates (the board's own space, the same on every screen). */
export interface FlowPoint {
  x: number;
  y: number;
}

/** The centre of what someone is looking at, in flow coordinates, and their zoom. */
export interface ViewCentre {
  cx: number;
  cy: number;
  zoom: number;
}

/** What someone has picked on the canvas: steps and flows, or one lane. */
export interface PeerSelection {
  steps: string[];
  flows: string[];
  lane: string | null;
}

export interface Peer {
  clientId: number;
  /**
   * The tab's own id, kept across reloads (a reload gets a new awareness client id), so the
   * facilitator's "bring everyone" still finds them afterwards. Null from clients that send none.
   */
  presenceId: string | null;
  user: PresenceUser;
  cursor: FlowPoint | null;
  viewport: ViewCentre | null;
  selection: PeerSelection;
}

/**
 * The awareness fields. `selection` stays the list of selected step ids it always was, so
 * clients that know only steps still read it; flows and the lane have fields of their own.
 */
export const PRESENCE_FIELDS = {
  user: "user",
  presenceId: "presenceId",
  cursor: "cursor",
  viewport: "viewport",
  selection: "selection",
  selectedFlows: "selectedFlows",
  selectedLane: "selectedLane",
} as const;

const MAX_SELECTED = 500;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const finite = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);

function parseUser(value: unknown): PresenceUser | null {
  if (!isRecord(value) || typeof value.name !== "string" || typeof value.colour !== "string") return null;
  if (!/^#[0-9a-f]{6}$/i.test(value.colour)) return null;
  const role = (ACCESS_ROLES as readonly unknown[]).includes(value.role) ? (value.role as AccessRole) : "view";
  return { name: value.name.slice(0, 60) || "Guest", colour: value.colour, role };
}

function parsePoint(value: unknown): FlowPoint | null {
  return isRecord(value) && finite(value.x) && finite(value.y) ? { x: value.x, y: value.y } : null;
}

const ids = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((id): id is string => typeof id === "string").slice(0, MAX_SELECTED) : [];
const shortId = (value: unknown): string | null =>
  typeof value === "string" && value.length > 0 && value.length <= 100 ? value : null;

function parseViewport(value: unknown): ViewCentre | null {
  if (!isRecord(value) || !finite(value.cx) || !finite(value.cy) || !finite(value.zoom) || value.zoom <= 0) return null;
  return { cx: value.cx, cy: value.cy, zoom: value.zoom };
}

/** One awareness state as a peer, or null when it carries no usable user. */
export function parsePeer(clientId: number, state: unknown): Peer | null {
  if (!isRecord(state)) return null;
  const user = parseUser(state.user);
  if (!user) return null;
  return {
    clientId,
    presenceId: shortId(state.presenceId),
    user,
    cursor: parsePoint(state.cursor),
    viewport: parseViewport(state.viewport),
    selection: { steps: ids(state.selection), flows: ids(state.selectedFlows), lane: shortId(state.selectedLane) },
  };
}
