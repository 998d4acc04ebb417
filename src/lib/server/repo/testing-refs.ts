import type { CaseLinkType, CycleStatus, CycleType, TestCodedObject } from '../../testing/types';
import type { Conn } from '../db';
import { foreignDesignIds, type DesignTable } from './design-refs';

/** The testing tables whose rows other objects point at. */
export type TestingTable =
	| 'test_cycles'
	| 'test_cases'
	| 'test_cycle_cases'
	| 'test_runs'
	| 'test_run_steps'
	| 'test_data_needs'
	| 'defects';

/**
 * Does the row exist in this project? Every id a person or a script sends (a cycle, a case, a run) is checked
 * with it, so another project's id answers 404 exactly like a missing one.
 */
export async function testingRowInProject(
	db: Conn,
	table: TestingTable,
	projectId: string,
	id: string
): Promise<boolean> {
	const row = await db
		.selectFrom(table as 'test_cycles')
		.select('id')
		.where('project_id', '=', projectId)
		.where('id', '=', id)
		.executeTakeFirst();
	return !!row;
}

/** Of `ids`, those that are not rows of this project (empty when every one is); chunked for parameter limits. */
export async function foreignTestingIds(
	db: Conn,
	table: TestingTable,
	projectId: string,
	ids: readonly string[]
): Promise<string[]> {
	const unique = [...new Set(ids)];
	const found = new Set<string>();
	for (let i = 0; i < unique.length; i += 500) {
		const rows = await db
			.selectFrom(table as 'test_cycles')
			.select('id')
			.where('project_id', '=', projectId)
			.where('id', 'in', unique.slice(i, i + 500))
			.execute();
		for (const r of rows) found.add(r.id);
	}
	return unique.filter((id) => !found.has(id));
}

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
		for (const id of await foreignDesignIds(db, LINK_TABLE[type], projectId, ids)) out.push({ type, id });
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
