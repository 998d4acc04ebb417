import {
	bpmnFileName,
	type DiagramVersionMeta,
	type ProcessDiagramView,
	type StepsFromDiagram
} from '../../design/diagrams';
import type { MessageParams } from '../../i18n';
import type { SaveDiagramInput } from '../../schemas/diagrams';
import { sha256Hex } from '../../signoff/canonical';
import type { Conn } from '../db';
import { DomainError, notFound } from '../errors';
import { newId, nowIso } from '../ids';
import { BpmnError, checkBpmn, readBpmnSteps, sanitiseSvg, SvgError } from '../interchange/bpmn';
import {
	diagramProcess,
	insertDiagramVersion,
	latestDiagramNumber,
	listDiagramVersions,
	readDiagramVersion,
	touchProcess,
	userName
} from '../repo/process-diagrams';
import { designRowInProject } from '../repo/design-refs';
import { listSteps, saveSteps } from '../repo/process-steps';
import { isRoleId, type RoleId } from '../../raci/roles';
import { recordAudit, type Actor } from './audit';
import { inTransaction } from './transaction';

/** Another project's process answers 404 like a missing one; routes call this before reading the body. */
export async function requireProcessInProject(db: Conn, projectId: string, processId: string): Promise<void> {
	if (!(await designRowInProject(db, 'processes', projectId, processId))) throw notFound();
}

async function processOf(db: Conn, projectId: string, processId: string) {
	const process = await diagramProcess(db, projectId, processId);
	if (!process) throw notFound();
	return process;
}

/** A refused file or SVG as a field error in the reader's language. */
function refusal(e: unknown, field: string): never {
	if (e instanceof BpmnError) {
		const p = e.problem;
		const params: MessageParams | undefined =
			p.code === 'malformed'
				? { line: p.line, message: p.message }
				: p.code === 'tooManySteps'
					? { max: p.max }
					: undefined;
		const code = p.code === 'tooLarge' ? 'payload_too_large' : 'validation_failed';
		throw new DomainError(code, `bpmn.error.${p.code}`, { field, params });
	}
	if (e instanceof SvgError)
		throw new DomainError('validation_failed', `bpmn.svgError.${e.problem.code}`, { field: 'svg' });
	throw e;
}

function checked(xml: string, field: string) {
	try {
		return checkBpmn(xml);
	} catch (e) {
		refusal(e, field);
	}
}

/** The process with the version asked for (the newest when none is named). */
export async function getProcessDiagram(
	db: Conn,
	projectId: string,
	processId: string,
	versionNumber?: number
): Promise<ProcessDiagramView> {
	const process = await processOf(db, projectId, processId);
	const latestVersion = await latestDiagramNumber(db, projectId, processId);
	const wanted = versionNumber ?? latestVersion;
	const diagram = wanted ? ((await readDiagramVersion(db, projectId, processId, wanted)) ?? null) : null;
	if (versionNumber !== undefined && !diagram) throw notFound();
	return { process, diagram, latestVersion };
}

export async function getDiagramVersions(
	db: Conn,
	projectId: string,
	processId: string
): Promise<DiagramVersionMeta[]> {
	await processOf(db, projectId, processId);
	return listDiagramVersions(db, projectId, processId);
}

interface NewVersion {
	xml: string;
	svg: string | null;
	source: 'editor' | 'import';
	fileName: string;
	/** The version the editor opened; null for an import, which always lands on top. */
	baseVersion: number | null;
	field: string;
}

async function addVersion(
	db: Conn,
	actor: Actor,
	projectId: string,
	processId: string,
	input: NewVersion
): Promise<DiagramVersionMeta> {
	const { elementCount } = checked(input.xml, input.field);
	let svg: string | null = null;
	try {
		svg = input.svg === null ? null : sanitiseSvg(input.svg);
	} catch (e) {
		refusal(e, 'svg');
	}
	return inTransaction(db, async (trx) => {
		await processOf(trx, projectId, processId);
		const latest = await latestDiagramNumber(trx, projectId, processId);
		if (input.baseVersion !== null && input.baseVersion !== latest) {
			const newest = latest ? await readDiagramVersion(trx, projectId, processId, latest) : undefined;
			throw new DomainError('conflict', 'bpmn.error.stale', {
				field: 'baseVersion',
				params: { current: latest },
				current: {
					versionNumber: latest,
					createdByName: newest?.createdByName ?? '',
					createdAt: newest?.createdAt ?? ''
				}
			});
		}
		const versionNumber = latest + 1;
		const sha256 = sha256Hex(input.xml);
		const createdByName = await userName(trx, actor.userId);
		const createdAt = nowIso();
		// Two saves of the same base at once: the (process, version) unique constraint refuses the second, and its
		// retry (inTransaction) finds the newer version and answers 409 like any stale save.
		await insertDiagramVersion(trx, {
			id: newId(),
			project_id: projectId,
			process_id: processId,
			version_number: versionNumber,
			xml: input.xml,
			svg,
			sha256,
			element_count: elementCount,
			source: input.source,
			file_name: input.fileName,
			created_by: actor.userId,
			created_by_name: createdByName,
			created_at: createdAt
		});
		await recordAudit(trx, actor, {
			action: input.source === 'import' ? 'processDiagram.import' : 'processDiagram.save',
			objectType: 'process',
			objectId: processId,
			projectId,
			detail: { versionNumber, sha256, elementCount, fileName: input.fileName, svg: svg !== null }
		});
		return {
			versionNumber,
			source: input.source,
			fileName: input.fileName,
			elementCount,
			hasSvg: svg !== null,
			sha256,
			createdByName,
			createdAt
		};
	});
}

