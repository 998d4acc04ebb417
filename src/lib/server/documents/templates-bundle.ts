import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The document templates' entry: pure TypeScript under src/lib/templates, found from the working directory. */
export const templatesEntry = () =>
	join(process.cwd(), 'src', 'lib', 'templates', 'documents', 'registry.ts');

let bundled: Promise<string> | null = null;

/**
 * The document templates as one plain ES module the PDF workers can import, so a document is built from its
 * data in the worker and never as a whole definition on the server's thread. Bundled once per process with
 * esbuild (already installed with tsx and Vite), into a private temporary folder.
 */
export function templatesBundle(): Promise<string> {
	bundled ??= (async () => {
		// Required from the project at run time, so Vite never bundles esbuild (a native binary) into the server build.
		const { build } = createRequire(join(process.cwd(), 'package.json'))(
			'esbuild'
		) as typeof import('esbuild');
		const outfile = join(mkdtempSync(join(tmpdir(), 'workbench-templates-')), 'templates.mjs');
		await build({
			entryPoints: [templatesEntry()],
			bundle: true,
			format: 'esm',
			platform: 'node',
			target: 'node20',
			outfile,
			logLevel: 'silent'
		});
		return pathToFileURL(outfile).href;
	})().catch((e: unknown) => {
		bundled = null;
		throw e;
	});
	return bundled;
}
