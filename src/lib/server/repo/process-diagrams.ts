import type { DiagramProcess, DiagramVersion, DiagramVersionMeta } from '../../design/diagrams';
import { formatDesignCode } from '../../design/types';
import type { Conn } from '../db';
import type { ProcessDiagramTable } from '../db/schema';
import type { Insertable } from 'kysely';

export type NewProcessDiagram = Insertable<ProcessDiagramTable>;

/** The process a diagram belongs to, or undefined when it is not a process of this project. */
export async function diagramProcess(
	db: Conn,
	projectId: string,
	processId: string
): Promise<DiagramProcess | undefined> {
	const row = await db
		.selectFrom('processes')
		.select(['id', 'kind', 'number', 'name', 'version'])
		.where('project_id', '=', projectId)
		.where('id', '=', processId)
		.executeTakeFirst();
	return (
		row && {
			id: row.id,
			kind: row.kind,
			code: formatDesignCode(row.kind, row.number),
			name: row.name,
			version: row.version
		}
	);
}

const META = [
	'version_number',
	'source',
	'file_name',
	'element_count',
	'sha256',
	'created_by_name',
	'created_at'
] as const;

function metaOf(row: {
	version_number: number;
	source: 'editor' | 'import';
	file_name: string;
	element_count: number;
	sha256: string;
	created_by_name: string;
	created_at: string;
	has_svg: number | boolean | string;
}): DiagramVersionMeta {
	return {
		versionNumber: row.version_number,
		source: row.source,
		fileName: row.file_name,
		elementCount: row.element_count,
		hasSvg: Number(row.has_svg) === 1 || row.has_svg === true,
		sha256: row.sha256,
		createdByName: row.created_by_name,
		createdAt: row.created_at
	};
}

/** Every version of a process's diagram, newest first, without the XML and SVG. */
export async function listDiagramVersions(
	db: Conn,
	projectId: string,
	processId: string
): Promise<DiagramVersionMeta[]> {
	const rows = await db
		.selectFrom('process_diagrams')
		.select(META)
		.select((eb) => eb.case().when('svg', 'is not', null).then(1).else(0).end().as('has_svg'))
		.where('project_id', '=', projectId)
		.where('process_id', '=', processId)
		.orderBy('version_number', 'desc')
		.execute();
	return rows.map(metaOf);
}

/** The newest version number (0 when the process has no diagram). */
export async function latestDiagramNumber(db: Conn, projectId: string, processId: string): Promise<number> {
	const row = await db
		.selectFrom('process_diagrams')
		.select((eb) => eb.fn.max<number | null>('version_number').as('max'))
		.where('project_id', '=', projectId)
		.where('process_id', '=', processId)
		.executeTakeFirst();
	return Number(row?.max ?? 0);
}

/** One version with its XML (the SVG stays on the server: it is only drawn into documents). */
export async function readDiagramVersion(
	db: Conn,
	projectId: string,
	processId: string,
	versionNumber: number
): Promise<DiagramVersion | undefined> {
	const row = await db
		.selectFrom('process_diagrams')
		.select([...META, 'xml'])
		.select((eb) => eb.case().when('svg', 'is not', null).then(1).else(0).end().as('has_svg'))
		.where('project_id', '=', projectId)
		.where('process_id', '=', processId)
		.where('version_number', '=', versionNumber)
		.executeTakeFirst();
	return row && { ...metaOf(row), xml: row.xml };
}

export async function insertDiagramVersion(db: Conn, row: NewProcessDiagram): Promise<void> {
	await db.insertInto('process_diagrams').values(row).execute();
}

/** Steps from a diagram change the process: its version moves on so an open step editor sees a conflict. */
export async function touchProcess(
	db: Conn,
	projectId: string,
	processId: string,
	at: string
): Promise<void> {
	await db
		.updateTable('processes')
		.set((eb) => ({ version: eb('version', '+', 1), updated_at: at }))
		.where('project_id', '=', projectId)
		.where('id', '=', processId)
		.execute();
}

/** The saver's name, kept on the version so the history reads the same after the account is gone. */
export async function userName(db: Conn, userId: string | null): Promise<string> {
	if (!userId) return '';
	const row = await db.selectFrom('users').select('name').where('id', '=', userId).executeTakeFirst();
	return row?.name ?? '';
}
