const noMutationsHere =
  "OrdersGrid has no mutations: webpack.config.js replaces react-query's MutationCache with OrdersGrid/query/noMutations.ts.";

/**
 * Takes the place of query-core's `mutationCache.mjs` in the bundle (webpack.config.js) and in the
 * unit tests (test/vitest.config.mts). OrdersGrid only reads; QueryClient's constructor still
 * builds a MutationCache, which pulls in the cache and the Mutation class: about 5 KB minified
 * that would never run. This class answers what QueryClient (react-query 4.44, pinned) asks of
 * its mutation cache: nothing is ever mutating, paused or cached. A mutation observer (useMutation)
 * or a mutation (hydrate) fails loudly rather than doing nothing.
 */
export class MutationCache {
  build(): never {
    throw new Error(noMutationsHere);
  }

  notify(): never {
    throw new Error(noMutationsHere);
  }

  getAll(): [] {
    return [];
  }

  findAll(): [] {
    return [];
  }

  find(): undefined {
    return undefined;
  }

  resumePausedMutations(): Promise<void> {
    return Promise.resolve();
  }

  subscribe(): () => void {
    return () => undefined;
  }

  clear(): void {
    // Nothing to clear: no mutation is ever cached.
  }
}
