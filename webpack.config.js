// Merged by pcf-scripts into its own webpack configuration (featureconfig.json turns
// `pcfAllowCustomWebpack` on). Only the minifier is tuned: a third compress pass and
// side-effect-free property reads take about 180 B off the gzipped bundle.js
// (`npm run bench` prints the size). No `toplevel`: it would drop the global that
// pcf-scripts' registration stub reads.
module.exports = {
  optimization: {
    minimizeOptions: {
      javascript: {
        compress: { passes: 3, pure_getters: true },
      },
    },
  },
};
