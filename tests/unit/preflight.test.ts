// scripts/preflight.mjs, which `npm test` and .ci/run run before any test: a missing tool stops the run at
// once with the command that installs it (or, as root with apt-get, is installed), never skipped.
import { spawnSync } from 'node:child_process';
import {
	chmodSync,
	existsSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	symlinkSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const SCRIPT = join(process.cwd(), 'scripts/preflight.mjs');

function preflight(env: Record<string, string>, args: string[] = []) {
	const started = Date.now();
	const run = spawnSync(process.execPath, [SCRIPT, ...args], {
		env: { ...process.env, ...env },
		encoding: 'utf8',
		timeout: 20_000
	});
	return { code: run.status, stderr: run.stderr, ms: Date.now() - started };
}

describe('preflight', () => {
	let bin: string;
	beforeEach(() => {
		// A PATH with node and nothing else: no poppler-utils, no xmllint, no fc-list.
		bin = mkdtempSync(join(tmpdir(), 'wb-preflight-'));
		symlinkSync(process.execPath, join(bin, 'node'));
	});
	afterEach(() => rmSync(bin, { recursive: true, force: true }));

	it('passes at once when every tool is there', () => {
		const run = preflight({});
		expect(run.code, run.stderr).toBe(0);
		expect(run.stderr).toBe('');
		expect(run.ms).toBeLessThan(5_000);
	});

	it('stops within seconds with the exact apt-get command when tools are missing and installing is forbidden', () => {
		const run = preflight({ PATH: bin, PREFLIGHT_NO_INSTALL: '1', CHROMIUM_PATH: join(bin, 'no-chromium') });
		expect(run.code).toBe(1);
		expect(run.ms).toBeLessThan(5_000);
		for (const pkg of ['chromium', 'poppler-utils', 'libxml2-utils']) expect(run.stderr).toContain(pkg);
		expect(run.stderr).toContain('pdftotext');
		expect(run.stderr).toContain('xmllint');
		const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
		expect(run.stderr).toMatch(
			new RegExp(
				`${sudo}apt-get update && ${sudo}apt-get install -y chromium (fonts-wqy-microhei )?(fonts-symbola )?poppler-utils libxml2-utils\\n`
			)
		);
	});

	it('asks for the PDF fallback font (fonts-symbola) when its file is missing', () => {
		const run = preflight({ PREFLIGHT_NO_INSTALL: '1', PDF_FALLBACK_FONT: join(bin, 'no-symbola.ttf') });
		expect(run.code).toBe(1);
		expect(run.stderr).toMatch(/apt-get install -y fonts-symbola\n/);
	});

	it('names only what is missing', () => {
		const run = preflight({ PREFLIGHT_NO_INSTALL: '1', CHROMIUM_PATH: join(bin, 'no-chromium') });
		expect(run.code).toBe(1);
		expect(run.stderr).toMatch(/apt-get install -y chromium\n/);
		expect(run.stderr).not.toContain('poppler-utils');
	});

	it('installs what is missing with apt-get where it may (root), saying what', () => {
		// A stand-in apt-get that logs its arguments and "installs" Chromium where CHROMIUM_PATH points.
		const chromium = join(bin, 'chromium');
		writeFileSync(
			join(bin, 'apt-get'),
			`#!/bin/sh\necho "$@" >> "${bin}/apt-get.log"\ncase "$1" in install) printf '#!/bin/sh\\n' > "${chromium}"; chmod +x "${chromium}";; esac\n`
		);
		chmodSync(join(bin, 'apt-get'), 0o755);
		const run = preflight({ PATH: `${bin}:${process.env.PATH}`, CHROMIUM_PATH: chromium });
		if (process.getuid?.() === 0) {
			expect(run.code, run.stderr).toBe(0);
			expect(run.stderr).toContain('installing chromium with apt-get');
			expect(run.stderr).toContain('installed.');
			expect(readFileSync(join(bin, 'apt-get.log'), 'utf8')).toBe('update -qq\ninstall -y -qq chromium\n');
		} else {
			// Without root it does not try, and tells the command instead.
			expect(run.code).toBe(1);
			expect(existsSync(join(bin, 'apt-get.log'))).toBe(false);
			expect(run.stderr).toContain('sudo apt-get install -y chromium');
		}
	});

	it('checks for a PostgreSQL server only when asked (.ci/run)', () => {
		const run = preflight({ PATH: bin, PREFLIGHT_NO_INSTALL: '1' }, ['--postgresql']);
		const hasPostgres =
			spawnSync('sh', ['-c', 'ls /usr/lib/postgresql/*/bin/initdb'], { stdio: 'ignore' }).status === 0;
		expect(run.stderr.includes('postgresql ')).toBe(!hasPostgres);
		expect(preflight({ PATH: bin, PREFLIGHT_NO_INSTALL: '1' }).stderr).not.toContain('postgresql ');
	});
});
