import type { CaseLinkType, CycleStatus, CycleType, TestCodedObject } from '../../testing/types';
import type { Conn } from '../db';
import { foreignIds, type DesignTable, type TestingTable } from './project-rows';

export type { TestingTable };

const LINK_TABLE: Record<CaseLinkType, DesignTable> = {
	requirement: 'requirements',
	processStep: 'process_steps',
	customisation: 'customisations'
};

/** Of the objects a case would link to, those that are not this project's (a foreign id answers 404). */
export async function foreignLinkTargets(
	db: Conn,
	projectId: string,
	links: readonly { type: CaseLinkType; id: string }[]
): Promise<{ type: CaseLinkType; id: string }[]> {
	const out: { type: CaseLinkType; id: string }[] = [];
	for (const type of Object.keys(LINK_TABLE) as CaseLinkType[]) {
		const ids = links.filter((l) => l.type === type).map((l) => l.id);
		if (!ids.length) continue;
		for (const id of await foreignIds(db, LINK_TABLE[type], projectId, ids)) out.push({ type, id });
	}
	return out;
}

const NUMBERED: Record<TestCodedObject | 'cycle', 'test_cases' | 'defects' | 'test_cycles'> = {
	testCase: 'test_cases',
	defect: 'defects',
	cycle: 'test_cycles'
};

/**
 * The next number of a case (TC-), defect (DF-) or cycle. Call it inside the writing transaction: the unique
 * (project, number) constraint turns a concurrent duplicate into a retry (inTransaction) instead of two TC-007s.
 */
export async function nextTestNumber(
	db: Conn,
	projectId: string,
	object: TestCodedObject | 'cycle'
): Promise<number> {
	const row = await db
		.selectFrom(NUMBERED[object] as 'test_cases')
		.select((eb) => eb.fn.max<number | null>('number').as('max'))
		.where('project_id', '=', projectId)
		.executeTakeFirst();
	return Number(row?.max ?? 0) + 1;
}

/** What every page of a cycle shows in its header. */
export interface CycleHeader {
	id: string;
	name: string;
	type: CycleType;
	status: CycleStatus;
	version: number;
}

export async function cycleHeader(db: Conn, projectId: string, cycleId: string): Promise<CycleHeader | null> {
	const row = await db
		.selectFrom('test_cycles')
		.select(['id', 'name', 'type', 'status', 'version'])
		.where('project_id', '=', projectId)
		.where('id', '=', cycleId)
		.executeTakeFirst();
	return row ? { ...row, version: Number(row.version) } : null;
}
