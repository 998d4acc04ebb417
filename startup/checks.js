// Start-up checks for server.js: every mistake a newcomer makes on the way to the first page ends in one plain
// message naming what to do, and a non-zero exit, never a stack trace. Errors that are not such mistakes keep
// their stack: they are bugs to report.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Prints what is wrong and what to do, and exits non-zero. */
export function stop(problem, todo) {
	console.error(`[workbench] cannot start: ${problem}\n  ${todo}`);
	process.exit(1);
}

/** PORT must be a TCP port number; checked before the database is opened, so a typo costs no migration. */
export function checkPort(value) {
	const port = Number(value);
	if (!/^\d+$/.test(String(value).trim()) || port > 65535) {
		stop(
			`PORT=${value} is not a port number.`,
			'Set PORT to a number from 1 to 65535, e.g. PORT=3000 npm start.'
		);
	}
	return port;
}

/** ORIGIN, when set, is the public URL the app is reached at (adapter-node refuses anything else with a stack). */
export function checkOrigin(origin) {
	if (origin === undefined) return;
	let url = null;
	try {
		url = new URL(origin);
	} catch {
		// reported below
	}
	if (!url || !['http:', 'https:'].includes(url.protocol)) {
		stop(
			`ORIGIN=${origin} is not an http:// or https:// URL.`,
			'Set ORIGIN to the address users open, e.g. ORIGIN=https://crm-workbench.example.com, or leave it unset when serving directly.'
		);
	}
}

/**
 * Imports the built SvelteKit handler. Importing it runs the app's `init` hook (database, migrations, demo
 * seed); the app throws an error with code WORKBENCH_STARTUP for the mistakes an operator can fix.
 */
export async function loadHandler(url) {
	if (!existsSync(fileURLToPath(url))) {
		stop('the app is not built yet (no build/handler.js).', 'Run `npm run build` first, then `npm start`.');
	}
	checkOrigin(process.env.ORIGIN);
	try {
		return await import(url.href);
	} catch (e) {
		if (e && e.code === 'WORKBENCH_STARTUP') stop(e.message, e.hint);
		throw e;
	}
}

/** Explains why the server could not listen: the port is taken, reserved, or HOST is not this machine's. */
export function explainListenError(port, host) {
	return (e) => {
		const next = port === 65535 ? port - 1 : port + 1;
		if (e.code === 'EADDRINUSE') {
			stop(
				`port ${port} on ${host} is already in use by another program (perhaps a workbench already running).`,
				`Stop that program, or choose another port with the PORT variable: PORT=${next} npm start`
			);
		}
		if (e.code === 'EACCES') {
			stop(
				`this user may not listen on port ${port} of ${host}.`,
				`Choose a port above 1023 with the PORT variable: PORT=3000 npm start`
			);
		}
		if (e.code === 'EADDRNOTAVAIL' || e.code === 'ENOTFOUND') {
			stop(
				`HOST=${host} is not an address of this machine.`,
				'Set HOST to one of its addresses, e.g. HOST=127.0.0.1 (this machine only) or HOST=0.0.0.0 (every network).'
			);
		}
		throw e;
	};
}
