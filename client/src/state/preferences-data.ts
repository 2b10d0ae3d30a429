import type { PreferencesData, ShareLinks, SilentDraft } from "./preferences";

/** Longest name kept: enough for a full name, short enough for a cursor label. */
export const NAME_LIMIT = 60;
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;

function isShareLinks(value: unknown): value is ShareLinks {
  return isRecord(value) && typeof value.editUrl === "string" && typeof value.viewUrl === "string";
}

function isDraft(value: unknown): value is SilentDraft {
  return (
    isRecord(value) &&
    typeof value.id === "string" &&
    typeof value.text === "string" &&
    isRecord(value.target) &&
    typeof value.target.id === "string" &&
    typeof value.target.type === "string"
  );
}

function drafts(value: unknown): readonly SilentDraft[] {
  return Array.isArray(value) ? value.filter(isDraft) : [];
}

/**
 * The fields of stored preferences that have the right shape; the rest is left out, so a value
 * edited by hand or written by another version falls back to its default instead of breaking
 * the page.
 */
export function sanitizePreferences(stored: unknown): Partial<PreferencesData> {
  if (!isRecord(stored)) return {};
  const result: Partial<PreferencesData> = {};
  if (typeof stored.name === "string") result.name = stored.name.trim().slice(0, NAME_LIMIT);
  if (isRecord(stored.shareLinks)) {
    const links = Object.entries(stored.shareLinks).filter((entry): entry is [string, ShareLinks] =>
      isShareLinks(entry[1]),
    );
    result.shareLinks = Object.fromEntries(
      links.map(([boardId, { editUrl, viewUrl }]) => [boardId, { editUrl, viewUrl }]),
    );
  }
  if (isRecord(stored.drafts)) {
    result.drafts = Object.fromEntries(
      Object.entries(stored.drafts)
        .map(([key, value]) => [key, drafts(value)] as const)
        .filter(([, list]) => list.length > 0),
    );
  }
  return result;
}

const LEGACY = {
  participantName: "brownpaper:participant-name",
  authorName: "brownpaper:author-name",
  shareLinks: "brownpaper:share-links:",
  drafts: "brownpaper:silent-drafts:",
};

function parse(raw: string | null): unknown {
  try {
    return raw === null ? null : JSON.parse(raw);
  } catch {
    return null;
  }
}

/**
 * What earlier releases kept under keys of their own (two of them a name), read once so nobody
 * loses their name, links or drafts on upgrade; `remove` drops the old keys once rewritten.
 */
export function takeLegacyPreferences(storage: Storage): { data: Partial<PreferencesData>; remove: () => void } | null {
  const keys: string[] = [];
  const data: PreferencesData = { name: "", shareLinks: {}, drafts: {} };
  try {
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key !== null) keys.push(key);
    }
    const legacyKeys = keys.filter(
      (key) =>
        key === LEGACY.participantName ||
        key === LEGACY.authorName ||
        key.startsWith(LEGACY.shareLinks) ||
        key.startsWith(LEGACY.drafts),
    );
    if (legacyKeys.length === 0) return null;
    data.name = (storage.getItem(LEGACY.participantName) || storage.getItem(LEGACY.authorName) || "")
      .trim()
      .slice(0, NAME_LIMIT);
    for (const key of legacyKeys) {
      const value = parse(storage.getItem(key));
      if (key.startsWith(LEGACY.shareLinks) && isShareLinks(value)) {
        data.shareLinks[key.slice(LEGACY.shareLinks.length)] = { editUrl: value.editUrl, viewUrl: value.viewUrl };
      }
      if (key.startsWith(LEGACY.drafts) && drafts(value).length > 0) {
        data.drafts[key.slice(LEGACY.drafts.length)] = drafts(value);
      }
    }
    return {
      data,
      remove() {
        for (const key of legacyKeys) storage.removeItem(key);
      },
    };
  } catch {
    return null;
  }
}
