import { formatDesignCode } from '../../design/types';
import type { CaseLinkView } from '../../testing/cases';
import type { CaseLinkType } from '../../testing/types';
import type { Conn } from '../db';

// What test cases trace to (test_case_links): requirements, to-be process steps and customisations.

export async function caseLinks(db: Conn, projectId: string, caseId: string): Promise<CaseLinkView> {
	const of = (type: CaseLinkType) =>
		db
			.selectFrom('test_case_links')
			.select('object_id')
			.where('project_id', '=', projectId)
			.where('case_id', '=', caseId)
			.where('object_type', '=', type);
	const [requirements, steps, customisations] = await Promise.all([
		db
			.selectFrom('requirements')
			.select(['id', 'number', 'title'])
			.where('project_id', '=', projectId)
			.where('id', 'in', of('requirement'))
			.orderBy('number')
			.execute(),
		db
			.selectFrom('process_steps')
			.select(['id', 'process_id', 'position', 'name'])
			.where('project_id', '=', projectId)
			.where('id', 'in', of('processStep'))
			.orderBy('process_id')
			.orderBy('position')
			.execute(),
		db
			.selectFrom('customisations')
			.select(['id', 'number', 'title'])
			.where('project_id', '=', projectId)
			.where('id', 'in', of('customisation'))
			.orderBy('number')
			.execute()
	]);
	return {
		requirements: requirements.map((r) => ({
			id: r.id,
			code: formatDesignCode('requirement', Number(r.number)),
			title: r.title
		})),
		processSteps: steps.map((s) => ({
			id: s.id,
			processId: s.process_id,
			position: Number(s.position),
			name: s.name
		})),
		customisations: customisations.map((c) => ({
			id: c.id,
			code: formatDesignCode('customisation', Number(c.number)),
			title: c.title
		}))
	};
}

/** Replaces the case's links of the given kinds (a kind left out keeps its links). */
export async function saveCaseLinks(
	db: Conn,
	projectId: string,
	caseId: string,
	links: Partial<Record<CaseLinkType, readonly string[]>>
): Promise<void> {
	for (const [type, ids] of Object.entries(links) as [CaseLinkType, readonly string[]][]) {
		await db
			.deleteFrom('test_case_links')
			.where('case_id', '=', caseId)
			.where('object_type', '=', type)
			.execute();
		const unique = [...new Set(ids)];
		if (unique.length)
			await db
				.insertInto('test_case_links')
				.values(
					unique.map((objectId) => ({
						project_id: projectId,
						case_id: caseId,
						object_type: type,
						object_id: objectId
					}))
				)
				.execute();
	}
}

/** Of the given process steps of the project, each one's process and its kind. */
export async function stepProcesses(db: Conn, projectId: string, stepIds: readonly string[]) {
	const unique = [...new Set(stepIds)];
	if (!unique.length) return new Map<string, { processId: string; kind: 'asIs' | 'toBe' }>();
	const rows = await db
		.selectFrom('process_steps as s')
		.innerJoin('processes as p', 'p.id', 's.process_id')
		.select(['s.id', 's.process_id', 'p.kind'])
		.where('s.project_id', '=', projectId)
		.where('s.id', 'in', unique)
		.execute();
	return new Map(rows.map((r) => [r.id, { processId: r.process_id, kind: r.kind }]));
}

/** Requirements and customisations a case may link to, for the pickers (bounded). */
export async function caseLinkOptions(db: Conn, projectId: string) {
	const [requirements, customisations] = await Promise.all([
		db
			.selectFrom('requirements')
			.select(['id', 'number', 'title'])
			.where('project_id', '=', projectId)
			.orderBy('number')
			.limit(1000)
			.execute(),
		db
			.selectFrom('customisations')
			.select(['id', 'number', 'title'])
			.where('project_id', '=', projectId)
			.orderBy('number')
			.limit(1000)
			.execute()
	]);
	return {
		requirements: requirements.map((r) => ({
			id: r.id,
			code: formatDesignCode('requirement', Number(r.number)),
			title: r.title
		})),
		customisations: customisations.map((c) => ({
			id: c.id,
			code: formatDesignCode('customisation', Number(c.number)),
			title: c.title
		}))
	};
}
