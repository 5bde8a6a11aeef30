import type { DatasetSnapshot } from "../host/readDataset";
import { OrdersError } from "../orders/OrdersError";

/** What the host last handed the control: the data-set and the canvas app's `nextLink` input. */
export interface HostSnapshot {
  readonly dataset: DatasetSnapshot;
  /** The app's nextLink for the canvas bridge; undefined when blank. */
  readonly nextLink: string | undefined;
}

/**
 * Carries each updateView's data-set into the source, which waits on it: data-set paging is
 * push (the host calls updateView when a page is in), the OrdersSource port is pull.
 */
export interface DatasetFeed {
  current(): HostSnapshot | undefined;
  /**
   * Whether the app ever bound a nextLink (the canvas bridge): the collection is the app's, so
   * it sorts and searches it (OnSort, OnSearch), not the data-set. Stays true when the last
   * page's blank nextLink comes.
   */
  bridged(): boolean;
  push(snapshot: HostSnapshot): void;
  subscribe(listener: (snapshot: HostSnapshot) => void): () => void;
}

export function createDatasetFeed(): DatasetFeed {
  let latest: HostSnapshot | undefined;
  let bridged = false;
  const listeners = new Set<(snapshot: HostSnapshot) => void>();
  return {
    current: () => latest,
    bridged: () => bridged,
    push(snapshot) {
      latest = snapshot;
      bridged ||= snapshot.nextLink !== undefined;
      for (const listener of [...listeners]) listener(snapshot);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * Resolves with the first snapshot (the current one included) that satisfies `accept`;
 * rejects with `onTimeout()` after `timeoutMs`, or as cancelled when `signal` aborts.
 */
export function waitForSnapshot(
  feed: DatasetFeed,
  accept: (snapshot: HostSnapshot) => boolean,
  signal: AbortSignal,
  timeoutMs: number,
  onTimeout: () => OrdersError,
): Promise<HostSnapshot> {
  return new Promise((resolve, reject) => {
    const current = feed.current();
    if (current && accept(current)) {
      resolve(current);
      return;
    }
    const finish = () => {
      clearTimeout(timer);
      unsubscribe();
      signal.removeEventListener("abort", onAbort);
    };
    const onAbort = () => {
      finish();
      reject(new OrdersError({ kind: "aborted", code: "RequestCancelled", message: "Cancelled" }));
    };
    const unsubscribe = feed.subscribe((snapshot) => {
      if (!accept(snapshot)) return;
      finish();
      resolve(snapshot);
    });
    const timer = setTimeout(() => {
      finish();
      reject(onTimeout());
    }, timeoutMs);
    if (signal.aborted) onAbort();
    else signal.addEventListener("abort", onAbort);
  });
}
