import { CommandError } from "@brownpaper/shared";
import { useUiStore } from "../state/store";

export type CommandResult<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * Runs a shared command and turns a refusal into a toast, so a rule of the model (a taken
 * lane name, a flow into itself) reads as a message rather than an exception. Anything else
 * is a bug and is rethrown.
 */
export function runCommand<T>(command: () => T): CommandResult<T> {
  try {
    return { ok: true, value: command() };
  } catch (error) {
    if (error instanceof CommandError) {
      useUiStore.getState().showToast(error.message);
      return { ok: false, message: error.message };
    }
    throw error;
  }
}
