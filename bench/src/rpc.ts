import type { ChildProcess } from "node:child_process";

/**
 * Request/response over a child process's IPC channel: the bench talks to its peers' probes
 * and to its load generator this way, so each can sit pinned on its own core.
 */
interface Request {
  rpc: "request";
  id: number;
  method: string;
  params: unknown;
}

interface Response {
  rpc: "response";
  id: number;
  result?: unknown;
  error?: string;
}

export type Handlers = Record<string, (params: never) => unknown>;

function isRequest(message: unknown): message is Request {
  return typeof message === "object" && message !== null && (message as Request).rpc === "request";
}

function isResponse(message: unknown): message is Response {
  return typeof message === "object" && message !== null && (message as Response).rpc === "response";
}

/** In the child: answers the parent's requests with `handlers`. */
export function serveRpc(handlers: Handlers): void {
  process.on("message", (message: unknown) => {
    if (!isRequest(message)) return;
    const handler = handlers[message.method];
    const reply = (response: Omit<Response, "rpc" | "id">): void => {
      process.send?.({ rpc: "response", id: message.id, ...response });
    };
    if (!handler) {
      reply({ error: `no method ${message.method}` });
      return;
    }
    Promise.resolve()
      .then(() => handler(message.params as never))
      .then(
        (result) => reply({ result }),
        (error: unknown) => reply({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
      );
  });
}

/** In the parent: calls a child's handlers; every call has a deadline. */
export class RpcClient {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();

  constructor(private readonly child: ChildProcess) {
    child.on("message", (message: unknown) => {
      if (!isResponse(message)) return;
      const waiter = this.pending.get(message.id);
      if (!waiter) return;
      this.pending.delete(message.id);
      if (message.error !== undefined) waiter.reject(new Error(message.error));
      else waiter.resolve(message.result);
    });
    child.on("exit", (code, signal) => {
      for (const waiter of this.pending.values()) waiter.reject(new Error(`child exited (${signal ?? code})`));
      this.pending.clear();
    });
  }

  call<T>(method: string, params: unknown = null, timeoutMs = 60_000): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${method} took longer than ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, {
        resolve: (value) => {
          clearTimeout(timer);
          resolve(value as T);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
      this.child.send({ rpc: "request", id, method, params });
    });
  }
}
