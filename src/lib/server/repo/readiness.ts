import type { Kysely } from 'kysely';
import { riskSeverity, summariseReadiness, type ReadinessSummary } from '../../phases/readiness';
import { translate } from '../../i18n';
import type { Member } from '../../raci/member';
import type { Database } from '../db/schema';
import { DomainError } from '../errors';
import { newId, nowIso } from '../ids';
import { recordAudit, type Actor } from '../services/audit';
import type { Conn } from '../db';

export interface ReadinessFactorView {
	id: string;
	key: string;
	name: string;
	nameEn: string | null;
	description: string;
	descriptionEn: string | null;
	weight: number;
}

export interface ReadinessView {
	factors: ReadinessFactorView[];
	summary: ReadinessSummary;
	/** The viewer's own scores, by factor id. */
	mine: Record<string, { score: number; comment: string }>;
	/**
	 * Whether the viewer may see each side's per-factor scores: only once they have scored every factor
	 * themselves, so one side's view does not anchor the other's (the assessment is independent).
	 */
	revealed: boolean;
	risks: {
		id: string;
		factorId: string | null;
		title: string;
		titleEn: string | null;
		severity: string;
		status: string;
	}[];
}

export async function listFactors(db: Conn, projectId: string): Promise<ReadinessFactorView[]> {
	const rows = await db
		.selectFrom('readiness_factors')
		.selectAll()
		.where('project_id', '=', projectId)
		.orderBy('order_index')
		.execute();
	return rows.map((f) => ({
		id: f.id,
		key: f.key,
		name: f.name,
		nameEn: f.name_en,
		description: f.description,
		descriptionEn: f.description_en,
		weight: Number(f.weight)
	}));
}

async function loadScores(db: Conn, projectId: string) {
	return db
		.selectFrom('readiness_scores')
		.innerJoin('readiness_factors', 'readiness_factors.id', 'readiness_scores.factor_id')
		.select([
			'readiness_scores.factor_id',
			'readiness_scores.member_id',
			'readiness_scores.side',
			'readiness_scores.score',
			'readiness_scores.comment'
		])
		.where('readiness_factors.project_id', '=', projectId)
		.execute();
}

export async function getReadiness(
	db: Conn,
	projectId: string,
	viewer: Pick<Member, 'id'> | null
): Promise<ReadinessView> {
	const [factors, scores, risks] = await Promise.all([
		listFactors(db, projectId),
		loadScores(db, projectId),
		db
			.selectFrom('risks')
			.selectAll()
			.where('project_id', '=', projectId)
			.where('source', '=', 'readiness')
			.orderBy('created_at')
			.execute()
	]);
	const summary = summariseReadiness(
		factors,
		scores.map((s) => ({ factorId: s.factor_id, side: s.side, score: Number(s.score) }))
	);
	const mine: ReadinessView['mine'] = {};
	for (const s of scores)
		if (viewer && s.member_id === viewer.id)
			mine[s.factor_id] = { score: Number(s.score), comment: s.comment };
	return {
		factors,
		summary,
		mine,
		revealed: factors.length > 0 && factors.every((f) => mine[f.id]),
		risks: risks.map((r) => ({
			id: r.id,
			factorId: r.source_ref,
			title: r.title,
			titleEn: r.title_en,
			severity: r.severity,
			status: r.status
		}))
	};
}

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
		for (const s of scores) {
			await trx
				.deleteFrom('readiness_scores')
				.where('factor_id', '=', s.factorId)
				.where('member_id', '=', member.id)
				.execute();
			await trx
				.insertInto('readiness_scores')
				.values({
					factor_id: s.factorId,
					member_id: member.id,
					side: member.side,
					score: s.score,
					comment: s.comment,
					updated_at: now
				})
				.execute();
		}
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
	const existing = await trx
		.selectFrom('risks')
		.selectAll()
		.where('project_id', '=', projectId)
		.where('source', '=', 'readiness')
		.execute();
	for (const f of summary.factors) {
		const factor = factors.find((x) => x.id === f.factorId)!;
		const risk = existing.find((r) => r.source_ref === f.factorId);
		if (f.low && f.mean !== null) {
			const severity = riskSeverity(f.mean);
			if (!risk) {
				await trx
					.insertInto('risks')
					.values({
						id: newId(),
						project_id: projectId,
						source: 'readiness',
						source_ref: f.factorId,
						title: translate('zh-CN', 'readiness.riskTitle', { factor: factor.name }),
						title_en: translate('en', 'readiness.riskTitle', { factor: factor.nameEn ?? factor.name }),
						severity,
						status: 'open',
						created_at: now,
						updated_at: now
					})
					.execute();
			} else if (risk.status !== 'open' || risk.severity !== severity) {
				await trx
					.updateTable('risks')
					.set({ status: 'open', severity, updated_at: now })
					.where('id', '=', risk.id)
					.execute();
			}
		} else if (risk && risk.status === 'open') {
			await trx
				.updateTable('risks')
				.set({ status: 'closed', updated_at: now })
				.where('id', '=', risk.id)
				.execute();
		}
	}
}
