/**
 * The server's counters in the Prometheus text format (version 0.0.4), for `GET /metrics`.
 * No board ids or addresses in labels: series stay few however many boards there are, and
 * nothing a scrape shows identifies anyone.
 */

/** Why a message or connection was refused; one label value each. */
export const REJECT_REASONS = [
  "malformed",
  "text_frame",
  "bad_frame",
  "too_big",
  "awareness_too_big",
  "update_refused",
  "update_too_costly",
  "pending_too_big",
  "rate_messages",
  "rate_bytes",
  "rate_cpu",
  "queue_full",
  "slow_reader",
  "no_pong",
  "board_full",
  "ip_full",
  "cooling_down",
  "board_too_new",
  "read_only",
  "facilitator_only",
  "awareness_not_owned",
  "board_too_big",
  "boards_in_memory",
  "presence_over_budget",
  // HTTP: requests and connections refused at the edge.
  "http_creation_rate",
  "http_snapshot_quota",
  "http_disk_floor",
  "http_body_timeout",
  "http_ip_full",
] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

/** Upper bounds of the store write latency buckets, in seconds. */
const WRITE_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];

class Histogram {
  private readonly counts: number[];
  private sum = 0;
  private total = 0;

  constructor(private readonly bounds: readonly number[]) {
    this.counts = bounds.map(() => 0);
  }

  observe(value: number): void {
    this.sum += value;
    this.total++;
    for (const [index, bound] of this.bounds.entries()) {
      if (value <= bound) this.counts[index]!++;
    }
  }

  lines(name: string): string[] {
    return [
      ...this.bounds.map((bound, index) => `${name}_bucket{le="${bound}"} ${this.counts[index]}`),
      `${name}_bucket{le="+Inf"} ${this.total}`,
      `${name}_sum ${this.sum}`,
      `${name}_count ${this.total}`,
    ];
  }
}

export interface Gauges {
  openConnections(): number;
  loadedBoards(): number;
}

export class Metrics {
  updatesIn = 0;
  updatesOut = 0;
  messagesIn = 0;
  messagesOut = 0;
  bytesIn = 0;
  bytesOut = 0;
  connectionsOpened = 0;
  private readonly rejected = new Map<RejectReason, number>(REJECT_REASONS.map((reason) => [reason, 0]));
  private readonly storeWrites = new Histogram(WRITE_BUCKETS);
  private gauges: Gauges = { openConnections: () => 0, loadedBoards: () => 0 };

  /** Where the live figures come from; set once the server is wired. */
  setGauges(gauges: Gauges): void {
    this.gauges = gauges;
  }

  reject(reason: RejectReason): void {
    this.rejected.set(reason, (this.rejected.get(reason) ?? 0) + 1);
  }

  rejectedCount(reason: RejectReason): number {
    return this.rejected.get(reason) ?? 0;
  }

  observeStoreWrite(seconds: number): void {
    this.storeWrites.observe(seconds);
  }

  /** The exposition text. */
  render(): string {
    const memory = process.memoryUsage();
    const out: string[] = [];
    const metric = (name: string, type: string, help: string, lines: string[]): void => {
      out.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`, ...lines);
    };
    metric("brownpaper_connections_open", "gauge", "Open sync WebSockets.", [
      `brownpaper_connections_open ${this.gauges.openConnections()}`,
    ]);
    metric("brownpaper_connections_opened_total", "counter", "Sync WebSockets accepted.", [
      `brownpaper_connections_opened_total ${this.connectionsOpened}`,
    ]);
    metric("brownpaper_boards_loaded", "gauge", "Boards in memory (loaded or loading).", [
      `brownpaper_boards_loaded ${this.gauges.loadedBoards()}`,
    ]);
    metric("brownpaper_updates_received_total", "counter", "Doc updates received from clients and applied.", [
      `brownpaper_updates_received_total ${this.updatesIn}`,
    ]);
    metric("brownpaper_updates_sent_total", "counter", "Doc updates sent to clients (one per recipient).", [
      `brownpaper_updates_sent_total ${this.updatesOut}`,
    ]);
    metric("brownpaper_messages_received_total", "counter", "WebSocket messages received.", [
      `brownpaper_messages_received_total ${this.messagesIn}`,
    ]);
    metric("brownpaper_messages_sent_total", "counter", "WebSocket messages sent.", [
      `brownpaper_messages_sent_total ${this.messagesOut}`,
    ]);
    metric("brownpaper_received_bytes_total", "counter", "WebSocket payload bytes received.", [
      `brownpaper_received_bytes_total ${this.bytesIn}`,
    ]);
    metric("brownpaper_sent_bytes_total", "counter", "WebSocket payload bytes sent.", [
      `brownpaper_sent_bytes_total ${this.bytesOut}`,
    ]);
    metric(
      "brownpaper_rejected_total",
      "counter",
      "Messages and connections refused, by reason.",
      [...this.rejected].map(([reason, count]) => `brownpaper_rejected_total{reason="${reason}"} ${count}`),
    );
    metric(
      "brownpaper_store_write_seconds",
      "histogram",
      "Time to store one update durably.",
      this.storeWrites.lines("brownpaper_store_write_seconds"),
    );
    metric("process_resident_memory_bytes", "gauge", "Resident set size.", [
      `process_resident_memory_bytes ${memory.rss}`,
    ]);
    metric("nodejs_heap_used_bytes", "gauge", "V8 heap in use.", [`nodejs_heap_used_bytes ${memory.heapUsed}`]);
    return `${out.join("\n")}\n`;
  }
}

/** Reads one sample from exposition text, e.g. `brownpaper_rejected_total{reason="slow_reader"}`. */
export function sampleValue(text: string, series: string): number | undefined {
  for (const line of text.split("\n")) {
    if (line.startsWith(`${series} `)) return Number(line.slice(series.length + 1));
  }
  return undefined;
}
