import type { Kysely } from 'kysely';
import { isGateTask } from '../../phases/rollup';
import type { Member } from '../../raci/member';
import { fromDay, toDay } from '../../scheduling/dates';
import type { Database } from '../db/schema';
import { DEMO_CHARTER, DEMO_THREE_C, DEMO_VISION, demoKickoffMeeting } from './content';
import { saveDocument, saveKickoffMeeting } from '../services/documents';
import { listDeliverables, listGateItems } from '../repo/gates';
import { passGate, updateGateItem } from '../services/gates';
import { listMembers } from '../repo/members';
import { listPhases } from '../repo/phases';
import { setPhaseStatus } from '../services/phases';
import { listFactors } from '../repo/readiness';
import { saveReadinessScores } from '../services/readiness';
import { listTasks } from '../repo/tasks';
import { updateTask } from '../services/plan/tasks';
import { waiveDemoGate } from './gates';
import { seedReadinessRegisterDemo } from './register-views';
import { acceptTask, submitAndApprove, submitOnly, uploadDemoDeliverable, type DemoSigners } from './signoff';

// Each side's view of the readiness factors: the vendor is more worried about data and rules than the client.
const SCORES: Record<string, Record<string, number>> = {
	client: {
		sponsor: 5,
		goals: 4,
		scope: 3,
		organisation: 4,
		people: 3,
		data: 4,
		participation: 4,
		rules: 4,
		training: 3,
		itBase: 3
	},
	vendor: {
		sponsor: 4,
		goals: 4,
		scope: 3,
		organisation: 4,
		people: 3,
		data: 1,
		participation: 3,
		rules: 2,
		training: 3,
		itBase: 2
	},
	consultant: {
		sponsor: 4,
		goals: 4,
		scope: 3,
		organisation: 4,
		people: 3,
		data: 2,
		participation: 3,
		rules: 3,
		training: 3,
		itBase: 3
	}
};

/**
 * Brings the demo project to where a real one would be some fifteen weeks in: readiness, kickoff and diagnosis
 * done and signed off, the redesign under way with one task running late, documents written, scores in.
 */
export async function advanceDemo(
	db: Kysely<Database>,
	projectId: string,
	pmUserId: string,
	today: string,
	password: string
): Promise<void> {
	const actor = { userId: pmUserId, ip: null };
	const members = await listMembers(db, projectId);
	await scoreReadiness(db, projectId, members, actor);
	await seedReadinessRegisterDemo(db, projectId, actor, today);
	await saveDocument(db, actor, projectId, 'threeC', DEMO_THREE_C, 0);
	await saveDocument(db, actor, projectId, 'vision', DEMO_VISION, 0);
	await saveDocument(db, actor, projectId, 'charter', DEMO_CHARTER, 0);

	const tasks = await listTasks(db, projectId);
	const todayDay = toDay(today);
	const leaves = tasks.filter((t) => !t.hasChildren);
	// The most recently due piece of work stays open past its finish, so the dashboard has an overdue item.
	const late = leaves
		.filter((t) => !t.isMilestone && toDay(t.finish) < todayDay)
		.reduce<(typeof leaves)[number] | null>((a, t) => (!a || t.finish > a.finish ? t : a), null);
	for (const task of leaves) {
		// A gate review milestone reads done once its gate passes (signOffFinishedPhases), never before.
		if (isGateTask(task)) continue;
		const start = toDay(task.start);
		const finish = toDay(task.finish);
		if (finish < todayDay) {
			if (task.id === late?.id) {
				await updateTask(db, actor, projectId, task.id, {
					version: task.version,
					status: 'inProgress',
					progress: 70,
					actualStart: task.start
				});
				continue;
			}
			const finished = await updateTask(db, actor, projectId, task.id, {
				version: task.version,
				status: 'done',
				actualStart: task.start,
				actualFinish: task.finish
			});
			if (finished.status !== 'done') await acceptTask(db, projectId, task.id, { members, password });
		} else if (start <= todayDay) {
			const share = Math.round(((todayDay - start + 1) / (finish - start + 1)) * 100);
			await updateTask(db, actor, projectId, task.id, {
				version: task.version,
				status: 'inProgress',
				progress: Math.min(90, share),
				actualStart: task.start
			});
		}
	}

	const kickoff = (await listPhases(db, projectId)).find((p) => p.key === 'kickoff');
	if (kickoff)
		await saveKickoffMeeting(
			db,
			actor,
			projectId,
			demoKickoffMeeting(
				tasks.find((t) => t.templateKey === 'kickoff.meeting')?.start ?? today,
				members.map((m) => m.id)
			),
			0
		);
	await signOffFinishedPhases(db, projectId, actor, today, {
		members: await listMembers(db, projectId),
		password
	});
}

