import { z } from 'zod';
import { OWNER_SIDES } from '../phases/types';
import { withLabels } from './validate';

const text = (max: number) =>
	z.string({ error: 'validation.invalid' }).trim().max(max, { error: 'validation.tooLong' }).default('');
const line = text(500);
const isoDateOrEmpty = z
	.string({ error: 'validation.date' })
	.trim()
	.regex(/^(\d{4}-\d{2}-\d{2})?$/, { error: 'validation.date' })
	.default('');
// A share in percent, or '' for none; text that is not a number is refused with the same message as 120.
const percent = z
	.preprocess(
		(v) => (typeof v === 'string' ? (v.trim() === '' ? '' : Number(v.trim())) : v),
		z.union(
			[
				z.literal(''),
				z
					.number({ error: 'validation.percent' })
					.min(0, { error: 'validation.percent' })
					.max(100, { error: 'validation.percent' })
			],
			{ error: 'validation.percent' }
		)
	)
	.default('');

/** 项目章程: what the joint team commits to at kickoff. */
export const charterSchema = withLabels(
	z.object({
		objectives: text(5000),
		scopeIn: text(5000),
		scopeOut: text(5000),
		stageGoals: z
			.array(z.object({ phaseKey: line, goal: line }))
			.max(30)
			.default([]),
		steeringCommittee: text(2000),
		jointTeam: text(2000),
		subTeams: z
			.array(z.object({ name: line, manager: line, scope: line }))
			.max(30)
			.default([]),
		methods: text(5000),
		communicationPlan: z
			.array(z.object({ item: line, audience: line, frequency: line, owner: line }))
			.max(30)
			.default([]),
		meetingCadence: text(2000)
	}),
	{
		objectives: 'kickoff.objectives',
		scopeIn: 'kickoff.scopeIn',
		scopeOut: 'kickoff.scopeOut',
		stageGoals: 'kickoff.stageGoals',
		'stageGoals.*.phaseKey': 'field.stagePhase',
		'stageGoals.*.goal': 'field.goal',
		steeringCommittee: 'kickoff.steeringCommittee',
		jointTeam: 'kickoff.jointTeam',
		subTeams: 'kickoff.subTeams',
		'subTeams.*.name': 'kickoff.subTeam',
		'subTeams.*.manager': 'kickoff.subManager',
		'subTeams.*.scope': 'kickoff.subScope',
		methods: 'kickoff.methods',
		communicationPlan: 'kickoff.communicationPlan',
		'communicationPlan.*.item': 'kickoff.commItem',
		'communicationPlan.*.audience': 'kickoff.commAudience',
		'communicationPlan.*.frequency': 'kickoff.commFrequency',
		'communicationPlan.*.owner': 'kickoff.commOwner',
		meetingCadence: 'kickoff.meetingCadence'
	}
);

/** 启动会记录: the kickoff meeting; action items become tasks in the kickoff phase. */
export const kickoffMeetingSchema = withLabels(
	z.object({
		date: isoDateOrEmpty,
		location: line,
		attendeeIds: z.array(z.string().max(64)).max(200).default([]),
		decisions: z.array(line).max(50).default([]),
		actionItems: z
			.array(
				z.object({
					text: line,
					ownerSide: z.enum(OWNER_SIDES, { error: 'validation.ownerSide' }).default('joint'),
					due: isoDateOrEmpty,
					taskId: z.string().max(64).nullable().default(null)
				})
			)
			.max(50)
			.default([])
	}),
	{
		date: 'kickoff.meetingDate',
		location: 'kickoff.location',
		attendeeIds: 'kickoff.attendees',
		'attendeeIds.*': 'field.attendeeN',
		decisions: 'kickoff.decisions',
		'decisions.*': 'field.decisionN',
		actionItems: 'kickoff.actionText',
		'actionItems.*.text': 'kickoff.actionText',
		'actionItems.*.ownerSide': 'kickoff.actionSide',
		'actionItems.*.due': 'kickoff.actionDue',
		'actionItems.*.taskId': 'kickoff.actionTask'
	}
);

