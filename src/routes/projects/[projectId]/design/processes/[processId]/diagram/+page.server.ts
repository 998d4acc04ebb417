import { error, type RequestEvent } from '@sveltejs/kit';
import { looksLikeDecision, starterDiagram } from '$lib/design/bpmn-layout';
import { bpmnFileName, emptyDiagramXml, stepElementId, versionParam } from '$lib/design/diagrams';
import { translate } from '$lib/i18n';
import { saveDiagramSchema } from '$lib/schemas/diagrams';
import { formToObject, validate } from '$lib/schemas/validate';
import { actorOf, requirePageMember } from '$lib/server/access';
import { db } from '$lib/server/app';
import { DomainError } from '$lib/server/errors';
import { domainFail, invalidForm } from '$lib/server/forms';
import { readBpmnUpload } from '$lib/server/interchange/bpmn-upload';
import { listSteps } from '$lib/server/repo/process-steps';
import { readForm } from '$lib/server/request-body';
import {
	getDiagramVersions,
	getProcessDiagram,
	importProcessBpmn,
	requireProcessInProject,
	saveProcessDiagram,
	stepsFromDiagram
} from '$lib/server/services/process-diagrams';
import type { Actions, PageServerLoad } from './$types';

/** The version list shows the newest versions; older ones stay reachable through the API. */
const VERSIONS_SHOWN = 50;

export const load: PageServerLoad = async (event) => {
	const { project } = await requirePageMember(event, event.params.projectId);
	const processId = event.params.processId;
	const view = await getProcessDiagram(db(), project.id, processId, versionParam(event.url)).catch(
		(e: unknown) => {
			if (e instanceof DomainError) error(e.status, translate(event.locals.locale, e.messageKey));
			throw e;
		}
	);
	const [versions, steps] = await Promise.all([
		getDiagramVersions(db(), project.id, processId),
		view.diagram ? Promise.resolve([]) : listSteps(db(), project.id, processId)
	]);
	const roleOf = (s: { role_id: string | null; role_name: string }) =>
		s.role_name ||
		(s.role_id ? translate(event.locals.locale, `label.role.${s.role_id}` as 'label.role.lead') : '');
	const t = (key: 'bpmn.starter.unassigned' | 'bpmn.starter.yes' | 'bpmn.starter.no') =>
		translate(event.locals.locale, key);
	// A process with steps but no diagram opens laid out from its steps (lanes by role), each task named after
	// its step so that reading the saved diagram back keeps the steps and what links to them.
	const firstDiagram = () =>
		steps.length
			? starterDiagram(
					steps.map((s) => ({
						name: s.name,
						roleName: roleOf(s),
						crmFunction: s.crm_function,
						decision: looksLikeDecision(s.name),
						bpmnElementId: s.bpmn_element_id ?? stepElementId(s.id)
					})),
					{
						processName: view.process.name,
						labels: {
							unassignedRole: t('bpmn.starter.unassigned'),
							yes: t('bpmn.starter.yes'),
							no: t('bpmn.starter.no')
						}
					}
				).xml
			: emptyDiagramXml(view.process.name, []);
	return {
		process: view.process,
		latestVersion: view.latestVersion,
		shownVersion: view.diagram?.versionNumber ?? 0,
		xml: view.diagram?.xml ?? firstDiagram(),
		versions: versions.slice(0, VERSIONS_SHOWN),
		versionCount: versions.length,
		canEdit: project.status === 'active',
		draftName: bpmnFileName(view.process.code, view.process.name)
	};
};

/** Write access, and the process checked to be this project's, before the body is read. */
async function access(event: RequestEvent<{ projectId: string; processId: string }>) {
	const { project } = await requirePageMember(event, event.params.projectId, { write: true });
	await requireProcessInProject(db(), project.id, event.params.processId).catch(() =>
		error(404, translate(event.locals.locale, 'error.notFound'))
	);
	return {
		projectId: project.id,
		processId: event.params.processId,
		locale: event.locals.locale,
		actor: actorOf(event)
	};
}

export const actions: Actions = {
	save: async (event) => {
		const { projectId, processId, locale, actor } = await access(event);
		const values = formToObject(await readForm(event));
		// The diagram is never echoed back: the editor still holds it, and it may be megabytes.
		const echoed = { section: 'save', baseVersion: values.baseVersion };
		const v = validate(saveDiagramSchema, { ...values, svg: values.svg || null }, locale);
		if (!v.ok) return invalidForm(locale, v.fields, echoed);
		try {
			const saved = await saveProcessDiagram(db(), actor, projectId, processId, v.data);
			return {
				section: 'save',
				versionNumber: saved.versionNumber,
				success: translate(locale, 'bpmn.saved', { n: saved.versionNumber })
			};
		} catch (e) {
			return domainFail(e, locale, echoed);
		}
	},
	import: async (event) => {
		const { projectId, processId, locale, actor } = await access(event);
		const echoed = { section: 'import' };
		try {
			const file = await readBpmnUpload(event.request);
			const saved = await importProcessBpmn(db(), actor, projectId, processId, file);
			return {
				section: 'import',
				success: translate(locale, 'bpmn.imported', { file: saved.fileName, n: saved.versionNumber })
			};
		} catch (e) {
			return domainFail(e, locale, echoed);
		}
	},
	steps: async (event) => {
		const { projectId, processId, locale, actor } = await access(event);
		const values = formToObject(await readForm(event));
		const n = Number(values.versionNumber);
		const echoed = { section: 'steps' };
		try {
			const made = await stepsFromDiagram(
				db(),
				actor,
				projectId,
				processId,
				Number.isInteger(n) && n > 0 ? n : undefined
			);
			return {
				section: 'steps',
				success: translate(locale, 'bpmn.steps.done', { count: made.steps.length, n: made.versionNumber }),
				unmappedLanes: made.unmappedLanes
			};
		} catch (e) {
			return domainFail(e, locale, echoed);
		}
	}
};
