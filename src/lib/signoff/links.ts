import type { SignableType } from './types';

/** Where a person reviews and signs an object of each type. */
export function signableHref(
	projectId: string,
	type: SignableType,
	id: string,
	phaseIdOfCutover?: string | null
): string {
	const base = `/projects/${projectId}`;
	switch (type) {
		case 'deliverable':
			return `${base}/deliverables/${id}`;
		case 'task':
			return `${base}/tasks/${id}`;
		case 'gate':
			return `${base}/phases/${id}#signoff-gate`;
		case 'raciBaseline':
			return `${base}/raci/versions#signoff-raciBaseline`;
		case 'cutover':
			return phaseIdOfCutover ? `${base}/phases/${phaseIdOfCutover}#signoff-cutover` : `${base}/phases`;
		case 'change':
			return `${base}/register/${id}/change#signoff-change`;
		case 'requirement':
			return `${base}/design/requirements/${id}#signoff-requirement`;
		case 'testDataWaiver':
			return `${base}/testing/cycles/${id}/report#signoff-testDataWaiver`;
	}
}
