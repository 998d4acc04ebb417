import { translate } from '../../i18n';
import type { Member } from '../../raci/member';
import { canManage } from '../../raci/roles';
import type {
	CreateTestCycleInput,
	SwitchTestDataSourceInput,
	UpdateTestCycleInput
} from '../../schemas/test-cycles';
import { canMoveCycle, type CyclePage, type CycleView, type PlannedCaseSource } from '../../testing/cycles';
import { DEFAULT_EXIT_CRITERIA, defaultRequiresRealData, type DataSource } from '../../testing/types';
import type { Conn } from '../db';
import { DomainError, notFound } from '../errors';
import { newId, nowIso } from '../ids';
import { foreignIds } from '../repo/project-rows';
import {
	countCyclesOfType,
	insertCycle,
	insertPhaseDeliverable,
	listCyclePage,
	loadCycle,
	memberSides,
	plannedCaseSources,
	renameDeliverable,
	replaceTesters,
	setCaseSources,
	testingPhasePlace,
	updateCycleRow
} from '../repo/test-cycles';
import { nextTestNumber } from '../repo/testing-refs';
import { refreshReviews } from './signoff/review';
import { recordAudit, type Actor } from './audit';
import { createTask } from './plan/tasks';
import { lateDataNeeds } from './test-data-needs';
import { inTransaction } from './transaction';

// 测试轮次: scheduled as a task of the testing phase, with its own 测试报告 deliverable, testers of both sides, entry
// and exit criteria, and the switch to 乙方 simulated data while 甲方 data is late.

export function listTestCycles(db: Conn, projectId: string, page = 1): Promise<CyclePage> {
	return listCyclePage(db, projectId, page);
}

export async function getTestCycle(db: Conn, projectId: string, id: string): Promise<CycleView> {
	const found = await loadCycle(db, projectId, id);
	if (!found) throw notFound();
	return found;
}

function assertManager(by: Member) {
	if (!canManage(by.roles)) throw new DomainError('forbidden', 'cycle.error.managersOnly');
}

/** Testers are members of the project on the 甲方 or 乙方 side (a consultant does not run cases). */
async function checkTesters(db: Conn, projectId: string, ids: readonly string[] | undefined) {
	if (!ids?.length) return;
	const sides = await memberSides(db, projectId, ids);
	if (ids.some((m) => sides.get(m) !== 'client' && sides.get(m) !== 'vendor'))
		throw new DomainError('validation_failed', 'cycle.error.tester', { field: 'testerMemberIds' });
}

const zh = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
	translate('zh-CN', key, params);

export async function createTestCycle(
	db: Conn,
	actor: Actor,
	by: Member,
	projectId: string,
	input: CreateTestCycleInput
): Promise<CycleView> {
	assertManager(by);
	const id = newId();
	await inTransaction(db, async (trx) => {
		await checkTesters(trx, projectId, input.testerMemberIds);
		const place = await testingPhasePlace(trx, projectId);
		if (!place) throw new DomainError('conflict', 'cycle.error.noPhase', { field: 'type' });
		const number = await nextTestNumber(trx, projectId, 'cycle');
		// Names, entry criteria and the plan's words are written once in the project's first language.
		const round = (await countCyclesOfType(trx, projectId, input.type)) + 1;
		const name =
			input.name || zh('cycle.defaultName', { type: zh(`testing.cycleTypeShort.${input.type}`), n: round });
		const task = await createTask(trx, actor, projectId, {
			phaseId: place.phaseId,
			parentId: null,
			name: zh('cycle.task.name', { name }).slice(0, 200),
			description: input.environment.slice(0, 5000),
			ownerSide: input.type === 'uat' ? 'client' : 'vendor',
			start: input.start,
			durationDays: input.durationDays,
			isMilestone: false,
			assigneeIds: []
		});
		const now = nowIso();
		const reportId = await insertPhaseDeliverable(trx, {
			projectId,
			phaseId: place.phaseId,
			name: zh('cycle.report.name', { name }).slice(0, 200),
			nameEn: translate('en', 'cycle.report.name', { name }).slice(0, 200),
			createdAt: now
		});
		await insertCycle(trx, {
			id,
			project_id: projectId,
			number,
			type: input.type,
			name,
			status: 'planned',
			environment: input.environment,
			entry_criteria: JSON.stringify(
				input.entryCriteria ?? [
					zh('cycle.entry.gate'),
					zh('cycle.entry.environment'),
					zh('cycle.entry.cases')
				]
			),
			exit_min_pass_rate: input.exitMinPassRate ?? DEFAULT_EXIT_CRITERIA.minPassRate,
			exit_no_open_severe: Number(input.exitNoOpenSevere ?? DEFAULT_EXIT_CRITERIA.noOpenSevere),
			exit_must_covered: Number(input.exitMustCovered ?? DEFAULT_EXIT_CRITERIA.mustCovered),
			exit_real_data: Number(input.exitRealData ?? defaultRequiresRealData(input.type)),
			task_id: task.id,
			report_deliverable_id: reportId,
			closed_at: null,
			created_by: actor.userId,
			created_at: now,
			updated_at: now
		});
		await replaceTesters(trx, projectId, id, input.testerMemberIds);
		await recordAudit(trx, actor, {
			action: 'testCycle.create',
			objectType: 'testCycle',
			objectId: id,
			projectId,
			detail: { number, type: input.type, name, taskId: task.id, reportDeliverableId: reportId }
		});
	});
	return getTestCycle(db, projectId, id);
}