async function scoreReadiness(
	db: Kysely<Database>,
	projectId: string,
	members: Member[],
	actor: { userId: string; ip: null }
) {
	const factors = await listFactors(db, projectId);
	const scorers = members.filter((m) =>
		m.roles.some((r) => r === 'projectManager' || r === 'lead' || r === 'implementationConsultant')
	);
	for (const member of scorers) {
		const view = SCORES[member.side];
		await saveReadinessScores(
			db,
			{ ...actor, userId: member.userId },
			projectId,
			member,
			factors.map((f) => ({ factorId: f.id, score: view[f.key] ?? 3, comment: '' }))
		);
	}
}

/** What the current phase's first deliverable says in its first draft. */
const IN_FLIGHT_DRAFT: Record<string, string> = {
	diagnosis: '现状调研初稿：门店、网店与呼叫中心三个渠道的客户接触流程。',
	redesign: '目标流程设计初稿：八个目标流程、各自解决的痛点、每步使用的 CRM 功能与客户负担评估。'
};

/** Phases whose work is all done get their checklist completed with evidence and their gate passed. */
async function signOffFinishedPhases(
	db: Kysely<Database>,
	projectId: string,
	actor: { userId: string; ip: null },
	today: string,
	signers: DemoSigners
) {
	const tasks = await listTasks(db, projectId);
	let current = true;
	for (const phase of await listPhases(db, projectId)) {
		const work = tasks.filter((t) => t.phaseId === phase.id && !t.hasChildren && !isGateTask(t));
		if (work.length && work.every((t) => t.status === 'done')) {
			const deliverables = await listDeliverables(db, projectId, phase.id);
			if (deliverables[0]) {
				await uploadDemoDeliverable(
					db,
					projectId,
					deliverables[0],
					signers,
					`${phase.name}阶段交付物，经双方评审定稿。`
				);
				await submitAndApprove(db, projectId, { type: 'deliverable', id: deliverables[0].id }, signers);
			}
			for (const item of await listGateItems(db, projectId, phase.id)) {
				await updateGateItem(db, actor, projectId, item.id, {
					version: item.version,
					done: true,
					evidenceNote: `${fromDay(toDay(today))} 关口评审会确认`,
					evidenceTaskId: null,
					evidenceDeliverableId: deliverables[0]?.id ?? null
				});
			}
			await waiveDemoGate(db, projectId, actor, phase.id);
			await submitAndApprove(db, projectId, { type: 'gate', id: phase.id }, signers);
			await passGate(db, actor, projectId, phase.id, phase.version);
		} else if (current) {
			current = false;
			const [inFlight] = await listDeliverables(db, projectId, phase.id);
			if (inFlight) {
				await uploadDemoDeliverable(
					db,
					projectId,
					inFlight,
					signers,
					IN_FLIGHT_DRAFT[phase.key] ?? `${phase.name}阶段交付物初稿。`
				);
				await submitOnly(
					db,
					projectId,
					{ type: 'deliverable', id: inFlight.id },
					signers,
					'初稿，请甲方负责人审阅'
				);
			}
			await setPhaseStatus(db, actor, projectId, phase.id, { version: phase.version, status: 'inProgress' });
		}
	}
}
