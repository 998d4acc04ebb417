import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDependency } from '../../src/lib/server/services/plan/dependencies';
import { listDependencies } from '../../src/lib/server/repo/dependencies';
import { exportMspdi, importMspdi } from '../../src/lib/server/services/plan/mspdi';
import { createProject } from '../../src/lib/server/services/projects';
import { listTasks } from '../../src/lib/server/repo/tasks';
import { DIALECTS, useDatabase } from './dialects';
import { actor, expectDomainError, newUser, projectInput } from './fixtures';

// Real files written by MS Project (from MPXJ's test data, see tests/fixtures/mspdi/SOURCE.md) and the MSPDI schema.
const DATA = join(__dirname, '../fixtures/mspdi');
const files = readdirSync(DATA).filter((f) => f.endsWith('.xml'));

describe.each(DIALECTS)('MS Project XML on %s', (dialect) => {
	const handle = useDatabase(dialect);

	async function setup() {
		const pm = await newUser(handle.db, 'pm@example.com');
		const project = await createProject(handle.db, actor(pm), projectInput({ startDate: '2006-09-01' }));
		return { db: handle.db, pm, project };
	}

	it.each(files)('imports %s with its outline, milestones, links and dates', async (file) => {
		const { db, pm, project } = await setup();
		const xml = readFileSync(join(DATA, file), 'utf8');
		const before = (await listTasks(db, project.id)).length;
		const result = await importMspdi(db, actor(pm), project.id, xml, file);
		expect(result.tasks).toBeGreaterThan(0);
		const tasks = (await listTasks(db, project.id)).filter((t) => t.phaseId === result.phaseId);
		expect(tasks.length).toBe(result.tasks);
		expect((await listTasks(db, project.id)).length).toBe(before + result.tasks);
		// Dates as the file wrote them (the files' links already hold on a plain working week).
		const firstLeaf = tasks.find((t) => !t.hasChildren && !t.isMilestone)!;
		expect(xml).toContain(`<Start>${firstLeaf.start}T`);
	});

	it('keeps link types and lags from a file written by MS Project 2019', async () => {
		const { db, pm, project } = await setup();
		const file = 'mpxj-task-links-project2019-mspdi.xml';
		const result = await importMspdi(db, actor(pm), project.id, readFileSync(join(DATA, file), 'utf8'), file);
		const imported = new Set(
			(await listTasks(db, project.id)).filter((t) => t.phaseId === result.phaseId).map((t) => t.id)
		);
		const links = (await listDependencies(db, project.id)).filter((l) => imported.has(l.successorId));
		expect(new Set(links.map((l) => l.type))).toEqual(new Set(['FS', 'SS', 'FF', 'SF']));
		expect(links.length).toBe(result.links);
		expect(links.some((l) => l.lagDays !== 0)).toBe(true);
	});

	it('exports MSPDI the schema accepts, which re-imports to the same plan', async () => {
		const { db, pm, project } = await setup();
		const tasks = await listTasks(db, project.id);
		const a = tasks.find((t) => t.templateKey === 'readiness.factors')!;
		const b = tasks.find((t) => t.templateKey === 'kickoff.methods')!;
		await createDependency(db, actor(pm), project.id, {
			predecessorId: a.id,
			successorId: b.id,
			type: 'SS',
			lagDays: 3
		});
		const xml = await exportMspdi(db, project.id);
		const dir = mkdtempSync(join(tmpdir(), 'mspdi-'));
		writeFileSync(join(dir, 'plan.xml'), xml);
		execFileSync(
			'xmllint',
			['--noout', '--schema', join(DATA, 'mspdi_pj15-correct.xsd'), join(dir, 'plan.xml')],
			{ stdio: 'pipe' }
		);

		const again = await createProject(db, actor(pm), projectInput({ code: 'T-2', startDate: '2006-09-01' }));
		const result = await importMspdi(db, actor(pm), again.id, xml, 'plan.xml');
		const leaves = (list: Awaited<ReturnType<typeof listTasks>>) =>
			list
				.filter((t) => !t.hasChildren)
				.map((t) => [t.name, t.start, t.finish, t.durationDays, t.isMilestone])
				.sort();
		const original = await listTasks(db, project.id);
		const imported = (await listTasks(db, again.id)).filter((t) => t.phaseId === result.phaseId);
		expect(leaves(imported)).toEqual(leaves(original));
		const name = new Map([...original, ...imported].map((t) => [t.id, t.name]));
		const linkSet = async (id: string) =>
			(await listDependencies(db, id))
				.map((l) => `${name.get(l.predecessorId)}>${name.get(l.successorId)}:${l.type}${l.lagDays}`)
				.sort();
		expect((await linkSet(again.id)).filter((l) => (l.split('>')[0] ?? '') !== 'undefined')).toEqual(
			expect.arrayContaining(await linkSet(project.id))
		);
	});

	it('refuses malformed and hostile files with a clear reason and writes nothing', async () => {
		const { db, pm, project } = await setup();
		const count = (await listTasks(db, project.id)).length;
		const bad = await expectDomainError(
			importMspdi(
				db,
				actor(pm),
				project.id,
				'<Project>\n<Tasks>\n<Task><Name>x</Task>\n</Project>',
				'bad.xml'
			),
			'validation_failed',
			'mspdi.malformed'
		);
		expect(bad.options.params?.line).toBe(3);
		const xxe =
			'<?xml version="1.0"?>\n<!DOCTYPE p [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<Project><Tasks><Task><UID>1</UID><Name>&x;</Name></Task></Tasks></Project>';
		await expectDomainError(
			importMspdi(db, actor(pm), project.id, xxe, 'xxe.xml'),
			'validation_failed',
			'mspdi.doctype'
		);
		await expectDomainError(
			importMspdi(db, actor(pm), project.id, '<Plan/>', 'other.xml'),
			'validation_failed',
			'mspdi.notProject'
		);
		const task = (uid: number, pred: number) =>
			`<Task><UID>${uid}</UID><Name>任务${uid}</Name><OutlineLevel>1</OutlineLevel><Start>2026-03-02T08:00:00</Start><Duration>PT8H0M0S</Duration><PredecessorLink><PredecessorUID>${pred}</PredecessorUID><Type>1</Type></PredecessorLink></Task>`;
		const cycle = `<Project><Tasks>${task(1, 3)}${task(2, 1)}${task(3, 2)}</Tasks></Project>`;
		await expectDomainError(
			importMspdi(db, actor(pm), project.id, cycle, 'cycle.xml'),
			'conflict',
			'plan.cycle'
		);
		expect((await listTasks(db, project.id)).length).toBe(count);
	});

	it('brings a task the file marks 100 % complete in as 待验收, never 已完成: only acceptance sign-off completes it', async () => {
		const { db, pm, project } = await setup();
		const task = (uid: number, percent: number) =>
			`<Task><UID>${uid}</UID><Name>任务${uid}</Name><OutlineLevel>1</OutlineLevel><Start>2026-03-02T08:00:00</Start><Duration>PT8H0M0S</Duration><PercentComplete>${percent}</PercentComplete></Task>`;
		const result = await importMspdi(
			db,
			actor(pm),
			project.id,
			`<Project><Tasks>${task(1, 100)}${task(2, 40)}</Tasks></Project>`,
			'done.xml'
		);
		const imported = (await listTasks(db, project.id)).filter((t) => t.phaseId === result.phaseId);
		expect(imported.map((t) => [t.name, t.status, t.progress])).toEqual([
			['任务1', 'awaitingAcceptance', 100],
			['任务2', 'inProgress', 40]
		]);
	});
});
