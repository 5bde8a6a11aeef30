export type ControlEventName = "OnSelect" | "OnError" | "OnLoadMore" | "OnSort" | "OnSearch" | "OnSelectionChange";

/**
 * Raises a manifest event. Hosts that know no events (the test harness, older runtimes)
 * have no `context.events` or no entry for the name; then nothing happens.
 */
export function fireEvent(events: Partial<Record<string, (params?: unknown) => void>> | undefined, name: ControlEventName): void {
  const handler = events?.[name];
  if (typeof handler === "function") handler();
}
