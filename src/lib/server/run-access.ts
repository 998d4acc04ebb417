import type { ProjectAccess } from './access';
import type { RunTester } from './services/test-runs';

/** The signed-in member as the one who runs a case (their name and side are recorded on the run). */
export function runTesterOf(access: ProjectAccess): RunTester {
	return {
		memberId: access.member.id,
		name: access.member.name,
		side: access.member.side,
		manages: access.canManage
	};
}
