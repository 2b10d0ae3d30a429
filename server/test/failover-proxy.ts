import { createConnection, createServer, type AddressInfo, type Server, type Socket } from "node:net";

/**
 * A tiny TCP balancer for tests, standing in for nginx: each new connection goes to the next
 * instance in turn, and one that refuses (it died) is skipped for the next. Established
 * connections are not moved: when an instance dies its clients see the close and reconnect.
 */
export class FailoverProxy {
  private turn = 0;
  private readonly open = new Map<Socket, number>();

  private constructor(
    private readonly server: Server,
    private readonly targets: readonly number[],
  ) {}

  /** Listens on a free loopback port in front of the instances on `targetPorts`. */
  static async start(targetPorts: readonly number[]): Promise<FailoverProxy> {
    const server = createServer({ pauseOnConnect: true });
    const proxy = new FailoverProxy(server, targetPorts);
    server.on("connection", (client) => proxy.route(client, 0));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    return proxy;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  get syncUrl(): string {
    return `ws://127.0.0.1:${this.port}/sync`;
  }

  /** Open client connections per instance port. */
  connectionsTo(port: number): number {
    return [...this.open.values()].filter((target) => target === port).length;
  }

  async close(): Promise<void> {
    for (const socket of this.open.keys()) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private route(client: Socket, attempt: number): void {
    if (attempt >= this.targets.length || client.destroyed) {
      client.destroy();
      return;
    }
    const port = this.targets[this.turn++ % this.targets.length]!;
    const upstream = createConnection({ host: "127.0.0.1", port });
    let connected = false;
    upstream.once("connect", () => {
      connected = true;
      this.open.set(client, port);
      client.pipe(upstream);
      upstream.pipe(client);
      client.resume();
    });
    upstream.on("error", () => {
      if (!connected) this.route(client, attempt + 1);
    });
    upstream.on("close", () => {
      if (connected) client.destroy();
    });
    client.on("error", () => upstream.destroy());
    client.once("close", () => {
      this.open.delete(client);
      upstream.destroy();
    });
  }
}
