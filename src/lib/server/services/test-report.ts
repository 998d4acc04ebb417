import type { Kysely } from 'kysely';
import { translate, type Locale } from '../../i18n';
import type { Database } from '../db/schema';
import type { Conn } from '../db';
import { renderDocumentForProject } from '../documents/render';
import { loadTestReportBody } from '../documents/testing-data';
import { SUMMARY_CASES, type ReportSummary } from '../../testing/report';
import { DomainError, notFound } from '../errors';
import {
	cycleOptions,
	insertReportDeliverable,
	reportCycle,
	testingPhaseId,
	updateWaiverReason
} from '../repo/test-report';
import { recordAudit, type Actor } from './audit';
import { addDeliverableVersion } from './deliverables';
import { refreshReviews } from './signoff/review';
import { inTransaction } from './transaction';

/**
 * The cycle's own 测试报告 deliverable. Cycles get one when they are created; data from before that gets
 * "测试报告 · <cycle>" in the testing phase the first time a report is saved.
 */
export async function ensureReportDeliverable(
	db: Conn,
	actor: Actor,
	projectId: string,
	cycleId: string
): Promise<string> {
	return inTransaction(db, async (trx) => {
		const cycle = await reportCycle(trx, projectId, cycleId);
		if (!cycle) throw notFound();
		if (cycle.reportDeliverableId) return cycle.reportDeliverableId;
		const phaseId = await testingPhaseId(trx, projectId);
		if (!phaseId) throw new DomainError('conflict', 'treport.error.noTestingPhase');
		const name = (locale: Locale) => `${translate(locale, 'treport.kind')} · ${cycle.name}`;
		const id = await insertReportDeliverable(trx, projectId, phaseId, cycleId, {
			zh: name('zh-CN'),
			en: name('en')
		});
		await recordAudit(trx, actor, {
			action: 'testCycle.reportDeliverable',
			objectType: 'testCycle',
			objectId: cycleId,
			projectId,
			detail: { deliverableId: id, name: name('zh-CN') }
		});
		return id;
	});
}

/** A rendered 测试报告 stored as the next version of its cycle's deliverable; signatures over the previous version are voided. */
export async function saveTestReportPdf(
	db: Kysely<Database>,
	actor: Actor,
	projectId: string,
	cycleId: string,
	doc: { bytes: Uint8Array; filename: string; title: string }
) {
	const deliverableId = await ensureReportDeliverable(db, actor, projectId, cycleId);
	const cycle = await reportCycle(db, projectId, cycleId);
	const version = await addDeliverableVersion(db, actor, projectId, deliverableId, {
		filename: doc.filename,
		mediaType: 'application/pdf',
		bytes: doc.bytes,
		source: 'generated',
		note: `${doc.title} · ${cycle?.name ?? ''}`
	});
	return {
		deliverableId,
		title: `${doc.title} · ${cycle?.name ?? ''}`,
		number: version.number,
		sha256: version.sha256
	};
}

/** Renders the cycle's report in one language and saves it as the next version of the cycle's deliverable. */
export async function renderAndSaveTestReport(
	db: Kysely<Database>,
	actor: Actor,
	projectId: string,
	cycleId: string,
	lang: Locale
) {
	if (!(await reportCycle(db, projectId, cycleId))) throw notFound();
	const doc = await renderDocumentForProject(db, projectId, 'testReport', lang, { cycle: cycleId });
	return saveTestReportPdf(db, actor, projectId, cycleId, doc);
}

/**
 * A manager writes why the cycle's results on simulated data are accepted. The reason is what both leads sign:
 * changing it voids their earlier signatures and puts the waiver back in review over the new text.
 */
export async function setDataWaiverReason(
	db: Conn,
	actor: Actor,
	projectId: string,
	cycleId: string,
	input: { reason: string; version: number }
) {
	return inTransaction(db, async (trx) => {
		const before = await reportCycle(trx, projectId, cycleId);
		if (!before) throw notFound();
		const current = { version: before.version, reason: before.dataWaiverReason };
		if (before.version !== input.version)
			throw new DomainError('conflict', 'error.versionConflict', { current });
		if (!(await updateWaiverReason(trx, projectId, cycleId, before.version, input.reason)))
			throw new DomainError('conflict', 'error.versionConflict', { current });
		await recordAudit(trx, actor, {
			action: 'testCycle.dataWaiver',
			objectType: 'testCycle',
			objectId: cycleId,
			projectId,
			detail: { from: before.dataWaiverReason, to: input.reason, version: before.version + 1 }
		});
		await refreshReviews(trx, actor, projectId, [{ type: 'testDataWaiver', id: cycleId }], 'changed');
		return { version: before.version + 1, reason: input.reason };
	});
}

/** The report page: the cycle's versioned facts and a summary of what the PDF will say. */
export async function getTestReport(db: Conn, projectId: string, cycleId: string) {
	const { cycle, body } = await loadTestReportBody(db, projectId, cycleId);
	const simulated = body.cases.filter((c) => c.source === 'simulated');
	const summary: ReportSummary = {
		cycleType: body.cycle.type,
		verdict: body.figures.exit?.met ? 'pass' : 'fail',
		criteria: (body.figures.exit?.criteria ?? []).map((c) => ({
			key: c.key,
			threshold: c.threshold,
			observed: c.observed,
			met: c.met,
			waived: c.waived,
			offenders: c.offenders.length
		})),
		bySource: body.figures.bySource,
		simulated: simulated
			.slice(0, SUMMARY_CASES)
			.map((c) => ({ code: c.code, title: c.title, status: c.status, reason: c.sourceReason })),
		simulatedCount: simulated.length,
		processes: body.processes
	};
	return {
		cycle: {
			id: cycle.id,
			version: cycle.version,
			dataWaiverReason: cycle.dataWaiverReason,
			reportDeliverableId: cycle.reportDeliverableId
		},
		summary
	};
}

/** The cycle's report deliverable, if it has one yet (null also for another project's cycle). */
export async function reportDeliverableOf(
	db: Conn,
	projectId: string,
	cycleId: string
): Promise<string | null> {
	return (await reportCycle(db, projectId, cycleId))?.reportDeliverableId ?? null;
}

/** The cycles a 测试报告 can be printed for, for the documents page. */
export async function reportCycleOptions(db: Conn, projectId: string) {
	return cycleOptions(db, projectId);
}
