import { connect, createServer, type Server, type Socket } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { localPortsTo, parseProcNetTcp, redisPidFromInfo } from "./service-pids";

const PROC_NET_TCP = `  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
   0: 0100007F:1538 00000000:0000 0A 00000000:00000000 00:00000000 00000000   104        0 21422 1 0000000000000000 100 0 0 10 0
   1: 0100007F:D431 0100007F:1538 01 00000000:00000000 00:00000000 00000000  1000        0 987654 1 0000000000000000 20 4 30 10 -1
`;

describe("finding the processes that serve the instances", () => {
  const closers: Array<() => void> = [];
  afterEach(() => {
    for (const close of closers.splice(0)) close();
  });

  it("reads local and remote ports and the inode of each TCP socket", () => {
    expect(parseProcNetTcp(PROC_NET_TCP)).toEqual([
      { localPort: 5432, remotePort: 0, inode: "21422" },
      { localPort: 54321, remotePort: 5432, inode: "987654" },
    ]);
  });

  it("takes Redis's pid from INFO server", () => {
    expect(redisPidFromInfo("$120\r\n# Server\r\nredis_version:7.0.15\r\nprocess_id:2211\r\ntcp_port:6379\r\n")).toBe(
      2211,
    );
    expect(redisPidFromInfo("# Server\r\nredis_version:7.0.15\r\n")).toBeNull();
  });

  it("finds the local port of a connection this process holds to a server's port", async () => {
    const server: Server = createServer((socket) => closers.push(() => socket.destroy()));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    closers.push(() => server.close());
    const port = (server.address() as { port: number }).port;
    const client: Socket = connect({ host: "127.0.0.1", port });
    closers.push(() => client.destroy());
    await new Promise<void>((resolve) => client.once("connect", resolve));
    expect(localPortsTo([process.pid], port)).toEqual([client.localPort]);
  });
});
