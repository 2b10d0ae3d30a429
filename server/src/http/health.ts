import { randomBytes } from "node:crypto";
import { open, unlink } from "node:fs/promises";
import { join } from "node:path";
import type { BoardStore } from "../storage/board-store";
import type { DiskFloor } from "./disk-space";

export type Health = { ok: true } | { ok: false; reason: string };

export interface HealthDeps {
  store: BoardStore;
  diskFloor: DiskFloor;
  dataDir: string;
  timeoutMs: number;
}

/** Writes, syncs and removes a small file in DATA_DIR: a full, read-only or stalled disk fails it. */
async function probeWrite(dataDir: string): Promise<void> {
  const path = join(dataDir, `.healthz-${randomBytes(4).toString("hex")}`);
  const file = await open(path, "wx");
  try {
    await file.writeFile("ok");
    await file.sync();
  } finally {
    await file.close();
    await unlink(path);
  }
}

async function check(deps: HealthDeps): Promise<Health> {
  const [storeOk, probe, shortage] = await Promise.all([
    deps.store.healthy().catch(() => false),
    probeWrite(deps.dataDir).then(
      () => null,
      (error: unknown) => (error as Error).message,
    ),
    deps.diskFloor.shortage().catch((error: unknown) => `Cannot read free disk space: ${(error as Error).message}`),
  ]);
  if (!storeOk) return { ok: false, reason: "The board store does not answer." };
  if (probe !== null) return { ok: false, reason: `DATA_DIR is not writable: ${probe}` };
  if (shortage !== null) return { ok: false, reason: shortage };
  return { ok: true };
}

/**
 * What `/healthz` answers: the store answers, DATA_DIR takes a write, and the disk is above its
 * floor, all within `timeoutMs`, so a stalled database or disk is reported instead of hanging
 * the probe. Probes asked for while a check runs wait on that one, so a stalled store does not
 * pile up checks.
 */
export function createHealthCheck(deps: HealthDeps): () => Promise<Health> {
  let running: Promise<Health> | null = null;
  return () => {
    const current = (running ??= check(deps)
      .catch((error: unknown): Health => ({ ok: false, reason: (error as Error).message }))
      .finally(() => {
        running = null;
      }));
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<Health>((resolve) => {
      timer = setTimeout(
        () => resolve({ ok: false, reason: `The store or the disk did not answer within ${deps.timeoutMs} ms.` }),
        deps.timeoutMs,
      );
    });
    return Promise.race([current, deadline]).finally(() => clearTimeout(timer));
  };
}
