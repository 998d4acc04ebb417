// `npm run lighthouse`: Lighthouse (12.8.x) in Debian's Chromium on the dashboard, the Gantt, the RACI matrix and a
// reviewer's deliverable page, each as a phone (Lighthouse's mobile defaults) and a desktop, against a running
// built server with the demo project (`npm run build && npm start`). Logs in as a demo account, prints the
// scores and exits 1 when any page is under the thresholds. Needs no network beyond the server.
//   npm run lighthouse -- [--base http://127.0.0.1:3000] [--account lead.client] [--only raci,gantt]
//                         [--runs 1] [--out dir]   (--out keeps each report as JSON)
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { launch } from 'chrome-launcher';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const THRESHOLDS = { performance: 90, accessibility: 95, 'best-practices': 95 };
const CATEGORIES = Object.keys(THRESHOLDS);
const PASSWORD = 'demo-workbench-2026';
// The flags of playwright.config.ts: headless, and quiet on a machine without a network.
const CHROMIUM_FLAGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];

const arg = (name, fallback) => {
	const i = process.argv.indexOf(`--${name}`);
	return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const base = arg('base', process.env.LIGHTHOUSE_BASE ?? 'http://127.0.0.1:3000').replace(/\/$/, '');
const account = arg('account', 'lead.client');
const email = account.includes('@') ? account : `${account}@demo.example.com`;
const only = arg('only', '').split(',').filter(Boolean);
const runs = Math.max(1, Number(arg('runs', '1')) || 1);
const out = arg('out', '');

async function login() {
	const res = await fetch(`${base}/login`, {
		method: 'POST',
		headers: {
			origin: base,
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded'
		},
		body: new URLSearchParams({ email, password: PASSWORD }),
		redirect: 'manual'
	}).catch((error) => {
		throw new Error(`no server answers at ${base} (${error.cause?.code ?? error.message}): start it first`);
	});
	const cookie = res.headers
		.getSetCookie()
		.map((c) => c.split(';')[0])
		.filter((c) => /session/i.test(c))
		.join('; ');
	if (res.status !== 303 || !cookie) throw new Error(`login as ${email} failed (HTTP ${res.status})`);
	return cookie;
}

async function html(path, cookie) {
	const res = await fetch(`${base}${path}`, { headers: { cookie, accept: 'text/html' } });
	if (!res.ok) throw new Error(`GET ${path}: HTTP ${res.status}`);
	return res.text();
}

/** The pages to audit: the demo project's, and the deliverable this account is asked to review first. */
async function pages(cookie) {
	const projects = await html('/projects', cookie);
	const project = /href="(\/projects\/(?!new")[^"/]+)"/.exec(projects)?.[1];
	if (!project) throw new Error(`${email} sees no project`);
	const deliverable = new RegExp(`href="(${project}/deliverables/[^"/?#]+)"`);
	const review =
		deliverable.exec(await html('/queue', cookie))?.[1] ??
		deliverable.exec(await html(`${project}/deliverables`, cookie))?.[1];
	if (!review) throw new Error('the demo project has no deliverable');
	const all = [
		['dashboard', project],
		['gantt', `${project}/gantt`],
		['raci', `${project}/raci`],
		['deliverable', review]
	];
	return all.filter(([name]) => !only.length || only.includes(name));
}

const median = (values) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor((sorted.length - 1) / 2)];
};

const cookie = await login();
const targets = await pages(cookie);
if (out) mkdirSync(out, { recursive: true });
const chrome = await launch({
	chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	chromeFlags: CHROMIUM_FLAGS,
	logLevel: 'silent'
});
const rows = [];
try {
	for (const [name, path] of targets) {
		for (const formFactor of ['mobile', 'desktop']) {
			const scores = Object.fromEntries(CATEGORIES.map((c) => [c, []]));
			const failing = new Set();
			for (let run = 0; run < runs; run++) {
				const result = await lighthouse(
					`${base}${path}`,
					{
						port: chrome.port,
						output: 'json',
						logLevel: 'error',
						onlyCategories: CATEGORIES,
						extraHeaders: { Cookie: cookie }
					},
					formFactor === 'desktop' ? desktopConfig : undefined
				);
				if (!result) throw new Error(`Lighthouse gave no result for ${path}`);
				const { lhr } = result;
				if (lhr.runtimeError) throw new Error(`${path}: ${lhr.runtimeError.message}`);
				if (out) writeFileSync(join(out, `${name}-${formFactor}-${run + 1}.json`), result.report);
				for (const c of CATEGORIES) {
					scores[c].push(Math.round((lhr.categories[c].score ?? 0) * 100));
					// What cost points, so a failing row says where to look.
					for (const ref of lhr.categories[c].auditRefs) {
						const audit = lhr.audits[ref.id];
						if (ref.weight > 0 && audit.score !== null && audit.score < 0.9) failing.add(ref.id);
					}
				}
			}
			const row = { page: name, formFactor, path };
			for (const c of CATEGORIES) row[c] = median(scores[c]);
			row.below = CATEGORIES.filter((c) => row[c] < THRESHOLDS[c]);
			row.failing = [...failing];
			rows.push(row);
			console.log(
				`${name.padEnd(12)} ${formFactor.padEnd(8)} ${CATEGORIES.map((c) => `${c} ${row[c]}`).join('  ')}` +
					(row.failing.length ? `  (under 90: ${row.failing.join(', ')})` : '')
			);
		}
	}
} finally {
	chrome.kill();
}

console.log(`\n| page | form factor | ${CATEGORIES.join(' | ')} |`);
console.log(`| --- | --- | ${CATEGORIES.map(() => '---:').join(' | ')} |`);
for (const row of rows)
	console.log(
		`| ${row.page} | ${row.formFactor} | ${CATEGORIES.map((c) => (row.below.includes(c) ? `**${row[c]}**` : row[c])).join(' | ')} |`
	);
const below = rows.filter((r) => r.below.length);
console.log(
	`\nthresholds: ${CATEGORIES.map((c) => `${c} ≥ ${THRESHOLDS[c]}`).join(', ')}; ${runs} run(s) a page, median; account ${email}`
);
if (below.length) {
	console.error(
		`${below.length} of ${rows.length} audits under the thresholds: ${below.map((r) => `${r.page}/${r.formFactor} (${r.below.join(', ')})`).join('; ')}`
	);
	process.exit(1);
}