/** 3C 分析: customers (tiers, 20/80), competitors (benchmarks), the company itself; and the hypotheses drawn. */
export const threeCSchema = withLabels(
	z
		.object({
			customerTiers: z
				.array(z.object({ tier: line, customerShare: percent, salesShare: percent, notes: line }))
				.max(20)
				.default([]),
			satisfaction: text(3000),
			competitors: z
				.array(z.object({ name: line, benchmark: line, bestPractice: line, coreCompetence: line }))
				.max(20)
				.default([]),
			companyIt: text(3000),
			companyProcess: text(3000),
			hypotheses: z.array(line).max(30).default([])
		})
		.superRefine((doc, ctx) => {
			// Tiers partition the customer base: their shares cannot add up to more than the whole. A share that is
			// itself out of range is already marked at its own input; a sum over it would only repeat that.
			const valid = (v: unknown) => v === '' || (typeof v === 'number' && v >= 0 && v <= 100);
			if (!doc.customerTiers.every((t) => valid(t.customerShare) && valid(t.salesShare))) return;
			const sum = (key: 'customerShare' | 'salesShare') =>
				doc.customerTiers.reduce((n, t) => n + (t[key] === '' ? 0 : Number(t[key])), 0);
			if (sum('customerShare') > 100.0001)
				ctx.addIssue({ code: 'custom', path: ['customerTiers'], message: 'threeC.customerSharesTooHigh' });
			else if (sum('salesShare') > 100.0001)
				ctx.addIssue({ code: 'custom', path: ['customerTiers'], message: 'threeC.salesSharesTooHigh' });
		}),
	{
		customerTiers: 'threeC.customers',
		'customerTiers.*.tier': 'threeC.tier',
		'customerTiers.*.customerShare': 'field.customerShare',
		'customerTiers.*.salesShare': 'field.salesShare',
		'customerTiers.*.notes': 'threeC.notes',
		satisfaction: 'threeC.satisfaction',
		competitors: 'threeC.competitors',
		'competitors.*.name': 'threeC.competitor',
		'competitors.*.benchmark': 'threeC.benchmark',
		'competitors.*.bestPractice': 'threeC.bestPractice',
		'competitors.*.coreCompetence': 'threeC.coreCompetence',
		companyIt: 'threeC.companyIt',
		companyProcess: 'threeC.companyProcess',
		hypotheses: 'threeC.hypotheses',
		'hypotheses.*': 'field.hypothesisN'
	}
);

const numberOrEmpty = z
	.string({ error: 'validation.number' })
	.trim()
	.regex(/^(-?\d+(\.\d+)?)?$/, { error: 'validation.number' })
	.default('');

/** CRM 愿景: 3–5 options compared, one chosen with quantitative targets the monitoring phase tracks. */
export const visionSchema = withLabels(
	z
		.object({
			options: z
				.array(
					z.object({
						title: line,
						description: text(3000),
						targets: z
							.array(z.object({ metric: line, baseline: numberOrEmpty, target: numberOrEmpty, unit: line }))
							.max(10)
							.default([])
					})
				)
				.max(5, { error: 'vision.tooManyOptions' })
				.default([]),
			chosen: z.coerce.number().int().min(-1).max(4).default(-1),
			rationale: text(3000)
		})
		.superRefine((vision, ctx) => {
			if (vision.chosen < 0) return;
			const filled = (o: (typeof vision.options)[number] | undefined) =>
				Boolean(o && (o.title || o.description));
			const chosen = vision.options[vision.chosen];
			// The seed's rule: decide only after weighing several possibilities, and state the goal in numbers.
			if (vision.options.filter(filled).length < 3)
				ctx.addIssue({ code: 'custom', path: ['chosen'], message: 'vision.needThreeOptions' });
			else if (!filled(chosen))
				ctx.addIssue({ code: 'custom', path: ['chosen'], message: 'vision.chosenEmpty' });
			else if (!chosen.targets.some((t) => t.metric && t.target !== ''))
				ctx.addIssue({ code: 'custom', path: ['chosen'], message: 'vision.chosenNeedsTargets' });
		}),
	{
		options: 'vision.title',
		'options.*': 'vision.option',
		'options.*.title': 'field.title',
		'options.*.description': 'field.optionDescription',
		'options.*.targets': 'vision.targets',
		'options.*.targets.*.metric': 'vision.metric',
		'options.*.targets.*.baseline': 'vision.baseline',
		'options.*.targets.*.target': 'vision.target',
		'options.*.targets.*.unit': 'vision.unit',
		chosen: 'field.chosenVision',
		rationale: 'vision.rationale'
	}
);

export const DOCUMENT_SCHEMAS = {
	charter: charterSchema,
	kickoffMeeting: kickoffMeetingSchema,
	threeC: threeCSchema,
	vision: visionSchema
} as const;

export type DocumentKind = keyof typeof DOCUMENT_SCHEMAS;
export type DocumentContent<K extends DocumentKind> = z.output<(typeof DOCUMENT_SCHEMAS)[K]>;
export type Charter = DocumentContent<'charter'>;
export type KickoffMeeting = DocumentContent<'kickoffMeeting'>;
export type ThreeC = DocumentContent<'threeC'>;
export type Vision = DocumentContent<'vision'>;
