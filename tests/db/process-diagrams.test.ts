import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import type { Database } from '../../src/lib/server/db/schema';
import { newId, nowIso } from '../../src/lib/server/ids';
import { starterDiagram } from '../../src/lib/design/bpmn-layout';
import { stepElementId } from '../../src/lib/design/diagrams';
import { listSteps, saveSteps } from '../../src/lib/server/repo/process-steps';
import { createProject } from '../../src/lib/server/services/projects';
import {
	exportProcessBpmn,
	getDiagramVersions,
	getProcessDiagram,
	importProcessBpmn,
	saveProcessDiagram,
	stepsFromDiagram
} from '../../src/lib/server/services/process-diagrams';
import { DIALECTS, useDatabase } from './dialects';
import { actor, auditActions, expectDomainError, newUser, projectInput } from './fixtures';

const fixture = (name: string) => readFileSync(`tests/fixtures/bpmn/${name}`, 'utf8');
const camunda = fixture('camunda-complaint.bpmn');
const signavio = fixture('signavio-store-sale.bpmn');
const SVG =
	'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><g onclick="alert(1)"><text>投诉处理</text></g><script>alert(2)</script></svg>';

async function processIn(db: Kysely<Database>, projectId: string, name = '投诉处理') {
	const id = newId();
	const now = nowIso();
	await db
		.insertInto('processes')
		.values({
			id,
			project_id: projectId,
			kind: 'asIs',
			number: 1,
			parent_id: null,
			domain: 'service',
			name,
			owner_member_id: null,
			volume_per_month: null,
			cycle_time_hours: null,
			cost_per_case: null,
			as_is_id: null,
			burden_answer: null,
			created_by: null,
			created_at: now,
			updated_at: now
		})
		.execute();
	return id;
}

async function setup(db: Kysely<Database>) {
	const user = await newUser(db, 'consultant@example.com', '周顾问');
	const project = await createProject(db, actor(user), projectInput());
	const other = await createProject(db, actor(user), projectInput({ code: 'T-2', name: '另一个项目' }));
	return {
		user,
		projectId: project.id,
		processId: await processIn(db, project.id),
		otherProcessId: await processIn(db, other.id, '别的流程')
	};
}

