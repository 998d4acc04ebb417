import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { listMembers } from '../repo/members';
import { listTasks } from '../repo/tasks';
import { updateTask } from '../services/plan/tasks';

/**
 * The demo's overdue work belongs to someone: the 甲方 PM owns the late, unfinished tasks, so their 待我处理
 * shows their own overdue work beside the reviews waiting for them.
 */
export async function seedReviewDemo(db: Kysely<Database>, projectId: string, today: string): Promise<void> {
	const pm = (await listMembers(db, projectId)).find(
		(m) => m.side === 'client' && m.roles.includes('projectManager')
	);
	if (!pm) return;
	const actor = { userId: pm.userId, ip: null };
	for (const task of await listTasks(db, projectId)) {
		if (task.hasChildren || task.status === 'done' || task.finish >= today) continue;
		await updateTask(db, actor, projectId, task.id, {
			version: task.version,
			assigneeIds: [...new Set([...task.assigneeIds, pm.id])]
		});
	}
}
