import { painPointState, isReadyForTest, isSeverePainGap } from '../../design/rules';
import {
	CHANNELS,
	DESIGN_LIMITS,
	STEP_RESULTS,
	formatDesignCode,
	type Channel,
	type ProcessKind,
	type StepResult,
	type ValidationResult
} from '../../design/types';
import { formatItemNumber, type RegisterType } from '../../register/types';
import type { Side } from '../../raci/sides';
import type { DesignDiagram, DesignStepLine } from '../../templates/documents/design-common';
import type { DocumentDataOf } from '../../templates/documents/registry';
import {
	benefitsForDocument,
	customisationsForDocument,
	diagramSvgs,
	interviewsForDocument,
	latestDiagramsForDocument,
	painPointsForDocument,
	processesForDocument,
	processNames,
	requirementsForDocument,
	resolutionsForDocument,
	stepsForDocument,
	validationsForDocument
} from '../repo/design-documents';
import { deliverableApproval } from './approval';
import { documentMeta, type Conn } from './meta';

/**
 * SVG a document carries in all: the diagrams cross into the PDF worker with the data, whose heap is capped, and
 * each is copied a few times there (rebuilt, measured, drawn). A bpmn-js export of a 30-task process is about
 * 100 kB, so this holds a hundred or more. Past it, the remaining processes print their step lists with a note.
 */
const DIAGRAM_BUDGET = 12 * 1024 * 1024;

function jsonArray(text: string | null | undefined): unknown[] {
	try {
		const value: unknown = JSON.parse(text ?? '[]');
		return Array.isArray(value) ? value : [];
	} catch {
		return [];
	}
}

const isChannel = (c: unknown): c is Channel => (CHANNELS as readonly unknown[]).includes(c);
const channelsOf = (json: string) => jsonArray(json).filter(isChannel);
const str = (v: unknown) => (typeof v === 'string' ? v : '');

type Process = Awaited<ReturnType<typeof processesForDocument>>[number];

async function stepsByProcess(db: Conn, projectId: string, kind: ProcessKind) {
	const map = new Map<string, DesignStepLine[]>();
	for (const s of await stepsForDocument(db, projectId, kind)) {
		const line: DesignStepLine = {
			name: s.name,
			roleId: s.role_id,
			roleName: s.role_name,
			crmFunction: s.crm_function,
			channel: isChannel(s.channel) ? s.channel : null
		};
		map.set(s.process_id, [...(map.get(s.process_id) ?? []), line]);
	}
	return map;
}

/** The newest diagram of each process, with its SVG while the document's budget lasts (in print order). */
async function diagramsByProcess(db: Conn, projectId: string, kind: ProcessKind, order: readonly string[]) {
	const latest = await latestDiagramsForDocument(db, projectId, kind);
	const byProcess = new Map(latest.map((d) => [d.process_id, d]));
	let budget = DIAGRAM_BUDGET;
	const wanted: string[] = [];
	const omitted = new Set<string>();
	for (const processId of order) {
		const d = byProcess.get(processId);
		const length = Number(d?.svg_length ?? 0);
		// A file above the SVG limit is never drawn: not worth carrying to the worker.
		if (!d || !length || length > DESIGN_LIMITS.svgBytes) continue;
		if (length > budget) omitted.add(d.id);
		else {
			budget -= length;
			wanted.push(d.id);
		}
	}
	const svgs = new Map((await diagramSvgs(db, projectId, wanted)).map((r) => [r.id, r.svg]));
	const out = new Map<string, DesignDiagram>();
	for (const d of latest) {
		const length = Number(d.svg_length ?? 0);
		out.set(d.process_id, {
			version: d.version_number,
			source: d.source,
			savedAt: d.created_at,
			savedBy: d.created_by_name,
			// Too large to draw: an empty drawing, which prints as "cannot be drawn safely".
			svg: d.svg_length === null ? null : length > DESIGN_LIMITS.svgBytes ? '' : (svgs.get(d.id) ?? null),
			omitted: omitted.has(d.id)
		});
	}
	return out;
}

const ownerOf = (p: Process) => p.owner_member_name ?? p.owner_name;

