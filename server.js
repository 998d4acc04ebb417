// Starts the built app. Defaults to loopback so a laptop install is not exposed on the network.
import { createServer } from 'node:http';
import { securityHeaders } from './src/lib/server/http/security-headers.js';

const host = (process.env.HOST ??= '127.0.0.1');
const port = Number((process.env.PORT ??= '3000'));
process.env.BODY_SIZE_LIMIT ??= '25M';

// Without ORIGIN, adapter-node assumes https and SvelteKit's CSRF check then refuses every form posted over
// plain http. Serving directly (no TLS proxy in front), the true protocol is http and the browser's Host
// header names the address it used, so we tell the adapter exactly that. Behind a TLS proxy, set ORIGIN.
const PROTO_HEADER = 'x-workbench-direct-proto';
if (!process.env.ORIGIN) {
	process.env.PROTOCOL_HEADER = PROTO_HEADER;
	process.env.HOST_HEADER ??= 'host';
}

const { handler } = await import('./build/handler.js');
// The adapter answers /_app and static files before any hook runs: they get the security headers here.
const headers = securityHeaders({ https: new URL(process.env.ORIGIN ?? 'http://localhost').protocol === 'https:' });

const server = createServer((req, res) => {
	// Overwrite whatever a client sent: the protocol is a fact of this connection, not a claim.
	if (!process.env.ORIGIN) req.headers[PROTO_HEADER] = 'http';
	for (const [name, value] of headers) res.setHeader(name, value);
	handler(req, res, () => {
		res.statusCode = 404;
		res.end('Not found');
	});
});

server.listen(port, host, () => console.log(`Listening on http://${host}:${port}`));

const shutdown = () => server.close(() => process.exit(0));
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
