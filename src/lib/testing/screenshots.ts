/**
 * Screenshots attached to a run: PNG, JPEG or WebP only, told apart by their first bytes. The type the uploader's
 * browser claims is never trusted: a text file named .png is refused, and a file is served with the type its bytes
 * prove.
 */
export const SCREENSHOT_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;
export type ScreenshotType = (typeof SCREENSHOT_TYPES)[number];

const ascii = (bytes: Uint8Array, from: number, to: number) =>
	bytes.length < to ? '' : String.fromCharCode(...bytes.subarray(from, to));

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The image type the bytes are, or null when they are none of the accepted ones. */
export function sniffScreenshot(bytes: Uint8Array): ScreenshotType | null {
	if (bytes.length >= 8 && PNG.every((b, i) => bytes[i] === b)) return 'image/png';
	if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
	if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'image/webp';
	return null;
}

/** A stored name that is safe to show and to put in a header: no path, no control characters, bounded. */
export function screenshotFilename(name: string, type: ScreenshotType): string {
	const base = (name.split(/[\\/]/).pop() ?? '')
		// eslint-disable-next-line no-control-regex
		.replace(/[\u0000-\u001f\u007f]/g, '')
		.trim()
		.slice(0, 120);
	if (base) return base;
	return `screenshot.${type === 'image/jpeg' ? 'jpg' : type.slice('image/'.length)}`;
}