/** Saves what the editor drew as a new version, over the version it opened (a newer one is a 409). */
export function saveProcessDiagram(
	db: Conn,
	actor: Actor,
	projectId: string,
	processId: string,
	input: SaveDiagramInput
): Promise<DiagramVersionMeta> {
	return addVersion(db, actor, projectId, processId, {
		xml: input.xml,
		svg: input.svg,
		source: 'editor',
		fileName: '',
		baseVersion: input.baseVersion,
		field: 'xml'
	});
}

/** An imported .bpmn file becomes the newest version; it has no SVG until someone saves it in the editor. */
export function importProcessBpmn(
	db: Conn,
	actor: Actor,
	projectId: string,
	processId: string,
	file: { name: string; xml: string }
): Promise<DiagramVersionMeta> {
	return addVersion(db, actor, projectId, processId, {
		xml: file.xml,
		svg: null,
		source: 'import',
		fileName: file.name.slice(0, 200),
		baseVersion: null,
		field: 'file'
	});
}

/** The newest (or the named) version as a .bpmn file named after the process. */
export async function exportProcessBpmn(
	db: Conn,
	projectId: string,
	processId: string,
	versionNumber?: number
): Promise<{ fileName: string; xml: string }> {
	const { process, diagram } = await getProcessDiagram(db, projectId, processId, versionNumber);
	if (!diagram) throw new DomainError('not_found', 'bpmn.error.noDiagram');
	return { fileName: bpmnFileName(process.code, process.name), xml: diagram.xml };
}

/**
 * Replaces the process's step list with the diagram's tasks in flow order. Steps are matched by diagram element
 * id, so a re-read keeps each step (and the pain points, requirements and validations pointing at it); a lane
 * named like a project role sets the step's role, and the lane's words are kept as the role text either way.
 * Lanes matching no role (and no role chosen for them before) are answered as `unmappedLanes`.
 */
export async function stepsFromDiagram(
	db: Conn,
	actor: Actor,
	projectId: string,
	processId: string,
	versionNumber?: number
): Promise<StepsFromDiagram> {
	return inTransaction(db, async (trx) => {
		const { diagram } = await getProcessDiagram(trx, projectId, processId, versionNumber);
		if (!diagram) throw new DomainError('not_found', 'bpmn.error.noDiagram');
		let tasks;
		try {
			tasks = readBpmnSteps(checkBpmn(diagram.xml));
		} catch (e) {
			refusal(e, 'versionNumber');
		}
		if (!tasks.length)
			throw new DomainError('validation_failed', 'bpmn.error.noTasks', { field: 'versionNumber' });
		// A lane named unlike any project role keeps the role someone chose for that lane's steps on the step list.
		const chosen = new Map<string, RoleId>();
		for (const s of await listSteps(trx, projectId, processId))
			if (s.role_id && isRoleId(s.role_id) && s.role_name) chosen.set(s.role_name, s.role_id);
		const steps = tasks.map((t) => {
			const roleName = t.laneName.slice(0, 100);
			return {
				name: t.name.slice(0, 200),
				roleId: t.roleId ?? chosen.get(roleName) ?? null,
				roleName,
				bpmnElementId: t.elementId
			};
		});
		const unmappedLanes = [...new Set(steps.filter((s) => s.roleName && !s.roleId).map((s) => s.roleName))];
		const rows = await saveSteps(trx, projectId, processId, steps);
		await touchProcess(trx, projectId, processId, nowIso());
		await recordAudit(trx, actor, {
			action: 'processDiagram.steps',
			objectType: 'process',
			objectId: processId,
			projectId,
			detail: { versionNumber: diagram.versionNumber, steps: rows.length, unmappedLanes }
		});
		return {
			versionNumber: diagram.versionNumber,
			unmappedLanes,
			steps: rows.map((r) => ({
				id: r.id,
				name: r.name,
				roleId: r.role_id,
				roleName: r.role_name,
				bpmnElementId: r.bpmn_element_id
			}))
		};
	});
}
