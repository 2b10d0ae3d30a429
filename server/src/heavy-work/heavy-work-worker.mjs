// The entry of each heavy-work pool thread (see heavy-work-pool.ts). Workers start without the
// parent's loader flags, and neither node, tsx nor vitest compiles TypeScript inside them, so
// this plain-JavaScript file registers tsx here first; then the tasks, and the TypeScript of the
// shared package they use, load as they do on the main thread.
import { register } from "tsx/esm/api";

register();
const tasks = await import("./heavy-tasks.ts");

export default tasks.default;
