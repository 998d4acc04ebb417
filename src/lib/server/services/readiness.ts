import type { Kysely } from 'kysely';
import { translate } from '../../i18n';
import { riskSeverity, summariseReadiness } from '../../phases/readiness';
import type { Member } from '../../raci/member';
import type { Conn } from '../db';
import type { Database } from '../db/schema';
import { DomainError } from '../errors';
import { newId, nowIso } from '../ids';
import {
	getReadiness,
	insertReadinessRisk,
	listFactors,
	listReadinessRisks,
	loadScores,
	putScore,
	updateRisk,
	type ReadinessFactorView,
	type ReadinessView
} from '../repo/readiness';
import { recordAudit, type Actor } from './audit';

/**
 * Saves one member's scores for their side, then raises a risk for each factor now scored low and closes
 * the readiness risks of factors that recovered — all in one transaction.
 */
export async function saveReadinessScores(
	db: Kysely<Database>,
	actor: Actor,
	projectId: string,
	member: Member,
	scores: { factorId: string; score: number; comment: string }[]
): Promise<ReadinessView> {
	return db.transaction().execute(async (trx) => {
		const factors = await listFactors(trx, projectId);
		const known = new Set(factors.map((f) => f.id));
		const unknown = scores.find((s) => !known.has(s.factorId));
		if (unknown) throw new DomainError('validation_failed', 'readiness.unknownFactor', { field: 'scores' });
		const now = nowIso();
		for (const s of scores) await putScore(trx, member, s, now);
		await syncRisks(trx, projectId, factors, now);
		await recordAudit(trx, actor, {
			action: 'readiness.score',
			objectType: 'readiness',
			objectId: member.id,
			projectId,
			detail: { side: member.side, scores: scores.map((s) => [s.factorId, s.score]) }
		});
		return getReadiness(trx, projectId, member);
	});
}

/** Opens (or re-rates) a risk for each factor scored low, and closes the risks of factors that recovered. */
async function syncRisks(
	trx: Conn,
	projectId: string,
	factors: ReadinessFactorView[],
	now: string
): Promise<void> {
	const scores = await loadScores(trx, projectId);
	const summary = summariseReadiness(
		factors,
		scores.map((s) => ({ factorId: s.factor_id, side: s.side, score: Number(s.score) }))
	);
	const existing = await listReadinessRisks(trx, projectId);
	for (const f of summary.factors) {
		const factor = factors.find((x) => x.id === f.factorId)!;
		const risk = existing.find((r) => r.source_ref === f.factorId);
		if (f.low && f.mean !== null) {
			const severity = riskSeverity(f.mean);
			if (!risk) {
				// Seeded like methodology content: a Chinese title and an English one, each in its own column.
				await insertReadinessRisk(
					trx,
					{
						id: newId(),
						projectId,
						factorId: f.factorId,
						title: translate('zh-CN', 'readiness.riskTitle', { factor: factor.name }),
						titleEn: translate('en', 'readiness.riskTitle', { factor: factor.nameEn ?? factor.name }),
						severity
					},
					now
				);
			} else if (risk.status !== 'open' || risk.severity !== severity) {
				await updateRisk(trx, risk.id, { status: 'open', severity }, now);
			}
		} else if (risk && risk.status === 'open') {
			await updateRisk(trx, risk.id, { status: 'closed' }, now);
		}
	}
}
