import { summariseReadiness } from '../../phases/readiness';
import type { ReadinessFactorView, ReadinessView } from '../../projects/views';
import type { Member } from '../../raci/member';
import type { ReadinessOrigin } from '../../register/readiness-risks';
import { isOpen } from '../../register/types';
import type { Conn } from '../db';
import { listReadinessRiskItems } from './register-views';

export type { ReadinessFactorView, ReadinessView };

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
		listReadinessRiskItems(db, projectId)
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
			code: r.code,
			origin: r.origin as ReadinessOrigin,
			factorId: r.originRef,
			title: r.title,
			status: r.status,
			open: isOpen('risk', r.status),
			probability: r.probability,
			impact: r.impact,
			score: r.score,
			ownerName: r.ownerName,
			mitigation: r.mitigation
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
