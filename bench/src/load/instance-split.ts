/**
 * Which instance each of a board's clients connects to when a board is served by several
 * instances (the scale-out phase): round-robin, so two instances get half each and every
 * instance holds senders and receivers alike.
 */
export function instanceOfClient(clientIndex: number, instances: number): number {
  if (!Number.isInteger(instances) || instances < 1)
    throw new Error(`instances must be a positive integer, got ${instances}`);
  return clientIndex % instances;
}

/** How many of `clients` land on each of `instances`. */
export function clientsPerInstance(clients: number, instances: number): number[] {
  const counts = Array.from({ length: instances }, () => 0);
  for (let client = 0; client < clients; client++) counts[instanceOfClient(client, instances)]!++;
  return counts;
}
