// Starts the built app. Defaults to loopback so a laptop install is not exposed on the network.
import './startup/node-version.cjs'; // first: turns an old Node away before anything else runs
import { createServer } from 'node:http';
import { securityHeaders } from './startup/security-headers.js';
import { gzipDynamic } from './startup/compress.js';
import { checkPort, explainListenError, loadHandler } from './startup/checks.js';

// Defaults by plain assignment (not ??=), so that a Node too old for ??= still parses this file and gets
// startup/node-version.cjs's message instead of a SyntaxError.
function setDefault(name, value) {
	if (process.env[name] === undefined) process.env[name] = value;
	return process.env[name];
}
const host = setDefault('HOST', '127.0.0.1');
const port = checkPort(setDefault('PORT', '3000'));
setDefault('BODY_SIZE_LIMIT', '25M');

// Without ORIGIN, adapter-node assumes https and SvelteKit's CSRF check then refuses every form posted over
// plain http. Serving directly (no TLS proxy in front), the true protocol is http and the browser's Host
// header names the address it used, so we tell the adapter exactly that. Behind a TLS proxy, set ORIGIN.
const PROTO_HEADER = 'x-workbench-direct-proto';
if (!process.env.ORIGIN) {
	process.env.PROTOCOL_HEADER = PROTO_HEADER;
	setDefault('HOST_HEADER', 'host');
}

const { handler } = await loadHandler(new URL('./build/handler.js', import.meta.url));
// The adapter answers /_app and static files before any hook runs: they get the security headers here.
const headers = securityHeaders({
	https: new URL(process.env.ORIGIN || 'http://localhost').protocol === 'https:'
});

const server = createServer((req, res) => {
	// Overwrite whatever a client sent: the protocol is a fact of this connection, not a claim.
	if (!process.env.ORIGIN) req.headers[PROTO_HEADER] = 'http';
	for (const [name, value] of headers) res.setHeader(name, value);
	gzipDynamic(req, res);
	handler(req, res, () => {
		res.statusCode = 404;
		res.end('Not found');
	});
});

server.on('error', explainListenError(port, host));
server.listen(port, host, () => console.log(`Listening on http://${host}:${port}`));

const shutdown = () => server.close(() => process.exit(0));
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
