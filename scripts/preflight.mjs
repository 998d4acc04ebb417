// Before any test runs (`npm test` runs this as `pretest`; .ci/run calls it too): checks for every system tool
// the tests use. As root with apt-get (CI, these machines) it installs what is missing, saying what; otherwise
// it stops at once with the exact command to run. It never lets a test be skipped for want of a tool.
//
//   node scripts/preflight.mjs [--postgresql]     --postgresql: also a PostgreSQL server (what .ci/run starts)
//   PREFLIGHT_NO_INSTALL=1                         never install, only report
import '../startup/node-version.cjs';
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;

function onPath(command) {
	for (const dir of (process.env.PATH ?? '').split(delimiter)) {
		if (!dir) continue;
		try {
			accessSync(join(dir, command), constants.X_OK);
			return true;
		} catch {
			// not in this directory
		}
	}
	return false;
}

function executable(file) {
	try {
		accessSync(file, constants.X_OK);
		return true;
	} catch {
		return false;
	}
}

/** The font Chromium draws Chinese with in the browser tests (without it, CJK text renders as boxes). */
function chineseFont() {
	if (!onPath('fc-list')) return existsSync('/usr/share/fonts/truetype/wqy/wqy-microhei.ttc');
	return spawnSync('fc-list', ['-q', 'WenQuanYi Micro Hei'], { stdio: 'ignore' }).status === 0;
}

function postgresServer() {
	try {
		return readdirSync('/usr/lib/postgresql').some((v) => existsSync(`/usr/lib/postgresql/${v}/bin/initdb`));
	} catch {
		return false;
	}
}

const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const SYMBOLA = '/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf';
const POPPLER = ['pdftotext', 'pdffonts', 'pdfinfo', 'pdftoppm'];

/** Debian package → what it provides and whether it is there. */
const NEEDS = [
	{
		pkg: 'chromium',
		what: `Chromium at ${chromiumPath} (browser tests; CHROMIUM_PATH names another)`,
		present: () => executable(chromiumPath)
	},
	{
		pkg: 'fonts-wqy-microhei',
		what: 'the Chinese font WenQuanYi Micro Hei, found by fc-list (browser tests)',
		present: chineseFont
	},
	{
		pkg: 'fonts-symbola',
		what: 'Symbola, the PDF fallback font for emoji and symbols (workers/pdf-render.mjs; PDF tests)',
		present: () => existsSync(process.env.PDF_FALLBACK_FONT || SYMBOLA)
	},
	{ pkg: 'poppler-utils', what: `${POPPLER.join(', ')} (PDF tests)`, present: () => POPPLER.every(onPath) },
	{ pkg: 'libxml2-utils', what: 'xmllint (MS Project XML tests)', present: () => onPath('xmllint') }
];
if (process.argv.includes('--postgresql')) {
	NEEDS.push({
		pkg: 'postgresql',
		what: 'a PostgreSQL server (.ci/run starts one for the repository tests)',
		present: postgresServer
	});
}

function say(line) {
	console.error(`[preflight] ${line}`);
}

if (!existsSync(join(ROOT, 'node_modules/.package-lock.json'))) {
	say('the npm packages are not installed. Run `npm install`, then `npm test` again.');
	process.exit(1);
}

const missing = () => NEEDS.filter((n) => !n.present());
let lacking = missing();
if (lacking.length === 0) process.exit(0);

const packages = lacking.map((n) => n.pkg);
const isRoot = process.getuid?.() === 0;
const canInstall =
	isRoot && onPath('apt-get') && !/^(1|true|yes)$/i.test(process.env.PREFLIGHT_NO_INSTALL ?? '');

if (canInstall) {
	say(`installing ${packages.join(' ')} with apt-get (for: ${lacking.map((n) => n.what).join('; ')})`);
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	for (const args of [
		['update', '-qq'],
		['install', '-y', '-qq', ...packages]
	]) {
		const run = spawnSync('apt-get', args, { env, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
		if (run.status !== 0) {
			say(`apt-get ${args.join(' ')} failed (exit ${run.status ?? run.signal}):`);
			console.error((run.stderr ?? '').trim().split('\n').slice(-15).join('\n'));
			say(`fix the above, then run: apt-get update && apt-get install -y ${packages.join(' ')}`);
			process.exit(1);
		}
	}
	lacking = missing();
	if (lacking.length === 0) {
		say('installed.');
		process.exit(0);
	}
	say(`still missing after apt-get install: ${lacking.map((n) => n.what).join('; ')}`);
	process.exit(1);
}

say('the tests need system tools that are missing:');
for (const n of lacking) console.error(`  ${n.pkg.padEnd(20)} ${n.what}`);
const sudo = isRoot ? '' : 'sudo ';
console.error(
	`Install them, then run \`npm test\` again:\n  ${sudo}apt-get update && ${sudo}apt-get install -y ${packages.join(' ')}`
);
if (!onPath('apt-get')) {
	console.error(
		'  (Debian/Ubuntu package names; on another system install the same tools, and set CHROMIUM_PATH to Chromium.)'
	);
}
process.exit(1);
