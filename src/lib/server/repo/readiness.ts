import { summariseReadiness } from '../../phases/readiness';
import type { ReadinessFactorView, ReadinessView } from '../../projects/views';
import type { Member } from '../../raci/member';
import type { Conn } from '../db';

export type { ReadinessFactorView, ReadinessView };

type RiskSeverity = 'high' | 'medium' | 'low';

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

/** Every score of the project's factors, by member and side. */
export async function loadScores(db: Conn, projectId: string) {
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
		listReadinessRisks(db, projectId)
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

/** Replaces one member's score of one factor. */
export async function putScore(
	db: Conn,
	member: Pick<Member, 'id' | 'side'>,
	s: { factorId: string; score: number; comment: string },
	updatedAt: string
): Promise<void> {
	await db
		.deleteFrom('readiness_scores')
		.where('factor_id', '=', s.factorId)
		.where('member_id', '=', member.id)
		.execute();
	await db
		.insertInto('readiness_scores')
		.values({
			factor_id: s.factorId,
			member_id: member.id,
			side: member.side,
			score: s.score,
			comment: s.comment,
			updated_at: updatedAt
		})
		.execute();
}

export async function listReadinessRisks(db: Conn, projectId: string) {
	return db
		.selectFrom('risks')
		.selectAll()
		.where('project_id', '=', projectId)
		.where('source', '=', 'readiness')
		.orderBy('created_at')
		.execute();
}

export async function insertReadinessRisk(
	db: Conn,
	risk: {
		id: string;
		projectId: string;
		factorId: string;
		title: string;
		titleEn: string;
		severity: RiskSeverity;
	},
	now: string
): Promise<void> {
	await db
		.insertInto('risks')
		.values({
			id: risk.id,
			project_id: risk.projectId,
			source: 'readiness',
			source_ref: risk.factorId,
			title: risk.title,
			title_en: risk.titleEn,
			severity: risk.severity,
			status: 'open',
			created_at: now,
			updated_at: now
		})
		.execute();
}

export async function updateRisk(
	db: Conn,
	riskId: string,
	set: { status: 'open' | 'closed'; severity?: RiskSeverity },
	now: string
): Promise<void> {
	await db
		.updateTable('risks')
		.set({ ...set, updated_at: now })
		.where('id', '=', riskId)
		.execute();
}
