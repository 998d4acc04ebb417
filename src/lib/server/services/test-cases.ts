import type { Transaction } from 'kysely';
import type { CasePage, CaseQuery, TestCaseView } from '../../testing/cases';
import type { CaseLinkType } from '../../testing/types';
import type { CreateTestCaseInput, UpdateTestCaseInput } from '../../schemas/test-cases';
import type { Conn } from '../db';
import type { Database } from '../db/schema';
import { DomainError, notFound } from '../errors';
import { newId, nowIso } from '../ids';
import { processKindOf } from '../repo/requirements';
import {
	caseHistoryCounts,
	deleteCaseRow,
	insertCase,
	listCasePage,
	loadCase,
	saveCaseSteps,
	updateCaseRow
} from '../repo/test-cases';
import { saveCaseLinks, stepProcesses } from '../repo/test-case-links';
import { foreignLinkTargets, nextTestNumber } from '../repo/testing-refs';
import { recordAudit, type Actor } from './audit';
import { inTransaction } from './transaction';

const LINK_FIELD: Record<CaseLinkType, string> = {
	requirement: 'requirementIds',
	processStep: 'processStepIds',
	customisation: 'customisationIds'
};

export async function listTestCases(db: Conn, projectId: string, q: CaseQuery): Promise<CasePage> {
	return listCasePage(db, projectId, q);
}

export async function getTestCase(db: Conn, projectId: string, id: string): Promise<TestCaseView> {
	const found = await loadCase(db, projectId, id);
	if (!found) throw notFound();
	return found;
}

interface Links {
	requirement: string[];
	processStep: string[];
	customisation: string[];
}

/**
 * The case's process must be a to-be process of the project, every link target an object of the project
 * (another project's answers 404 naming the field), and a linked step a to-be step (of the case's process, when
 * it has one).
 */
async function checkTargets(db: Conn, projectId: string, processId: string | null, links: Partial<Links>) {
	if (processId) {
		const kind = await processKindOf(db, projectId, processId);
		if (!kind) throw new DomainError('not_found', 'tcase.error.processMissing', { field: 'processId' });
		if (kind !== 'toBe')
			throw new DomainError('validation_failed', 'tcase.error.notToBe', { field: 'processId' });
	}
	const all = (Object.entries(links) as [CaseLinkType, string[]][]).flatMap(([type, ids]) =>
		ids.map((id) => ({ type, id }))
	);
	const foreign = await foreignLinkTargets(db, projectId, all);
	if (foreign.length)
		throw new DomainError('not_found', `tcase.error.missing.${foreign[0].type}`, {
			field: LINK_FIELD[foreign[0].type]
		});
	if (links.processStep?.length) {
		const of = await stepProcesses(db, projectId, links.processStep);
		for (const id of links.processStep) {
			const step = of.get(id);
			if (step?.kind !== 'toBe')
				throw new DomainError('validation_failed', 'tcase.error.stepNotToBe', { field: 'processStepIds' });
			if (processId && step.processId !== processId)
				throw new DomainError('validation_failed', 'tcase.error.stepOfOtherProcess', {
					field: 'processStepIds'
				});
		}
	}
}

/** Writes a new case inside the caller's transaction (the Excel import writes every row in one). */
export async function createTestCaseIn(
	trx: Transaction<Database>,
	actor: Actor,
	projectId: string,
	input: CreateTestCaseInput
): Promise<{ id: string; number: number }> {
	const links: Links = {
		requirement: input.requirementIds,
		processStep: input.processStepIds,
		customisation: input.customisationIds
	};
	await checkTargets(trx, projectId, input.processId, links);
	const id = newId();
	const now = nowIso();
	const number = await nextTestNumber(trx, projectId, 'testCase');
	await insertCase(trx, {
		id,
		project_id: projectId,
		number,
		title: input.title,
		process_id: input.processId,
		preconditions: input.preconditions,
		priority: input.priority,
		test_data: input.testData,
		created_by: actor.userId,
		created_at: now,
		updated_at: now
	});
	await saveCaseSteps(trx, projectId, id, input.steps);
	await saveCaseLinks(trx, projectId, id, links);
	await recordAudit(trx, actor, {
		action: 'testCase.create',
		objectType: 'testCase',
		objectId: id,
		projectId,
		detail: {
			number,
			title: input.title,
			steps: input.steps.length,
			links: links.requirement.length + links.processStep.length + links.customisation.length
		}
	});
	return { id, number };
}

export async function createTestCase(
	db: Conn,
	actor: Actor,
	projectId: string,
	input: CreateTestCaseInput
): Promise<TestCaseView> {
	const { id } = await inTransaction(db, (trx) => createTestCaseIn(trx, actor, projectId, input));
	return getTestCase(db, projectId, id);
}

const conflict = (current: TestCaseView) => new DomainError('conflict', 'error.versionConflict', { current });

/**
 * Saves a partial edit over the version the editor saw. Steps sent with their ids keep them, so the runs that
 * ran a step still point at it after a reword or a reorder.
 */
export async function updateTestCase(
	db: Conn,
	actor: Actor,
	projectId: string,
	id: string,
	input: UpdateTestCaseInput
): Promise<TestCaseView> {
	await inTransaction(db, async (trx) => {
		const before = await loadCase(trx, projectId, id);
		if (!before) throw notFound();
		if (before.version !== input.version) throw conflict(before);
		const processId = input.processId !== undefined ? input.processId : before.processId;
		// Moving to another process drops the old process's steps unless the edit names steps too.
		const stepIds =
			input.processStepIds ??
			(processId !== before.processId
				? before.links.processSteps.filter((s) => s.processId === processId).map((s) => s.id)
				: undefined);
		const links: Partial<Links> = {
			...(input.requirementIds ? { requirement: input.requirementIds } : {}),
			...(stepIds ? { processStep: stepIds } : {}),
			...(input.customisationIds ? { customisation: input.customisationIds } : {})
		};
		await checkTargets(trx, projectId, processId, {
			...links,
			processStep: stepIds ?? before.links.processSteps.map((s) => s.id)
		});
		const written = await updateCaseRow(trx, projectId, id, before.version, {
			title: input.title ?? before.title,
			process_id: processId,
			preconditions: input.preconditions ?? before.preconditions,
			priority: input.priority ?? before.priority,
			test_data: input.testData ?? before.testData,
			updated_at: nowIso()
		});
		if (!written) throw conflict(before);
		if (input.steps) await saveCaseSteps(trx, projectId, id, input.steps);
		await saveCaseLinks(trx, projectId, id, links);
		await recordAudit(trx, actor, {
			action: 'testCase.update',
			objectType: 'testCase',
			objectId: id,
			projectId,
			detail: {
				changed: Object.keys(input).filter((k) => k !== 'version'),
				version: before.version + 1
			}
		});
	});
	return getTestCase(db, projectId, id);
}

/** A case that has been run (or has defects) is kept: its runs are the cycles' history. */
export async function deleteTestCase(db: Conn, actor: Actor, projectId: string, id: string): Promise<void> {
	await inTransaction(db, async (trx) => {
		const before = await loadCase(trx, projectId, id);
		if (!before) throw notFound();
		const history = await caseHistoryCounts(trx, projectId, id);
		if (history.runs || history.defects)
			throw new DomainError('conflict', 'tcase.error.hasRuns', {
				params: { code: before.code, runs: history.runs, defects: history.defects }
			});
		await deleteCaseRow(trx, projectId, id);
		await recordAudit(trx, actor, {
			action: 'testCase.delete',
			objectType: 'testCase',
			objectId: id,
			projectId,
			detail: { number: before.number, title: before.title }
		});
	});
}
