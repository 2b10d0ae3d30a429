import { readdirSync, readFileSync, readlinkSync } from "node:fs";

/**
 * The PostgreSQL backends and the Redis server working for the scale-out phase's instances.
 * The noise probe counts every process it is not given as "other processes"; without these,
 * the instances' own commits and relays would read as foreign load and spoil every window.
 */
export interface TcpSocket {
  localPort: number;
  remotePort: number;
  inode: string;
}

/** The sockets listed in `/proc/net/tcp` or `/proc/net/tcp6`. */
export function parseProcNetTcp(text: string): TcpSocket[] {
  const sockets: TcpSocket[] = [];
  for (const line of text.split("\n").slice(1)) {
    const fields = line.trim().split(/\s+/);
    const [local, remote, inode] = [fields[1], fields[2], fields[9]];
    if (!local || !remote || !inode) continue;
    const port = (address: string): number => parseInt(address.slice(address.lastIndexOf(":") + 1), 16);
    sockets.push({ localPort: port(local), remotePort: port(remote), inode });
  }
  return sockets;
}

function socketInodes(pid: number): Set<string> {
  const inodes = new Set<string>();
  let fds: string[] = [];
  try {
    fds = readdirSync(`/proc/${pid}/fd`);
  } catch {
    return inodes;
  }
  for (const fd of fds) {
    try {
      const inode = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`))?.[1];
      if (inode) inodes.add(inode);
    } catch {
      // The descriptor closed meanwhile.
    }
  }
  return inodes;
}

/** Local ports of the TCP connections `pids` hold to `remotePort` (e.g. their PostgreSQL pool). */
export function localPortsTo(pids: readonly number[], remotePort: number): number[] {
  const inodes = new Set(pids.flatMap((pid) => [...socketInodes(pid)]));
  const sockets = ["/proc/net/tcp", "/proc/net/tcp6"].flatMap((file) => {
    try {
      return parseProcNetTcp(readFileSync(file, "utf8"));
    } catch {
      return [];
    }
  });
  return sockets
    .filter((socket) => socket.remotePort === remotePort && inodes.has(socket.inode))
    .map((socket) => socket.localPort);
}

/** The `process_id` in a Redis `INFO server` reply. */
export function redisPidFromInfo(info: string): number | null {
  const pid = /^process_id:(\d+)\r?$/m.exec(info)?.[1];
  return pid ? Number(pid) : null;
}

/** Whether `pid` is a process on this machine whose command name contains `name`. */
export function isLocalProcess(pid: number, name: string): boolean {
  try {
    return readFileSync(`/proc/${pid}/comm`, "utf8").includes(name);
  } catch {
    return false;
  }
}
