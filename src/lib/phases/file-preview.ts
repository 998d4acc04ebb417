// Which stored deliverable files a browser may show inside the workbench, and how to tell one is what it claims.

/** Raster images and PDFs only: they cannot run the workbench's script. SVG and HTML are never shown inline. */
const PREVIEWABLE = {
	'application/pdf': 'pdf',
	'image/png': 'image',
	'image/jpeg': 'image',
	'image/gif': 'image',
	'image/webp': 'image'
} as const;

export type PreviewKind = (typeof PREVIEWABLE)[keyof typeof PREVIEWABLE];

/** How a file of this declared media type is previewed in the page, or null when it can only be downloaded. */
export function previewKind(mediaType: string): PreviewKind | null {
	const type = mediaType.split(';')[0].trim().toLowerCase();
	return (PREVIEWABLE as Record<string, PreviewKind>)[type] ?? null;
}

const ascii = (bytes: Uint8Array, from: number, to: number) =>
	String.fromCharCode(...bytes.subarray(from, Math.min(to, bytes.length)));

/**
 * Whether the file's first bytes are those of its declared type: the uploader's browser names the type, so a
 * page labelled image/png is not trusted to be one. Only a file that passes is served inline.
 */
export function matchesSignature(mediaType: string, bytes: Uint8Array): boolean {
	switch (mediaType.split(';')[0].trim().toLowerCase()) {
		case 'application/pdf':
			return ascii(bytes, 0, 5) === '%PDF-';
		case 'image/png':
			return bytes.length > 8 && bytes[0] === 0x89 && ascii(bytes, 1, 4) === 'PNG';
		case 'image/jpeg':
			return bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
		case 'image/gif':
			return ascii(bytes, 0, 4) === 'GIF8';
		case 'image/webp':
			return ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP';
		default:
			return false;
	}
}
