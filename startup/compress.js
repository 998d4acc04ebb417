// Gzips the app's HTML and JSON answers for clients that accept it (the adapter already serves /_app files
// precompressed): a 400 kB matrix page travels as about 30 kB. Each chunk is flushed as it comes, so a page
// that streams its data keeps streaming.
import { constants, createGzip } from 'node:zlib';

const COMPRESSIBLE = /^(text\/html|application\/json)\b/i;

/** Call before the handler writes anything; it decides at writeHead time from the response's own headers. */
export function gzipDynamic(req, res) {
	if (req.method === 'HEAD' || !/\bgzip\b/i.test(String(req.headers['accept-encoding'] ?? ''))) return;
	const writeHead = res.writeHead;
	res.writeHead = function (status, ...rest) {
		const type = String(res.getHeader('content-type') ?? '');
		const compress =
			rest.length === 0 &&
			status >= 200 &&
			status !== 204 &&
			status !== 304 &&
			COMPRESSIBLE.test(type) &&
			!res.getHeader('content-encoding');
		if (compress) pipeThroughGzip(res);
		return writeHead.call(this, status, ...rest);
	};
}

function pipeThroughGzip(res) {
	const vary = res.getHeader('vary');
	res.setHeader('vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
	res.setHeader('content-encoding', 'gzip');
	res.removeHeader('content-length');
	const write = res.write.bind(res);
	const end = res.end.bind(res);
	const gzip = createGzip({ flush: constants.Z_SYNC_FLUSH });
	gzip.on('data', (chunk) => write(chunk));
	gzip.on('end', () => end());
	gzip.on('error', (error) => res.destroy(error));
	res.write = (chunk, encoding, callback) => {
		gzip.write(chunk, encoding, callback);
		return true;
	};
	res.end = (chunk, encoding, callback) => {
		if (typeof chunk === 'function') [chunk, callback] = [undefined, chunk];
		else if (typeof encoding === 'function') [encoding, callback] = [undefined, encoding];
		if (callback) res.once('finish', callback);
		if (chunk !== undefined && chunk !== null) gzip.end(chunk, encoding);
		else gzip.end();
		return res;
	};
}
