import type { Kysely } from 'kysely';
import { translate } from '../../i18n';
import { GAP_THRESHOLD, LOW_SCORE, summariseReadiness, type FactorSummary } from '../../phases/readiness';
import { READINESS_ORIGINS, readinessRatings, type ReadinessOrigin } from '../../register/readiness-risks';
import { isOpen } from '../../register/types';
import { createRegisterItemSchema } from '../../schemas/register';
import type { Member } from '../../raci/member';
import type { Conn } from '../db';
import type { Database } from '../db/schema';
import { DomainError } from '../errors';
import { nowIso } from '../ids';
import {
	getReadiness,
	listFactors,
	loadScores,
	putScore,
	type ReadinessFactorView,
	type ReadinessView
} from '../repo/readiness';
import { findRegisterItemByOrigin } from '../repo/register-items';
import { insertSystemComment } from '../repo/register-views';
import { recordAudit, type Actor } from './audit';
import { createRegisterItem, updateRegisterItem } from './register';

/**
 * Saves one member's scores for their side, then keeps the register's readiness risks in step (see syncRisks) —
 * all in one transaction.
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
		await syncRisks(trx, actor, projectId, factors);
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

/**
 * Keeps the register in step with the scores: a risk for each factor scored low and each perception gap (raised,
 * re-rated, closed with a note when the factor recovers, re-opened when it drops again). Only status and rating
 * are touched: the owner, mitigation and anything else a person wrote stay theirs.
 */
async function syncRisks(trx: Conn, actor: Actor, projectId: string, factors: ReadinessFactorView[]) {
	const scores = await loadScores(trx, projectId);
	const summary = summariseReadiness(
		factors,
		scores.map((s) => ({ factorId: s.factor_id, side: s.side, score: Number(s.score) }))
	);
	for (const f of summary.factors) {
		const factor = factors.find((x) => x.id === f.factorId)!;
		const ratings = readinessRatings(f);
		for (const origin of READINESS_ORIGINS)
			await syncOne(trx, actor, projectId, { factor, summary: f, origin, rating: ratings[origin] });
	}
}

const one = (n: number | null) => (n === null ? '—' : n.toFixed(1));

async function syncOne(
	trx: Conn,
	actor: Actor,
	projectId: string,
	c: {
		factor: ReadinessFactorView;
		summary: FactorSummary;
		origin: ReadinessOrigin;
		rating: ReturnType<typeof readinessRatings>[ReadinessOrigin];
	}
) {
	const { factor, summary: f, origin, rating } = c;
	const item = await findRegisterItemByOrigin(trx, projectId, origin, factor.id);
	const note = (key: 'raidViews.note.recovered' | 'raidViews.note.reopened') =>
		addNote(trx, actor, projectId, item!.id, translate('zh-CN', key, { mean: one(f.mean), gap: one(f.gap) }));
	if (rating && !item) {
		const params = {
			factor: factor.name,
			mean: one(f.mean),
			gap: one(f.gap),
			client: one(f.bySide.client.mean),
			vendor: one(f.bySide.vendor.mean),
			low: LOW_SCORE,
			threshold: GAP_THRESHOLD
		};
		// Stored as written text, in the register's language (Chinese first, like seeded methodology content).
		await createRegisterItem(
			trx,
			actor,
			projectId,
			createRegisterItemSchema.parse({
				type: 'risk',
				title: translate('zh-CN', `raidViews.riskTitle.${origin}`, params),
				description: translate('zh-CN', `raidViews.riskDescription.${origin}`, params),
				ownerSide: 'joint',
				...rating
			}),
			{ origin, originRef: factor.id }
		);
	} else if (rating && item && item.status !== 'occurred') {
		const reopen = !isOpen('risk', item.status);
		if (!reopen && item.probability === rating.probability && item.impact === rating.impact) return;
		await updateRegisterItem(trx, actor, projectId, item.id, {
			version: item.version,
			...(reopen ? { status: 'identified' } : {}),
			...rating
		});
		if (reopen) await note('raidViews.note.reopened');
	} else if (!rating && item && isOpen('risk', item.status)) {
		await updateRegisterItem(trx, actor, projectId, item.id, { version: item.version, status: 'closed' });
		await note('raidViews.note.recovered');
	}
}

async function addNote(trx: Conn, actor: Actor, projectId: string, itemId: string, body: string) {
	await insertSystemComment(trx, {
		projectId,
		itemId,
		authorId: actor.userId,
		authorName: translate('zh-CN', 'raidViews.note.author'),
		body,
		at: nowIso()
	});
}
