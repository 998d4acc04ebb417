// PDF rendering off the request path: one of these runs per worker thread. Fonts are read and parsed once,
// when the worker starts; each message is one document definition (JSON) to lay out and write.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parentPort } from 'node:worker_threads';
import * as fontkit from 'fontkit';
import pdfmake from 'pdfmake';
import { TABLE_LAYOUTS, fallbackText, keepHeadingWithNext, mapText, pageFunctions } from './pdf-frame.mjs';

const require = createRequire(import.meta.url);
const FONTS = {
	regular: require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'),
	bold: require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf')
};

// Each font is kept in pdfmake's virtual file system under its real path: pdfmake's text reads it from there,
// while the SVG renderer (svg-to-pdfkit) is handed the same name and PDFKit opens it from disk. Under any other
// name, text inside a process diagram would print in whatever font was set last.
const regular = readFileSync(FONTS.regular);
pdfmake.virtualfs.writeFileSync(FONTS.regular, regular);
pdfmake.virtualfs.writeFileSync(FONTS.bold, readFileSync(FONTS.bold));
pdfmake.addFonts({
	NotoSansSC: {
		normal: FONTS.regular,
		bold: FONTS.bold,
		italics: FONTS.regular,
		bolditalics: FONTS.bold
	}
});
pdfmake.addTableLayouts(TABLE_LAYOUTS);
// Definitions come from our templates, never from users, but nothing should make pdfmake fetch or read files.
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy(() => false);

/**
 * Emoji and symbols Noto Sans SC lacks print in Symbola (Debian's fonts-symbola: monochrome outlines, which
 * pdfkit can embed; colour bitmap emoji fonts it cannot). Without the file they print as □, never as a crash.
 */
export const FALLBACK_FONT_PATH =
	process.env.PDF_FALLBACK_FONT ?? '/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf';
const FALLBACK = 'Fallback';

const charset = new Set(/** @type {any} */ (fontkit.create(regular)).characterSet);
/** @type {{ font: string, has: (cp: number) => boolean } | null} */
let fallback = null;
if (existsSync(FALLBACK_FONT_PATH)) {
	const bytes = readFileSync(FALLBACK_FONT_PATH);
	const fallbackSet = new Set(/** @type {any} */ (fontkit.create(bytes)).characterSet);
	pdfmake.virtualfs.writeFileSync(FALLBACK_FONT_PATH, bytes);
	pdfmake.addFonts({
		[FALLBACK]: {
			normal: FALLBACK_FONT_PATH,
			bold: FALLBACK_FONT_PATH,
			italics: FALLBACK_FONT_PATH,
			bolditalics: FALLBACK_FONT_PATH
		}
	});
	fallback = { font: FALLBACK, has: (cp) => fallbackSet.has(cp) };
}
const fix = fallbackText((cp) => charset.has(cp), fallback);

/** @param {{ definition: Record<string, unknown>, frame: any }} spec */
export async function render(spec, onProgress = (/** @type {number} */ _v) => {}) {
	const definition = /** @type {Record<string, unknown>} */ (mapText(spec.definition, fix));
	let last = 0;
	pdfmake.setProgressCallback((/** @type {number} */ v) => {
		if (v - last >= 0.05 || v === 1) onProgress((last = v));
	});
	// Only where asked: pdfmake measures every node's neighbours once a pageBreakBefore is given.
	const breaks = spec.frame.keepHeadingsWithNext ? { pageBreakBefore: keepHeadingWithNext } : {};
	const buffer = await pdfmake
		.createPdf({ ...definition, ...pageFunctions(spec.frame), ...breaks })
		.getBuffer();
	return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/** @type {Map<string, Promise<{ buildDocument: (kind: string, data: unknown, lang: string) => any }>>} */
const templates = new Map();

/**
 * The definition to render: given, or built here from the document's data with the bundled templates, so the
 * server's thread never holds or copies a large definition.
 * @param {{ spec?: any, build?: { kind: string, data: unknown, lang: string, templates: string } }} work
 */
async function specOf(work) {
	if (work.spec) return work.spec;
	const build = /** @type {NonNullable<typeof work.build>} */ (work.build);
	if (!templates.has(build.templates)) templates.set(build.templates, import(build.templates));
	const { buildDocument } = await /** @type {Promise<any>} */ (templates.get(build.templates));
	return buildDocument(build.kind, build.data, build.lang);
}

parentPort?.on('message', async (/** @type {{ id: number, spec?: any, build?: any }} */ { id, ...work }) => {
	try {
		parentPort?.postMessage({ id, type: 'stage', stage: 'layout' });
		const spec = await specOf(work);
		const bytes = await render(spec, (value) => parentPort?.postMessage({ id, type: 'progress', value }));
		const copy = bytes.slice();
		parentPort?.postMessage({ id, type: 'done', bytes: copy }, [copy.buffer]);
	} catch (e) {
		parentPort?.postMessage({ id, type: 'error', message: e instanceof Error ? e.message : String(e) });
	}
});
parentPort?.postMessage({ type: 'ready' });
