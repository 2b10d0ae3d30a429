import { CommandError } from "@brownpaper/shared";

/**
 * Runs a shared command and hands back the refusal's message instead of toasting it, for
 * forms that show errors inline beside the field. Other errors are bugs and are rethrown.
 */
export function attempt(command: () => void): string | null {
  try {
    command();
    return null;
  } catch (error) {
    if (error instanceof CommandError) return error.message;
    throw error;
  }
}
