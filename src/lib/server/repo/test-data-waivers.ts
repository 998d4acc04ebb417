import { contentHash } from '../../signoff/canonical';
import { approvalOf } from '../../signoff/state';
import {
	dataWaiverContent,
	resultSource,
	signedByBothSides,
	type DataWaiverFacts
} from '../../testing/waiver';
import { formatTestCode } from '../../testing/types';
import type { Conn } from '../db';
import { roundOf, signaturesQuery, signatureOf } from './review-rounds';

const WAIVER = 'testDataWaiver';

/**
 * Each cycle's data waiver as both leads sign it: the cycle's name, the reason a manager wrote, and the planned
 * cases whose result rests on simulated data. All of the project's cycles, or only those named.
 */
export async function dataWaiverFacts(
	db: Conn,
	projectId: string,
	cycleIds?: readonly string[]
): Promise<DataWaiverFacts[]> {
	if (cycleIds && !cycleIds.length) return [];
	let cycles = db
		.selectFrom('test_cycles')
		.select(['id', 'name', 'data_waiver_reason'])
		.where('project_id', '=', projectId);
	if (cycleIds) cycles = cycles.where('id', 'in', cycleIds);
	let planned = db
		.selectFrom('test_cycle_cases as cc')
		.innerJoin('test_cases as tc', 'tc.id', 'cc.case_id')
		.select([
			'cc.cycle_id',
			'tc.id',
			'tc.number',
			'tc.title',
			'cc.data_source',
			'cc.latest_result',
			'cc.latest_data_source'
		])
		.where('cc.project_id', '=', projectId)
		.where((eb) =>
			eb.or([eb('cc.data_source', '=', 'simulated'), eb('cc.latest_data_source', '=', 'simulated')])
		);
	if (cycleIds) planned = planned.where('cc.cycle_id', 'in', cycleIds);
	const [cycleRows, plannedRows] = await Promise.all([
		cycles.execute(),
		planned.orderBy('tc.number').execute()
	]);
	return cycleRows.map((c) => ({
		cycleId: c.id,
		cycleName: c.name,
		reason: c.data_waiver_reason,
		cases: plannedRows
			.filter(
				(p) =>
					p.cycle_id === c.id &&
					resultSource({
						latestResult: p.latest_result,
						latestSource: p.latest_data_source,
						dataSource: p.data_source
					}) === 'simulated'
			)
			.map((p) => ({ id: p.id, code: formatTestCode('testCase', Number(p.number)), title: p.title }))
	}));
}

/** Cycle names for the sign-off queue. */
export async function dataWaiverTitles(db: Conn, cycleIds: readonly string[]) {
	if (!cycleIds.length) return [];
	return db.selectFrom('test_cycles').select(['id', 'name']).where('id', 'in', cycleIds).execute();
}

/**
 * Cycles whose data waiver (results on 乙方 simulated data accepted for the real-data exit criterion) holds a
 * valid approval from both leads over its content as it is now: a changed reason, or another case on simulated
 * data, stops it counting until both sign again. Derived from the signatures, never from a stored flag.
 */
export async function signedDataWaiverCycleIds(db: Conn, projectId: string): Promise<Set<string>> {
	const rounds = await db
		.selectFrom('review_rounds')
		.selectAll()
		.where('project_id', '=', projectId)
		.where('object_type', '=', WAIVER)
		.orderBy('number', 'desc')
		.execute();
	const latest = new Map<string, (typeof rounds)[number]>();
	for (const r of rounds) if (!latest.has(r.object_id)) latest.set(r.object_id, r);
	if (!latest.size) return new Set();
	const [facts, signatures] = await Promise.all([
		dataWaiverFacts(db, projectId, [...latest.keys()]),
		signaturesQuery(db, projectId)
			.where('signoffs.object_type', '=', WAIVER)
			.orderBy('signoffs.signed_at')
			.execute()
	]);
	const signed = new Set<string>();
	for (const f of facts) {
		const round = latest.get(f.cycleId);
		if (!round) continue;
		const mine = signatures.filter((s) => s.object_id === f.cycleId).map(signatureOf);
		const approval = approvalOf(roundOf(round), mine, contentHash(dataWaiverContent(f)));
		if (signedByBothSides(approval)) signed.add(f.cycleId);
	}
	return signed;
}