describe.each(DIALECTS)('process diagrams on %s', (dialect) => {
	const handle = useDatabase(dialect);

	it('saves versions over the version the editor opened, and refuses a stale one with the current number', async () => {
		const db = handle.db;
		const s = await setup(db);
		const v1 = await saveProcessDiagram(db, actor(s.user), s.projectId, s.processId, {
			xml: camunda,
			svg: SVG,
			baseVersion: 0
		});
		expect(v1).toMatchObject({ versionNumber: 1, source: 'editor', hasSvg: true, createdByName: '周顾问' });
		const stored = await db.selectFrom('process_diagrams').select('svg').executeTakeFirstOrThrow();
		expect(stored.svg).toContain('投诉处理');
		expect(stored.svg).not.toMatch(/script|onclick|DOCTYPE/);

		const stale = await expectDomainError(
			saveProcessDiagram(db, actor(s.user), s.projectId, s.processId, {
				xml: signavio,
				svg: null,
				baseVersion: 0
			}),
			'conflict',
			'bpmn.error.stale'
		);
		expect(stale.options.current).toMatchObject({ versionNumber: 1, createdByName: '周顾问' });
		await saveProcessDiagram(db, actor(s.user), s.projectId, s.processId, {
			xml: signavio,
			svg: null,
			baseVersion: 1
		});

		const view = await getProcessDiagram(db, s.projectId, s.processId);
		expect(view.latestVersion).toBe(2);
		expect(view.diagram?.xml).toBe(signavio);
		expect((await getProcessDiagram(db, s.projectId, s.processId, 1)).diagram?.xml).toBe(camunda);
		expect(
			(await getDiagramVersions(db, s.projectId, s.processId)).map((v) => [v.versionNumber, v.hasSvg])
		).toEqual([
			[2, false],
			[1, true]
		]);
		expect((await auditActions(db)).map((a) => a.action)).toContain('processDiagram.save');
	});

	it('imports a file as the newest version with its name and no SVG, and exports it named after the process', async () => {
		const db = handle.db;
		const s = await setup(db);
		const v = await importProcessBpmn(db, actor(s.user), s.projectId, s.processId, {
			name: '门店销售.bpmn',
			xml: signavio
		});
		expect(v).toMatchObject({ versionNumber: 1, source: 'import', fileName: '门店销售.bpmn', hasSvg: false });
		expect(await exportProcessBpmn(db, s.projectId, s.processId)).toEqual({
			fileName: 'AS-001 投诉处理.bpmn',
			xml: signavio
		});
	});

	it('refuses hostile or foreign files naming the field, and writes nothing', async () => {
		const db = handle.db;
		const s = await setup(db);
		const hostile = fixture('hostile-entity.bpmn');
		const e = await expectDomainError(
			importProcessBpmn(db, actor(s.user), s.projectId, s.processId, { name: 'x.bpmn', xml: hostile }),
			'validation_failed',
			'bpmn.error.doctype'
		);
		expect(e.options.field).toBe('file');
		await expectDomainError(
			saveProcessDiagram(db, actor(s.user), s.projectId, s.processId, {
				xml: '<svg xmlns="http://www.w3.org/2000/svg"/>',
				svg: null,
				baseVersion: 0
			}),
			'validation_failed',
			'bpmn.error.notBpmn'
		);
		await expectDomainError(
			saveProcessDiagram(db, actor(s.user), s.projectId, s.processId, {
				xml: camunda,
				svg: '<html/>',
				baseVersion: 0
			}),
			'validation_failed',
			'bpmn.svgError.notSvg'
		);
		// Another project's process is not found, like a missing one.
		await expectDomainError(
			saveProcessDiagram(db, actor(s.user), s.projectId, s.otherProcessId, {
				xml: camunda,
				svg: null,
				baseVersion: 0
			}),
			'not_found',
			'error.notFound'
		);
		await expectDomainError(
			getProcessDiagram(db, s.projectId, s.otherProcessId),
			'not_found',
			'error.notFound'
		);
		const rows = await db.selectFrom('process_diagrams').select('id').execute();
		expect(rows).toEqual([]);
	});

	it('makes steps from the diagram, keeping existing steps by element and mapping lanes to roles', async () => {
		const db = handle.db;
		const s = await setup(db);
		await expectDomainError(
			stepsFromDiagram(db, actor(s.user), s.projectId, s.processId),
			'not_found',
			'bpmn.error.noDiagram'
		);
		const [kept] = await saveSteps(db, s.projectId, s.processId, [
			{ name: '旧名称', bpmnElementId: 'Task_answer', crmFunction: '服务工单' },
			{ name: '手工步骤' }
		]);
		const before = await db
			.selectFrom('processes')
			.select('version')
			.where('id', '=', s.processId)
			.executeTakeFirstOrThrow();
		await importProcessBpmn(db, actor(s.user), s.projectId, s.processId, { name: 'c.bpmn', xml: camunda });
		const made = await stepsFromDiagram(db, actor(s.user), s.projectId, s.processId);
		expect(made.steps.map((x) => x.name)).toEqual(['记录投诉', '调查原因 & 给出方案', '答复客户']);
		const steps = await listSteps(db, s.projectId, s.processId);
		expect(steps.map((x) => [x.name, x.role_id, x.role_name, x.bpmn_element_id])).toEqual([
			['记录投诉', null, '客服坐席', 'Task_record'],
			['调查原因 & 给出方案', 'keyUser', '业务骨干', 'Task_investigate'],
			['答复客户', null, '客服坐席', 'Task_answer']
		]);
		expect(made.unmappedLanes).toEqual(['客服坐席']);
		const answer = steps[2];
		expect(answer.id).toBe(kept.id);
		expect(answer.crm_function).toBe('服务工单');
		const after = await db
			.selectFrom('processes')
			.select('version')
			.where('id', '=', s.processId)
			.executeTakeFirstOrThrow();
		expect(after.version).toBe(before.version + 1);
	});

	it('names the lanes that match no role, and keeps the role chosen for such a lane on the next run', async () => {
		const db = handle.db;
		const s = await setup(db);
		const xml = fixture('camunda-store-order.bpmn');
		await importProcessBpmn(db, actor(s.user), s.projectId, s.processId, { name: 'o.bpmn', xml });
		const first = await stepsFromDiagram(db, actor(s.user), s.projectId, s.processId);
		expect(first.unmappedLanes).toEqual(['门店导购', '收银员']);
		// On the step list someone gives the 收银员 lane's first step a role.
		const listed = await listSteps(db, s.projectId, s.processId);
		await saveSteps(
			db,
			s.projectId,
			s.processId,
			listed.map((x) => ({
				id: x.id,
				name: x.name,
				roleId: x.name === '在 POS 开单收定金' ? 'keyUser' : x.role_id
			}))
		);
		const again = await stepsFromDiagram(db, actor(s.user), s.projectId, s.processId);
		expect(again.unmappedLanes).toEqual(['门店导购']);
		expect(again.steps.map((x) => [x.roleName, x.roleId])).toEqual([
			['门店导购', null],
			['收银员', 'keyUser'],
			['门店导购', null],
			['业务骨干', 'keyUser'],
			['收银员', 'keyUser']
		]);
	});

	it('keeps the steps a starter diagram was drawn from when the saved diagram is read back', async () => {
		const db = handle.db;
		const s = await setup(db);
		const steps = await saveSteps(db, s.projectId, s.processId, [
			{ name: '客户来电投诉', roleName: '客服坐席' },
			{ name: '答复客户', roleName: '客服坐席', crmFunction: '服务工单' }
		]);
		const starter = starterDiagram(
			steps.map((x) => ({ name: x.name, roleName: x.role_name, bpmnElementId: stepElementId(x.id) })),
			{ processName: '投诉处理' }
		);
		await saveProcessDiagram(db, actor(s.user), s.projectId, s.processId, {
			xml: starter.xml,
			svg: starter.svg,
			baseVersion: 0
		});
		await stepsFromDiagram(db, actor(s.user), s.projectId, s.processId);
		const after = await listSteps(db, s.projectId, s.processId);
		expect(after.map((x) => x.id)).toEqual(steps.map((x) => x.id));
		expect(after[1].crm_function).toBe('服务工单');
	});
});