async function processBase(db: Conn, projectId: string, kind: ProcessKind) {
	const processes = await processesForDocument(db, projectId, kind);
	const [steps, diagrams] = await Promise.all([
		stepsByProcess(db, projectId, kind),
		diagramsByProcess(
			db,
			projectId,
			kind,
			processes.map((p) => p.id)
		)
	]);
	return processes.map((p) => ({
		row: p,
		common: {
			id: p.id,
			code: formatDesignCode(kind, p.number),
			name: p.name,
			domain: p.domain,
			parentId: p.parent_id,
			inScope: Boolean(p.in_scope),
			description: p.description,
			ownerDepartment: p.owner_department,
			ownerName: ownerOf(p),
			channels: channelsOf(p.channels),
			steps: steps.get(p.id) ?? [],
			diagram: diagrams.get(p.id) ?? null
		}
	}));
}

async function painPointsWithState(db: Conn, projectId: string) {
	const [points, resolutions] = await Promise.all([
		painPointsForDocument(db, projectId),
		resolutionsForDocument(db, projectId)
	]);
	const resolving = new Map<string, string[]>();
	for (const r of resolutions)
		resolving.set(r.pain_point_id, [...(resolving.get(r.pain_point_id) ?? []), r.process_id]);
	return points.map((p) => ({
		...p,
		code: formatDesignCode('painPoint', p.number),
		state: painPointState(p.status, resolving.get(p.id)?.length ?? 0),
		resolvedBy: resolving.get(p.id) ?? []
	}));
}

export async function loadDiagnosisReport(
	db: Conn,
	projectId: string,
	today: string
): Promise<DocumentDataOf<'diagnosisReport'>> {
	const [base, points, { interviews, links }] = await Promise.all([
		processBase(db, projectId, 'asIs'),
		painPointsWithState(db, projectId),
		interviewsForDocument(db, projectId)
	]);
	const codes = new Map(base.map((b) => [b.common.id, b.common.code]));
	return {
		meta: await documentMeta(db, projectId, 'diagnosisReport', 1, today),
		approval: await deliverableApproval(db, projectId, 'diagnosis.report'),
		processes: base.map(({ row, common }) => ({
			...common,
			volumePerMonth: row.volume_per_month,
			cycleTimeHours: row.cycle_time_hours,
			costPerCase: row.cost_per_case,
			policies: row.policies
		})),
		interviews: interviews.map((i) => ({
			heldOn: i.held_on,
			interviewee: i.interviewee,
			intervieweeRole: i.interviewee_role,
			department: i.department,
			interviewer: i.interviewer_member_name ?? i.interviewer_name,
			notes: i.notes,
			processCodes: links
				.filter((l) => l.interview_id === i.id)
				.map((l) => codes.get(l.process_id))
				.filter((c): c is string => Boolean(c))
				.sort()
		})),
		painPoints: points.map((p) => ({
			code: p.code,
			title: p.title,
			processId: p.process_id,
			stepName: p.step_name ?? null,
			channel: isChannel(p.channel) ? p.channel : null,
			severity: p.severity,
			frequency: p.frequency,
			burdensCustomer: Boolean(p.burdens_customer),
			customerEffect: p.customer_effect,
			rootCause: p.root_cause,
			evidenceKind: p.evidence_kind,
			evidence: p.evidence,
			state: p.state
		}))
	};
}

export async function loadDesignSpec(
	db: Conn,
	projectId: string,
	today: string
): Promise<DocumentDataOf<'designSpec'>> {
	const [base, points, benefits, requirements] = await Promise.all([
		processBase(db, projectId, 'toBe'),
		painPointsWithState(db, projectId),
		benefitsForDocument(db, projectId),
		requirementsForDocument(db, projectId)
	]);
	const asIsIds = [...new Set(base.map((b) => b.row.as_is_id).filter((id): id is string => Boolean(id)))];
	const named = await processNames(db, projectId, [...asIsIds, ...new Set(points.map((p) => p.process_id))]);
	const nameOf = new Map(
		named.map((n) => [n.id, { code: formatDesignCode(n.kind, n.number), name: n.name }])
	);
	return {
		meta: await documentMeta(db, projectId, 'designSpec', 1, today),
		approval: await deliverableApproval(db, projectId, 'redesign.tobe'),
		processes: base.map(({ row, common }) => ({
			...common,
			asIs: row.as_is_id ? (nameOf.get(row.as_is_id) ?? null) : null,
			burdenAnswer: row.burden_answer,
			burdenReason: row.burden_reason,
			benefits: benefits
				.filter((b) => b.process_id === row.id)
				.map((b) => ({
					measure: b.measure,
					unit: b.unit,
					baseline: b.baseline,
					target: b.target,
					direction: b.direction,
					method: b.method,
					frequency: b.frequency,
					ownerName: b.owner_name
				})),
			resolves: points
				.filter((p) => p.resolvedBy.includes(row.id))
				.map((p) => ({ code: p.code, title: p.title, severity: p.severity }))
		})),
		requirements: requirements.map((r) => ({
			code: formatDesignCode('requirement', r.number),
			title: r.title,
			processId: r.process_id,
			stepName: r.step_name,
			category: r.category,
			priority: r.priority,
			acceptance: r.acceptance_criteria,
			requestedBySide: r.requested_by_side,
			fit: r.fit,
			fitReason: r.fit_reason
		})),
		gaps: points
			.filter((p) => isSeverePainGap(p.severity, p.state))
			.sort((a, b) => b.severity - a.severity || a.number - b.number)
			.map((p) => ({
				code: p.code,
				title: p.title,
				severity: p.severity,
				processCode: nameOf.get(p.process_id)?.code ?? '—'
			}))
	};
}

