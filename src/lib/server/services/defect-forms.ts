import { translate, type Locale } from '../../i18n';
import { canManage } from '../../raci/roles';
import { allowedMoves } from '../../testing/defect-moves';
import type { DefectPrefill, DefectView } from '../../testing/defects';
import { formatTestCode, type DefectStatus } from '../../testing/types';
import type { Member } from '../../raci/member';
import type { Conn } from '../db';
import { notFound } from '../errors';
import { caseCustomisations, plannedCase, runOfStep, runPlace } from '../repo/defect-refs';
import { lastToRetestActor, runStepOf } from '../repo/defects';

// What the defect screens start from: the new-defect form pre-filled from a failed run step, and the moves the
// person looking at a defect may make.

export interface PrefillParams {
	cycleId: string;
	caseId: string;
	runId: string | null;
	stepId: string | null;
}

/**
 * The form opened from a failed step: the case must be planned into the cycle, the run of that cycle and case,
 * the step of that run (anything else is 404, like another project's id).
 */
export async function defectPrefill(
	db: Conn,
	projectId: string,
	p: PrefillParams,
	locale: Locale
): Promise<DefectPrefill> {
	const planned = await plannedCase(db, projectId, p.cycleId, p.caseId);
	if (!planned) throw notFound();
	if (p.runId) {
		const place = await runPlace(db, projectId, p.runId);
		if (!place || place.cycleId !== p.cycleId || place.caseId !== p.caseId) throw notFound();
	}
	let runStep: DefectPrefill['runStep'] = null;
	if (p.stepId) {
		if (!p.runId || (await runOfStep(db, projectId, p.stepId)) !== p.runId) throw notFound();
		const step = await runStepOf(db, p.stepId);
		if (step) {
			const { runId, ...rest } = step;
			void runId;
			runStep = rest;
		}
	}
	const linked = await caseCustomisations(db, p.caseId);
	return {
		cycleId: p.cycleId,
		cycleName: planned.cycleName,
		caseId: p.caseId,
		caseCode: formatTestCode('testCase', planned.caseNumber),
		caseTitle: planned.caseTitle,
		runId: p.runId,
		runStep,
		title: runStep ? translate(locale, 'defect.prefill.title', { action: runStep.action }) : '',
		description: runStep
			? translate(locale, 'defect.prefill.description', {
					position: runStep.position,
					action: runStep.action,
					expected: runStep.expected,
					actual: runStep.actual
				})
			: '',
		customisationId: linked.length === 1 ? linked[0] : null
	};
}

/** The moves this member may make on the defect now. */
export async function movesFor(db: Conn, member: Member, defect: DefectView): Promise<DefectStatus[]> {
	return allowedMoves(
		{ userId: member.userId, side: member.side, manages: canManage(member.roles) },
		{
			status: defect.status,
			ownerSide: defect.ownerSide,
			toRetestBy: defect.status === 'toRetest' ? await lastToRetestActor(db, defect.id) : null
		}
	);
}
