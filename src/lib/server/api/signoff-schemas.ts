import { z } from 'zod';
import { DECISIONS, MEANINGS, SIGNABLE_TYPES } from '../../signoff/types';
import { SIDES } from '../../raci/sides';
import { ROLE_IDS } from '../../raci/roles';
import { ALL_STATUSES, REGISTER_TYPES } from '../../register/types';

// Response shapes of the deliverable, sign-off, queue and integrity endpoints.
const state = z.enum(['draft', 'inReview', 'rejected', 'approved']);
const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

export const DeliverableVersion = z.object({
	id: z.string(),
	deliverableId: z.string(),
	number: z.int(),
	filename: z.string(),
	mediaType: z.string(),
	sizeBytes: z.int(),
	sha256,
	source: z.enum(['upload', 'generated']),
	note: z.string(),
	createdAt: z.iso.datetime(),
	createdBy: z.string().nullable(),
	createdByName: z.string().nullable()
});

export const DeliverableList = z.object({
	deliverables: z.array(
		z.object({
			id: z.string(),
			phaseId: z.string(),
			name: z.string(),
			nameEn: z.string().nullable(),
			description: z.string(),
			templateKey: z.string().nullable(),
			latestVersion: DeliverableVersion.nullable(),
			versionCount: z.int(),
			state,
			approved: z.boolean()
		})
	)
});
export const DeliverableVersionList = z.object({ versions: z.array(DeliverableVersion) });

const Signature = z.object({
	id: z.string(),
	slotId: z.string(),
	roundId: z.string(),
	roundNumber: z.int(),
	revision: z.int(),
	memberId: z.string(),
	signerName: z.string().describe('As printed at the moment of signing'),
	signerSide: z.enum(SIDES),
	signerRole: z.enum(ROLE_IDS),
	decision: z.enum(DECISIONS),
	meaning: z.enum(MEANINGS),
	comment: z.string(),
	contentHash: sha256,
	signedAt: z.iso.datetime().describe('Server time, UTC'),
	status: z.enum(['valid', 'superseded']),
	supersededAt: z.iso.datetime().nullable(),
	supersededReason: z.string().nullable()
});

export const Signoffs = z.object({
	objectType: z.enum(SIGNABLE_TYPES),
	objectId: z.string(),
	title: z.string(),
	titleEn: z.string().nullable(),
	phaseId: z.string().nullable(),
	contentHash: sha256.describe('SHA-256 of the canonical content as it is now; send it back with signOff'),
	state,
	approved: z.boolean().describe('Every slot holds a valid approval over the current hash'),
	round: z
		.object({
			id: z.string(),
			number: z.int(),
			revision: z.int(),
			status: z.enum(['open', 'rejected', 'approved']),
			contentHash: sha256,
			submittedBy: z.string().nullable(),
			submitterName: z.string(),
			submitterSide: z.enum(SIDES),
			submittedAt: z.iso.datetime(),
			dueDate: z.iso.date(),
			note: z.string(),
			overdue: z.boolean()
		})
		.nullable(),
	slots: z.array(
		z.object({
			id: z.string(),
			side: z.enum(SIDES),
			role: z.enum(ROLE_IDS),
			mine: z.boolean(),
			signature: Signature.nullable()
		})
	),
	signatures: z.array(Signature),
	mySlotIds: z.array(z.string())
});

export const SignOffResult = z.object({
	signature: Signature.omit({ status: true, roundNumber: true, supersededAt: true, supersededReason: true }),
	roundStatus: z.enum(['open', 'rejected', 'approved'])
});

export const ReviewHistory = z.object({
	events: z.array(
		z.object({
			seq: z.int(),
			at: z.iso.datetime(),
			action: z.string(),
			actorName: z.string().nullable(),
			detail: z.record(z.string(), z.unknown())
		})
	)
});

