/**
 * The host runtime's changes, one after another, each in a task of its own and followed by
 * updateView: the platform applies data-set paging and input changes asynchronously and never
 * two at once, and calls updateView after each.
 */
export interface RuntimeQueue {
  /** Queues `change`; resolves once it is applied and updateView has run. */
  apply(change: () => void, updatedProperties: readonly string[]): Promise<void>;
  /** Resolves when every change queued so far is applied. */
  idle(): Promise<void>;
}

export function createRuntimeQueue(delayMs: number, updateView: (updatedProperties: readonly string[]) => void): RuntimeQueue {
  let tail = Promise.resolve();
  return {
    apply(change, updatedProperties) {
      tail = tail.then(
        () =>
          new Promise<void>((resolve) => {
            setTimeout(() => {
              try {
                change();
                updateView(updatedProperties);
              } finally {
                resolve();
              }
            }, delayMs);
          }),
      );
      return tail;
    },
    idle: () => tail,
  };
}
