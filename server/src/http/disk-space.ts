import { statfs } from "node:fs/promises";
import { HttpError } from "./respond";

/** Free bytes on the file system holding `dir`, as an unprivileged process may use them. */
export async function freeBytes(dir: string): Promise<number> {
  const stats = await statfs(dir);
  return stats.bavail * stats.bsize;
}

/**
 * The disk-space floor: below `floorBytes` free on DATA_DIR's file system, writes that make
 * something new (boards, imports, snapshots) are refused with 507 before any work is done.
 */
export class DiskFloor {
  constructor(
    private readonly dir: string,
    readonly floorBytes: number,
  ) {}

  /** Why writes are refused now, or null when there is room. */
  async shortage(): Promise<string | null> {
    if (this.floorBytes === 0) return null;
    const free = await freeBytes(this.dir);
    if (free >= this.floorBytes) return null;
    return `The server's disk has ${free} bytes free, under its floor of ${this.floorBytes} (DISK_FREE_FLOOR_BYTES).`;
  }

  async assertRoom(): Promise<void> {
    const shortage = await this.shortage();
    if (shortage !== null)
      throw new HttpError(507, `${shortage} Nothing new can be saved until space is freed.`, {
        reason: "http_disk_floor",
      });
  }
}