/** What an edit changes besides the status: a closed cycle refuses any of it. */
const EDITS = [
	'name',
	'environment',
	'entryCriteria',
	'exitMinPassRate',
	'exitNoOpenSevere',
	'exitMustCovered',
	'exitRealData',
	'testerMemberIds'
] as const;

/**
 * Saves a partial edit over the version the manager saw (a stale one is a conflict carrying the cycle now).
 * Closing records who and when; a closed cycle takes no change but reopening to 执行中.
 */
export async function updateTestCycle(
	db: Conn,
	actor: Actor,
	by: Member,
	projectId: string,
	id: string,
	input: UpdateTestCycleInput
): Promise<CycleView> {
	await inTransaction(db, async (trx) => {
		const before = await loadCycle(trx, projectId, id);
		if (!before) throw notFound();
		assertManager(by);
		if (before.version !== input.version)
			throw new DomainError('conflict', 'error.versionConflict', { current: before });
		const status = input.status ?? before.status;
		if (before.status === 'closed' && (status !== 'running' || EDITS.some((k) => input[k] !== undefined)))
			throw new DomainError('validation_failed', 'cycle.error.closed', { field: 'status' });
		if (!canMoveCycle(before.status, status))
			throw new DomainError('validation_failed', 'cycle.error.move', {
				field: 'status',
				params: {
					from: translate('zh-CN', `testing.cycleStatus.${before.status}`),
					to: translate('zh-CN', `testing.cycleStatus.${status}`)
				}
			});
		await checkTesters(trx, projectId, input.testerMemberIds);
		const closing = status === 'closed' && before.status !== 'closed';
		const reopening = before.status === 'closed' && status !== 'closed';
		const now = nowIso();
		const written = await updateCycleRow(trx, projectId, id, before.version, {
			name: input.name ?? before.name,
			environment: input.environment ?? before.environment,
			entry_criteria: JSON.stringify(input.entryCriteria ?? before.entryCriteria),
			exit_min_pass_rate: input.exitMinPassRate ?? before.exit.minPassRate,
			exit_no_open_severe: Number(input.exitNoOpenSevere ?? before.exit.noOpenSevere),
			exit_must_covered: Number(input.exitMustCovered ?? before.exit.mustCovered),
			exit_real_data: Number(input.exitRealData ?? before.exit.realData),
			status,
			...(closing ? { closed_at: now, closed_by_name: by.name } : {}),
			...(reopening ? { closed_at: null, closed_by_name: '' } : {}),
			updated_at: now
		});
		if (!written) throw new DomainError('conflict', 'error.versionConflict', { current: before });
		if (input.testerMemberIds) await replaceTesters(trx, projectId, id, input.testerMemberIds);
		if (input.name && input.name !== before.name && before.reportDeliverableId)
			await renameDeliverable(trx, projectId, before.reportDeliverableId, {
				name: zh('cycle.report.name', { name: input.name }).slice(0, 200),
				nameEn: translate('en', 'cycle.report.name', { name: input.name }).slice(0, 200)
			});
		await recordAudit(trx, actor, {
			action: closing ? 'testCycle.close' : reopening ? 'testCycle.reopen' : 'testCycle.update',
			objectType: 'testCycle',
			objectId: id,
			projectId,
			detail: {
				changed: Object.keys(input).filter((k) => k !== 'version'),
				from: before.status,
				to: status,
				version: before.version + 1
			}
		});
	});
	return getTestCycle(db, projectId, id);
}

