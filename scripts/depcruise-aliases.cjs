// SvelteKit's $lib alias for dependency-cruiser, which reads aliases from a webpack-style resolve block.
const { resolve } = require('node:path');

module.exports = { resolve: { alias: { $lib: resolve(__dirname, '../src/lib') } } };
