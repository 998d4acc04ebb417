// `npm run screenshot:readme`: retakes docs/dashboard.png, the README's picture of the demo. Starts the built
// server on a throw-away SQLite database with the demo seed (as a user's first `npm start`), logs in as the
// demo 甲方 PM and photographs the project dashboard at 1440×900 in Debian's Chromium.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const OUT = join(ROOT, 'docs/dashboard.png');
const LOGIN = { email: 'pm.client@demo.example.com', password: 'demo-workbench-2026' };
// The flags of playwright.config.ts: headless, and quiet on a machine without a network.
const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];

if (!existsSync(join(ROOT, 'build/handler.js'))) {
	console.error('[screenshot] the app is not built: run `npm run build` first.');
	process.exit(1);
}

async function freePort() {
	const probe = createServer();
	await new Promise((r) => probe.listen(0, '127.0.0.1', r));
	const { port } = probe.address();
	await new Promise((r) => probe.close(r));
	return port;
}

const dir = mkdtempSync(join(tmpdir(), 'wb-screenshot-'));
const port = await freePort();
const env = {
	...process.env,
	PORT: String(port),
	HOST: '127.0.0.1',
	DATABASE_URL: join(dir, 'workbench.db'),
	DEMO_SEED: 'true'
};
delete env.ORIGIN;
const server = spawn(process.execPath, ['server.js'], {
	cwd: ROOT,
	env,
	stdio: ['ignore', 'pipe', 'inherit']
});
let browser;
try {
	await new Promise((resolve, reject) => {
		let out = '';
		server.stdout.on('data', (d) => {
			out += d;
			if (out.includes('Listening on')) resolve();
		});
		server.once('exit', (code) => reject(new Error(`server exited (${code}) before listening:\n${out}`)));
	});
	browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
		args: CHROMIUM_ARGS
	});
	const page = await browser.newPage({
		viewport: { width: 1440, height: 900 },
		locale: 'zh-CN',
		deviceScaleFactor: 1
	});
	const base = `http://127.0.0.1:${port}`;
	await page.goto(`${base}/login`);
	await page.getByLabel('邮箱').fill(LOGIN.email);
	await page.getByLabel('密码').fill(LOGIN.password);
	await page.getByRole('button', { name: '登录' }).click();
	await page.getByRole('heading', { name: '我的项目' }).waitFor();
	await page
		.getByRole('link', { name: /华信家居 CRM 实施项目/ })
		.first()
		.click();
	await page.waitForURL(/\/projects\/[^/]+\/?$/);
	await page.waitForLoadState('networkidle');
	await page.evaluate(() => document.fonts.ready);
	mkdirSync(join(ROOT, 'docs'), { recursive: true });
	await page.screenshot({ path: OUT });
	console.log(`[screenshot] ${OUT.slice(ROOT.length)}: ${await page.title()} (${LOGIN.email}, 1440×900)`);
} finally {
	await browser?.close();
	server.kill('SIGTERM');
	rmSync(dir, { recursive: true, force: true });
}
