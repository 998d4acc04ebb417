// Starts the built app. Defaults to loopback so a laptop install is not exposed on the network.
process.env.HOST ??= '127.0.0.1';
process.env.PORT ??= '3000';
process.env.BODY_SIZE_LIMIT ??= '25M';
await import('./build/index.js');
