import type { Conn } from '../db';

/** Closed cycles and their 测试报告 deliverable (null while none was made): what the testing gate's report item reads. */
export async function closedCycleReports(
	db: Conn,
	projectId: string
): Promise<{ cycleId: string; deliverableId: string | null }[]> {
	const rows = await db
		.selectFrom('test_cycles')
		.select(['id', 'report_deliverable_id'])
		.where('project_id', '=', projectId)
		.where('status', '=', 'closed')
		.orderBy('number')
		.execute();
	return rows.map((r) => ({ cycleId: r.id, deliverableId: r.report_deliverable_id }));
}