export async function loadCustomisationList(
	db: Conn,
	projectId: string,
	today: string
): Promise<DocumentDataOf<'customisationList'>> {
	const { items, links } = await customisationsForDocument(db, projectId);
	return {
		meta: await documentMeta(db, projectId, 'customisationList', 1, today),
		approval: await deliverableApproval(db, projectId, 'redesign.customisations'),
		customisations: items.map((c) => ({
			code: formatDesignCode('customisation', c.number),
			title: c.title,
			description: c.description,
			type: c.type,
			ownerSide: c.owner_side,
			developer: c.developer_name ?? '',
			estimateDays: c.estimate_days === null ? null : Number(c.estimate_days),
			status: c.status,
			systems: jsonArray(c.systems)
				.filter((s): s is string => typeof s === 'string')
				.slice(0, DESIGN_LIMITS.systemsPerCustomisation),
			requirements: links
				.filter((l) => l.customisation_id === c.id)
				.map((l) => ({ code: formatDesignCode('requirement', l.number), title: l.title })),
			task:
				c.task_name && c.task_start && c.task_finish
					? {
							name: c.task_name,
							start: c.task_start,
							finish: c.task_finish,
							progress: Number(c.task_progress ?? 0)
						}
					: null
		}))
	};
}

const SIDES: readonly Side[] = ['client', 'vendor', 'consultant'];
const isStepResult = (v: unknown): v is StepResult => (STEP_RESULTS as readonly unknown[]).includes(v);

export async function loadValidationRecord(
	db: Conn,
	projectId: string,
	today: string
): Promise<DocumentDataOf<'validationRecord'>> {
	const [processes, { validations, issues }] = await Promise.all([
		processesForDocument(db, projectId, 'toBe'),
		validationsForDocument(db, projectId)
	]);
	const issuesOf = (validationId: string) =>
		issues
			.filter((i) => i.origin_ref === validationId)
			.map((i) => ({
				code: formatItemNumber(i.type as RegisterType, i.number),
				title: i.title,
				blocking: Boolean(i.blocking),
				status: i.status
			}));
	return {
		meta: await documentMeta(db, projectId, 'validationRecord', 1, today),
		approval: await deliverableApproval(db, projectId, 'redesign.validation'),
		processes: processes.map((p) => {
			const walkthroughs = validations
				.filter((v) => v.process_id === p.id)
				.map((v) => ({
					heldOn: v.held_on,
					participants: jsonArray(v.participants)
						.map((x) => x as Record<string, unknown>)
						.filter((x) => x && SIDES.includes(x.side as Side))
						.map((x) => ({ name: str(x.name), side: x.side as Side }))
						.slice(0, DESIGN_LIMITS.participantsPerValidation),
					steps: jsonArray(v.steps)
						.map((x) => x as Record<string, unknown>)
						.filter((x) => x && isStepResult(x.result))
						.map((x) => ({ name: str(x.name), result: x.result as StepResult, note: str(x.note) }))
						.slice(0, DESIGN_LIMITS.stepsPerProcess),
					result: v.result as ValidationResult,
					notes: v.notes,
					recordedBy: v.recorded_by_name,
					issues: issuesOf(v.id)
				}));
			const openBlocking = walkthroughs
				.flatMap((w) => w.issues)
				.filter((i) => i.blocking && i.status !== 'closed').length;
			return {
				code: formatDesignCode('toBe', p.number),
				name: p.name,
				walkthroughs,
				readyForTest: isReadyForTest(walkthroughs[0]?.result ?? null, openBlocking)
			};
		})
	};
}