export interface SwitchResult {
	source: DataSource;
	switched: number;
	cases: PlannedCaseSource[];
}

/** The planned cases a switch names: the chosen ones (planned into this cycle) and/or every one not yet run. */
async function switchTargets(
	db: Conn,
	projectId: string,
	planned: readonly PlannedCaseSource[],
	input: SwitchTestDataSourceInput
): Promise<string[]> {
	if (!input.caseIds.length && !input.allNotRun)
		throw new DomainError('validation_failed', 'cycle.switch.error.noCases', { field: 'caseIds' });
	if ((await foreignIds(db, 'test_cases', projectId, input.caseIds)).length) throw notFound();
	const inCycle = new Set(planned.map((p) => p.caseId));
	if (input.caseIds.some((c) => !inCycle.has(c)))
		throw new DomainError('validation_failed', 'cycle.switch.error.notPlanned', { field: 'caseIds' });
	const chosen = new Set(input.caseIds);
	if (input.allNotRun) for (const p of planned) if (!p.latestResult) chosen.add(p.caseId);
	const targets = planned.filter((p) => chosen.has(p.caseId) && p.dataSource !== input.source);
	if (!targets.length)
		throw new DomainError('validation_failed', 'cycle.switch.error.nothing', { field: 'caseIds' });
	return targets.map((p) => p.caseId);
}

/**
 * Switches planned cases to 乙方 simulated data (a 乙方 member, with a reason, only while a 甲方 data need of the
 * cycle is late) or back to 甲方 real data (either side, at any time). A closed cycle changes no data source.
 */
export async function switchTestDataSource(
	db: Conn,
	actor: Actor,
	by: Member,
	projectId: string,
	cycleId: string,
	input: SwitchTestDataSourceInput,
	now = new Date()
): Promise<SwitchResult> {
	let switched = 0;
	await inTransaction(db, async (trx) => {
		const cycle = await loadCycle(trx, projectId, cycleId);
		if (!cycle) throw notFound();
		if (by.side !== 'client' && by.side !== 'vendor')
			throw new DomainError('forbidden', 'cycle.switch.error.sideOnly', { field: 'source' });
		if (cycle.status === 'closed')
			throw new DomainError('validation_failed', 'cycle.error.closed', { field: 'status' });
		if (input.source === 'simulated') {
			if (by.side !== 'vendor')
				throw new DomainError('forbidden', 'cycle.switch.error.vendorOnly', { field: 'source' });
			if (!input.reason.trim())
				throw new DomainError('validation_failed', 'cycle.switch.error.reason', { field: 'reason' });
			if (!(await lateDataNeeds(trx, projectId, cycleId, now)).length)
				throw new DomainError('validation_failed', 'cycle.switch.error.notLate', { field: 'source' });
		}
		const planned = await plannedCaseSources(trx, projectId, cycleId);
		const targets = await switchTargets(trx, projectId, planned, input);
		switched = await setCaseSources(trx, projectId, cycleId, targets, {
			source: input.source,
			reason: input.reason,
			byName: by.name,
			at: nowIso()
		});
		const codes = new Map(planned.map((p) => [p.caseId, p.code]));
		await recordAudit(trx, actor, {
			action: 'testCycle.dataSource',
			objectType: 'testCycle',
			objectId: cycleId,
			projectId,
			detail: { source: input.source, reason: input.reason, cases: targets.map((c) => codes.get(c)) }
		});
		// The data waiver's signed content lists the cases on simulated data: a switch reopens its review.
		await refreshReviews(trx, actor, projectId, [{ type: 'testDataWaiver', id: cycleId }], 'changed');
	});
	return { source: input.source, switched, cases: await plannedCaseSources(db, projectId, cycleId) };
}

export function plannedSources(db: Conn, projectId: string, cycleId: string): Promise<PlannedCaseSource[]> {
	return plannedCaseSources(db, projectId, cycleId);
}
