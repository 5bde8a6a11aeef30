// Merged by pcf-scripts into its own webpack configuration (featureconfig.json turns
// `pcfAllowCustomWebpack` on; webpack-merge appends `plugins` to pcf-scripts' own).
// The minifier: a third compress pass and side-effect-free property reads take about 180 B off
// the gzipped bundle.js (`npm run bench` prints the size). No `toplevel`: it would drop the
// global that pcf-scripts' registration stub reads.
const path = require("path");

// OrdersGrid never mutates, but react-query's QueryClient constructor always builds a
// MutationCache, which brings the mutation cache and the Mutation class (about 5 KB minified,
// 0.8 KB gzip) into the bundle. query-core's own import of it is pointed at a stand-in that
// answers QueryClient's calls and throws if a mutation is ever built. react-query is pinned in
// package.json; test/unit/query/noMutations.test.ts checks the stand-in against the real client,
// and test/vitest.config.mts makes the same swap so every unit test runs what the bundle runs.
const noMutations = path.resolve(__dirname, "OrdersGrid/query/noMutations.ts");
const replaceMutationCache = {
  apply(compiler) {
    new compiler.webpack.NormalModuleReplacementPlugin(/^\.\/mutationCache\.mjs$/, (resource) => {
      if (/[\\/]@tanstack[\\/]query-core[\\/]/.test(resource.context)) resource.request = noMutations;
    }).apply(compiler);
  },
};

module.exports = {
  plugins: [replaceMutationCache],
  optimization: {
    minimizeOptions: {
      javascript: {
        compress: { passes: 3, pure_getters: true },
      },
    },
  },
};
