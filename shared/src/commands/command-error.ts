/** A command refused because it would break a rule of the model; the message is for people. */
export class CommandError extends Error {
  override name = "CommandError";
}
