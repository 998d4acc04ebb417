import type { TaskStatus, TaskView } from '../../../phases/task-model';
import type { Conn } from '../../db';
import { DomainError } from '../../errors';
import { currentApproval } from '../signoff/approval';
import { latestRound } from '../../repo/review-rounds';

/** Once a task is put up for acceptance, only the two sides' signatures move it to 已完成 (or back to work). */
export async function assertStatusNotUnderReview(
	trx: Conn,
	projectId: string,
	current: TaskView,
	status: TaskStatus | undefined
) {
	if (!status || status === current.status) return;
	const round = await latestRound(trx, projectId, 'task', current.id);
	if (round && round.status === 'open' && (status === 'done' || current.status === 'awaitingAcceptance')) {
		throw new DomainError('conflict', 'signoff.acceptanceRequired', { field: 'status' });
	}
}

/**
 * 已完成 is reached through acceptance sign-off: asking for it (or for 待验收) on a task whose current content is
 * not accepted by every slot puts the task up for acceptance instead, whoever asks.
 */
export async function needsAcceptance(
	trx: Conn,
	projectId: string,
	current: TaskView,
	status: TaskStatus | undefined
): Promise<boolean> {
	if ((status !== 'done' && status !== 'awaitingAcceptance') || status === current.status) return false;
	if (status === 'done' && (await currentApproval(trx, projectId, { type: 'task', id: current.id })).approved)
		return false;
	return true;
}
