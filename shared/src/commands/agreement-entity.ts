import * as Y from "yjs";
import { getEntity, type BoardMaps, type EntityMap } from "../doc/layout";
import { CommandError } from "./command-error";

/** The agreement's Y.Map, or a CommandError naming the agreement that is not there. */
export function requireAgreement(maps: BoardMaps, agreementId: string): EntityMap {
  const agreement = getEntity(maps.agreements, agreementId);
  if (!agreement) throw new CommandError(`There is no service agreement "${agreementId}".`);
  return agreement;
}

/** One of the agreement's lists, made when a hostile or old doc lacks it. */
export function agreementArray<T>(agreement: EntityMap, key: "flowIds" | "measures" | "reviews"): Y.Array<T> {
  let value = agreement.get(key);
  if (!(value instanceof Y.Array)) {
    value = new Y.Array<T>();
    agreement.set(key, value);
  }
  return value as Y.Array<T>;
}