export const MyQueue = z.object({
	items: z.array(
		z.object({
			projectId: z.string(),
			projectCode: z.string(),
			projectName: z.string(),
			projectTimeZone: z.string().describe('IANA time zone of the project'),
			roundId: z.string(),
			objectType: z.enum(SIGNABLE_TYPES),
			objectId: z.string(),
			title: z.string(),
			submitterName: z.string(),
			submitterSide: z.enum(SIDES),
			submittedAt: z.iso.datetime(),
			dueDate: z.iso.date(),
			overdue: z.boolean(),
			slots: z.array(z.object({ id: z.string(), side: z.enum(SIDES), role: z.enum(ROLE_IDS) }))
		})
	),
	tasks: z
		.array(
			z.object({
				projectId: z.string(),
				projectCode: z.string(),
				projectName: z.string(),
				taskId: z.string(),
				title: z.string(),
				titleEn: z.string().nullable(),
				finishDate: z.iso.date(),
				progress: z.number().int().min(0).max(100),
				status: z.enum(['notStarted', 'inProgress', 'blocked'])
			})
		)
		.describe("The caller's own unfinished tasks past their planned finish, most overdue first"),
	registerItems: z
		.array(
			z.object({
				projectId: z.string(),
				projectCode: z.string(),
				projectName: z.string(),
				itemId: z.string().describe('The register item; its page is /projects/{projectId}/register/{itemId}'),
				type: z.enum(REGISTER_TYPES),
				code: z.string().describe('R-001, I-002 …'),
				title: z.string(),
				status: z.enum(ALL_STATUSES as [string, ...string[]]),
				dueDate: z.iso.date().nullable(),
				overdue: z.boolean().describe("Past its due date in the project's time zone"),
				score: z.int().nullable().describe('Risks: probability × impact')
			})
		)
		.describe('Open register items the caller owns: overdue first, then by due date, undated last')
});

const roundStatus = z.enum(['open', 'rejected', 'approved']);

export const IntegrityReport = z.object({
	ok: z.boolean(),
	checkedAt: z.iso.datetime(),
	checked: z.object({
		deliverableVersions: z.int(),
		signoffs: z.int(),
		auditRows: z.int(),
		signedObjects: z.int(),
		rounds: z.int(),
		anchors: z.int()
	}),
	legacy: z
		.object({ auditRows: z.int(), signoffs: z.int() })
		.describe('Rows written before integrity keys: verified with the unkeyed hash (order only)'),
	keys: z
		.object({ current: z.string(), used: z.array(z.string()) })
		.describe(
			'Integrity key ids (never the keys): the current one and those this project’s rows were sealed with'
		),
	anchor: z
		.object({
			status: z.enum(['ok', 'missing', 'unreadable']),
			anchors: z.int(),
			latest: z
				.object({ at: z.iso.datetime(), seq: z.int(), rows: z.int(), head: sha256, keyId: z.string() })
				.nullable(),
			unanchoredRows: z.int()
		})
		.describe('The chain head as last anchored outside the database; keep it with exported records'),
	problems: z.array(
		z.object({
			kind: z.enum([
				'versionHash',
				'signoffAltered',
				'signoffWithoutAudit',
				'signoffMissing',
				'contentChanged',
				'chainBroken',
				'chainDowngraded',
				'roundAltered',
				'keyMissing',
				'anchorMismatch',
				'anchorInvalid',
				'anchorMissing'
			]),
			versionId: z.string().optional(),
			deliverableId: z.string().optional(),
			number: z.int().optional(),
			signoffId: z.string().optional(),
			auditSeq: z.int().optional(),
			objectType: z.enum(SIGNABLE_TYPES).optional(),
			objectId: z.string().optional(),
			roundId: z.string().optional(),
			status: roundStatus.optional(),
			expectedStatus: roundStatus.nullable().optional(),
			keyId: z.string().optional(),
			anchoredAt: z.iso.datetime().optional(),
			count: z.int().optional(),
			line: z.int().optional(),
			problem: z
				.enum([
					'prevMismatch',
					'hashMismatch',
					'headMismatch',
					'statusDiffers',
					'noAudit',
					'rowMissing',
					'hashDiffers',
					'countDiffers',
					'malformed',
					'badMac',
					'otherScope',
					'missing',
					'unreadable',
					'empty'
				])
				.optional()
		})
	)
});
