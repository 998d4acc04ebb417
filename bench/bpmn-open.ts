import { chromium, type Page } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDatabase, migrateToLatest } from '../src/lib/server/db/index';
import { newId, nowIso } from '../src/lib/server/ids';
import { saveProcessDiagram } from '../src/lib/server/services/process-diagrams';
import { seedDemo } from '../src/lib/server/demo/index';
import { measureReported, report, type Figure } from './measure';
import { startServer, waitFor } from './signoff-load';

const TODAY = '2026-11-27';
const RUNS = 7;
const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];

/**
 * A laid-out BPMN 2.0 diagram of `tasks` tasks in a chain from a start to an end event, in rows of 14, with
 * DI for every shape and flow: tasks + 2 events + tasks + 1 flows + the process = 2 × tasks + 4 elements.
 */
export function chainDiagram(tasks: number): string {
	const nodes = [
		{ id: 'Start', tag: 'startEvent', w: 36, h: 36 },
		...Array.from({ length: tasks }, (_, i) => ({ id: `Task_${i + 1}`, tag: 'task', w: 100, h: 80 })),
		{ id: 'End', tag: 'endEvent', w: 36, h: 36 }
	].map((n, i) => {
		const col = i % 14;
		const row = Math.floor(i / 14);
		return {
			...n,
			x: 160 + col * 150 + (100 - n.w) / 2,
			y: 100 + row * 140 + (80 - n.h) / 2,
			name: `步骤 ${i}`
		};
	});
	const flows = nodes.slice(1).map((to, i) => ({ id: `Flow_${i + 1}`, from: nodes[i], to }));
	const semantic = [
		...nodes.map((n) => `<bpmn:${n.tag} id="${n.id}" name="${n.name}" />`),
		...flows.map((f) => `<bpmn:sequenceFlow id="${f.id}" sourceRef="${f.from.id}" targetRef="${f.to.id}" />`)
	].join('');
	const shapes = nodes
		.map(
			(n) =>
				`<bpmndi:BPMNShape id="${n.id}_di" bpmnElement="${n.id}"><dc:Bounds x="${n.x}" y="${n.y}" width="${n.w}" height="${n.h}" /></bpmndi:BPMNShape>`
		)
		.join('');
	const edges = flows
		.map(
			(f) =>
				`<bpmndi:BPMNEdge id="${f.id}_di" bpmnElement="${f.id}"><di:waypoint x="${f.from.x + f.from.w}" y="${f.from.y + f.from.h / 2}" /><di:waypoint x="${f.to.x}" y="${f.to.y + f.to.h / 2}" /></bpmndi:BPMNEdge>`
		)
		.join('');
	return `<?xml version="1.0" encoding="UTF-8"?><bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" id="Bench" targetNamespace="http://bpmn.io/schema/bpmn"><bpmn:process id="Process_1" isExecutable="false">${semantic}</bpmn:process><bpmndi:BPMNDiagram id="D"><bpmndi:BPMNPlane id="P" bpmnElement="Process_1">${shapes}${edges}</bpmndi:BPMNPlane></bpmndi:BPMNDiagram></bpmn:definitions>`;
}

/** The demo database with one as-is process carrying a 200-element diagram; returns its page's path. */
async function prepare(file: string): Promise<string> {
	const handle = createDatabase(file);
	await migrateToLatest(handle.db);
	await seedDemo(handle.db, TODAY);
	const project = await handle.db.selectFrom('projects').select('id').executeTakeFirstOrThrow();
	const user = await handle.db
		.selectFrom('users')
		.select('id')
		.where('email', '=', 'pm.client@demo.example.com')
		.executeTakeFirstOrThrow();
	const processId = newId();
	const number =
		Number(
			(
				await handle.db
					.selectFrom('processes')
					.select((eb) => eb.fn.max<number | null>('number').as('max'))
					.where('project_id', '=', project.id)
					.where('kind', '=', 'asIs')
					.executeTakeFirst()
			)?.max ?? 0
		) + 1;
	await handle.db
		.insertInto('processes')
		.values({
			id: processId,
			project_id: project.id,
			kind: 'asIs',
			number,
			parent_id: null,
			domain: 'service',
			name: '基准流程（200 个元素）',
			owner_member_id: null,
			volume_per_month: null,
			cycle_time_hours: null,
			cost_per_case: null,
			as_is_id: null,
			burden_answer: null,
			created_by: null,
			created_at: nowIso(),
			updated_at: nowIso()
		})
		.execute();
	const saved = await saveProcessDiagram(handle.db, { userId: user.id, ip: null }, project.id, processId, {
		xml: chainDiagram(98),
		svg: null,
		baseVersion: 0
	});
	if (saved.elementCount !== 200) throw new Error(`bench diagram has ${saved.elementCount} elements`);
	await handle.close();
	return `/projects/${project.id}/design/processes/${processId}/diagram`;
}

/** From a click-like navigation until the modeler has drawn the diagram and that frame is painted. */
async function openOnce(page: Page, base: string, path: string): Promise<number> {
	await page.goto(`${base}/projects`);
	const start = Date.now();
	await page.goto(`${base}${path}`, { waitUntil: 'commit' });
	await page.waitForFunction(() => document.querySelector('.canvas[data-ready="true"]') !== null, null, {
		polling: 'raf'
	});
	await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r))));
	return Date.now() - start;
}

/** `npm run bench -- --only bpmn-open`: opening a 200-element diagram ready to edit in Chromium (needs a build). */
export async function benchBpmnOpen(): Promise<Figure[]> {
	if (!existsSync('build/handler.js')) {
		console.log('\nBPMN diagram open: skipped (run `npm run build` first)');
		return [];
	}
	const dir = mkdtempSync(join(tmpdir(), 'workbench-bench-bpmn-'));
	const file = join(dir, 'bench.db');
	const path = await prepare(file);
	const port = Number(process.env.BENCH_BPMN_PORT) || 4300 + Math.floor(Math.random() * 500);
	const base = `http://127.0.0.1:${port}`;
	const server = startServer(port, file);
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: CHROMIUM_ARGS
	});
	try {
		await waitFor(`${base}/login`);
		const login = await fetch(`${base}/login`, {
			method: 'POST',
			headers: { origin: base, 'content-type': 'application/x-www-form-urlencoded' },
			body: 'email=pm.client%40demo.example.com&password=demo-workbench-2026',
			redirect: 'manual'
		});
		const [name, value] = (login.headers.get('set-cookie') ?? '').split(';')[0].split('=');
		const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1400, height: 900 } });
		await context.addCookies([{ name, value, url: base }]);
		const page = await context.newPage();
		const figures = [
			await measureReported(
				'BPMN diagram page, 200 elements: navigation until ready to edit (target ≤ 1 s)',
				RUNS,
				() => openOnce(page, base, path),
				1
			)
		];
		report('BPMN editor in Chromium (bpmn-js, lazy-loaded)', figures);
		return figures;
	} finally {
		await browser.close();
		server.kill();
		rmSync(dir, { recursive: true, force: true });
	}
}
