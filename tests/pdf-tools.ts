import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Reads a PDF the way a reader's tools do (poppler-utils): text, fonts, and pages rasterised. */
export function inspectPdf(bytes: Uint8Array) {
	const dir = mkdtempSync(join(tmpdir(), 'wb-pdf-'));
	const file = join(dir, 'doc.pdf');
	writeFileSync(file, bytes);
	const run = (cmd: string, args: string[]) =>
		execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
	try {
		const info = run('pdfinfo', [file]);
		run('pdftoppm', ['-png', '-r', '30', '-f', '1', '-l', '2', file, join(dir, 'page')]);
		return {
			text: run('pdftotext', ['-enc', 'UTF-8', file, '-']),
			fonts: run('pdffonts', [file]),
			pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0),
			title: /Title:\s+(.*)/.exec(info)?.[1]?.trim() ?? '',
			rasterised: readdirSync(dir).filter((f) => f.endsWith('.png')).length
		};
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/** Whether each needle appears after the previous one; white space is ignored (pdftotext drops it between CJK glyphs). */
export function inOrder(text: string, needles: string[]): boolean {
	const squash = (s: string) => s.replace(/\s+/g, '');
	const haystack = squash(text);
	let at = 0;
	for (const n of needles.map(squash)) {
		const i = haystack.indexOf(n, at);
		if (i < 0) return false;
		at = i + n.length;
	}
	return true;
}
