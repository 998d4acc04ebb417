import type { RaciRow } from './matrix';
import type { RaciValue } from './letters';

type Assign = Record<string, RaciValue>;

// Who does the work on template tasks whose doer is not the owner side's usual one.
const RESPONSIBLE_BY_TASK: Record<string, string> = {
	'readiness.sponsor': 'client:sponsor',
	'readiness.3c.company': 'client:it',
	'diagnosis.policies': 'client:keyUser',
	'redesign.development.build': 'vendor:developer',
	'redesign.development.integration': 'vendor:developer',
	'redesign.validation.walkthrough': 'client:keyUser',
	'testing.plan': 'vendor:tester',
	'testing.simulated': 'vendor:tester',
	'testing.system': 'vendor:tester',
	'testing.fix': 'vendor:developer',
	'testing.report': 'vendor:tester',
	'testing.data': 'client:dataOwner',
	'testing.uat': 'client:keyUser',
	'cutover.extract': 'client:dataOwner',
	'cutover.load': 'vendor:developer',
	'cutover.reconcile': 'client:dataOwner'
};

// Who answers for template tasks whose owner side's project manager is not the natural one: the vision is
// the sponsor's, the readiness verdict the client lead's, and the to-be processes belong to the client's
// business, whoever draws them.
const ACCOUNTABLE_BY_TASK: Record<string, string> = {
	'readiness.factors': 'client:lead',
	'readiness.vision': 'client:sponsor',
	'readiness.vision.domain': 'client:sponsor',
	'readiness.vision.targets': 'client:sponsor',
	'redesign.process': 'client:lead',
	'redesign.process.tobe': 'client:lead',
	'redesign.process.channels': 'client:lead'
};

// Phases where the vendor leads joint work (building, testing, switching over); elsewhere the client does.
const VENDOR_LED_PHASES = new Set(['redesign', 'testing', 'cutover']);

// The seed's duties (000 ch.2 skill point 5), each with both sides where the duty is shared.
const DUTY_DEFAULTS: Record<string, Assign> = {
	'shared.1': {
		'client:sponsor': 'A',
		'client:projectManager': 'R',
		'vendor:projectManager': 'R',
		'consultant:implementationConsultant': 'C'
	},
	'shared.2': { 'client:projectManager': 'A', 'client:keyUser': 'R', 'vendor:implementationConsultant': 'C' },
	'shared.3': {
		'client:sponsor': 'A',
		'client:projectManager': 'R',
		'vendor:projectManager': 'R',
		'client:lead': 'I',
		'vendor:lead': 'I'
	},
	'shared.4': {
		'vendor:lead': 'A',
		'vendor:implementationConsultant': 'R',
		'client:it': 'R',
		'client:keyUser': 'C'
	},
	'shared.5': {
		'client:steeringMember': 'A',
		'client:projectManager': 'R',
		'vendor:projectManager': 'R',
		'vendor:steeringMember': 'C'
	},
	'shared.6': {
		'client:projectManager': 'A',
		'vendor:projectManager': 'R',
		'client:keyUser': 'C',
		'vendor:implementationConsultant': 'C'
	},
	'shared.7': {
		'vendor:projectManager': 'A',
		'vendor:developer': 'R',
		'client:keyUser': 'C',
		'client:it': 'C'
	},
	'shared.8': { 'client:lead': 'A', 'client:projectManager': 'R', 'vendor:projectManager': 'R' },
	'shared.9': {
		'client:lead': 'A',
		'client:projectManager': 'R',
		'vendor:projectManager': 'R',
		'vendor:lead': 'C'
	},
	'shared.10': {
		'vendor:projectManager': 'A',
		'vendor:implementationConsultant': 'R',
		'client:keyUser': 'R',
		'client:projectManager': 'I'
	},
	'client.1': { 'client:lead': 'A', 'client:projectManager': 'R', 'vendor:projectManager': 'I' },
	'client.2': { 'client:projectManager': 'A', 'client:dataOwner': 'R', 'vendor:tester': 'I' },
	'vendor.3': {
		'vendor:projectManager': 'AR',
		'vendor:implementationConsultant': 'C',
		'client:projectManager': 'I'
	},
	'vendor.4': { 'vendor:lead': 'A', 'vendor:developer': 'R', 'client:it': 'C' }
};

function put(assign: Assign, column: string, value: RaciValue) {
	const current = assign[column];
	// The accountable person who also does the work is A+R, not two entries.
	if ((current === 'A' && value === 'R') || (current === 'R' && value === 'A')) assign[column] = 'AR';
	else if (!current) assign[column] = value;
}

/**
 * A sensible starting matrix for one row: the owner side's project manager answers for its tasks, the usual
 * doer does them, the other side is consulted or informed; gate reviews are the client lead's to answer for,
 * with both project managers doing the work; deliverables are produced by the vendor and accepted by the
 * client lead. Teams adjust from here.
 */
export function defaultAssignments(row: RaciRow, phaseKey: string | null, isMilestone = false): Assign {
	if (row.kind === 'duty') return { ...(DUTY_DEFAULTS[row.templateKey ?? ''] ?? {}) };
	const assign: Assign = {};
	if (row.kind === 'deliverable') {
		put(assign, 'client:lead', 'A');
		put(assign, 'vendor:projectManager', 'R');
		put(assign, 'client:keyUser', 'C');
		put(assign, 'client:projectManager', 'I');
		return assign;
	}
	if (isMilestone) {
		put(assign, 'client:lead', 'A');
		put(assign, 'client:projectManager', 'R');
		put(assign, 'vendor:projectManager', 'R');
		put(assign, 'vendor:lead', 'C');
		put(assign, 'client:steeringMember', 'I');
		return assign;
	}
	const doer = RESPONSIBLE_BY_TASK[row.templateKey ?? ''];
	const answerer = ACCOUNTABLE_BY_TASK[row.templateKey ?? ''];
	if (answerer) put(assign, answerer, 'A');
	if (row.ownerSide === 'client') {
		if (!answerer) put(assign, 'client:projectManager', 'A');
		put(assign, doer ?? 'client:keyUser', 'R');
		put(assign, 'vendor:implementationConsultant', 'C');
		put(assign, 'vendor:projectManager', 'I');
	} else if (row.ownerSide === 'vendor') {
		if (!answerer) put(assign, 'vendor:projectManager', 'A');
		put(assign, doer ?? 'vendor:implementationConsultant', 'R');
		put(assign, 'client:keyUser', 'C');
		put(assign, 'client:projectManager', 'I');
	} else {
		const vendorLed = phaseKey !== null && VENDOR_LED_PHASES.has(phaseKey);
		if (!answerer) put(assign, vendorLed ? 'vendor:projectManager' : 'client:projectManager', 'A');
		put(assign, vendorLed ? 'client:projectManager' : 'vendor:projectManager', 'R');
		if (doer) put(assign, doer, 'R');
		put(assign, 'consultant:implementationConsultant', 'C');
	}
	return assign;
}
