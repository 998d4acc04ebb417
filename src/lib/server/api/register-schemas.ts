import { z } from 'zod';
import { OWNER_SIDES } from '../../phases/types';
import { REGISTER_SORTS } from '../../register/filter';
import { ALL_STATUSES, ISSUE_SEVERITIES, LINK_TARGETS, ORIGINS, REGISTER_TYPES } from '../../register/types';
import {
	createRegisterItemSchema,
	registerCommentSchema,
	registerLinkSchema,
	updateRegisterItemSchema
} from '../../schemas/register';

// Response shapes of the register endpoints (RegisterItemSummary / RegisterItemView in src/lib/register/views.ts).
const status = z.enum(ALL_STATUSES as [string, ...string[]]).describe('One of the type’s statuses');

export const RegisterItemSummary = z.object({
	id: z.string(),
	type: z.enum(REGISTER_TYPES),
	number: z.int(),
	code: z.string().describe('R-001, I-001, C-001, D-001, A-001'),
	title: z.string(),
	status,
	ownerSide: z.enum(OWNER_SIDES),
	ownerMemberId: z.string().nullable(),
	ownerName: z.string().nullable(),
	dueDate: z.iso.date().nullable().describe('On the project calendar (its time zone)'),
	probability: z.int().min(1).max(5).nullable().describe('Risks'),
	impact: z.int().min(1).max(5).nullable().describe('Risks'),
	score: z.int().nullable().describe('Risks: probability × impact'),
	severity: z.enum(ISSUE_SEVERITIES).nullable().describe('Issues'),
	blocking: z.boolean().describe('Issues: blocks the project'),
	origin: z.enum(ORIGINS),
	originRef: z.string().nullable().describe('What the item was raised from (a readiness factor, a risk …)'),
	raisedOn: z.iso.date(),
	updatedAt: z.iso.datetime(),
	closedAt: z.iso.datetime().nullable(),
	version: z.int().describe('Optimistic-lock version; send it back with updates')
});

export const RegisterItemView = RegisterItemSummary.extend({
	description: z.string(),
	resolution: z.string().describe('Issues: required to close one'),
	details: z
		.object({
			trigger: z.string(),
			mitigation: z.string(),
			contingency: z.string(),
			whatChanges: z.string(),
			reason: z.string(),
			requestedBySide: z.enum(OWNER_SIDES),
			scopeImpact: z.string(),
			scheduleDays: z.int(),
			costImpact: z.string(),
			raciImpact: z.string(),
			decision: z.string(),
			alternatives: z.string(),
			decidedBy: z.string(),
			decidedOn: z.iso.date().nullable()
		})
		.partial()
		.describe('The type’s own fields: risk (trigger …), change (whatChanges …), decision (decision …)'),
	raisedByName: z.string(),
	createdAt: z.iso.datetime(),
	escalatedAt: z.iso.datetime().nullable()
});

export const RegisterLink = z.object({
	id: z.string(),
	targetType: z.enum(LINK_TARGETS),
	targetId: z.string(),
	label: z.string().nullable().describe('The target’s name as it reads now; null when it is gone'),
	labelEn: z.string().nullable(),
	direction: z
		.enum(['outgoing', 'incoming'])
		.describe('incoming: another item (targetId) links to this one; it can be removed from either side')
});

export const RegisterComment = z.object({
	id: z.string(),
	authorName: z.string(),
	body: z.string(),
	createdAt: z.iso.datetime()
});

export const RegisterItemDetail = RegisterItemView.extend({
	links: z.array(RegisterLink),
	comments: z.array(RegisterComment).describe('Oldest first; comments are never edited')
});

export const UpdatedRegisterItem = RegisterItemView.extend({
	raisedIssue: z
		.object({ id: z.string(), code: z.string() })
		.nullable()
		.describe('When this save moved a risk to occurred: the issue it became (open it next)')
});

export const RegisterItemPage = z.object({
	items: z.array(RegisterItemSummary),
	total: z.int().describe('Items matching the filters'),
	page: z.int(),
	pageSize: z.int()
});

/** Query parameters of listRegisterItems (src/lib/register/filter.ts reads them). */
export const REGISTER_LIST_QUERY: Record<string, Record<string, unknown>> = {
	type: {
		type: 'array',
		items: { type: 'string', enum: [...REGISTER_TYPES] },
		description: 'Repeat or comma-separate'
	},
	status: { type: 'array', items: { type: 'string', enum: [...ALL_STATUSES] } },
	open: { type: 'boolean', description: 'Open items only' },
	side: { type: 'string', enum: [...OWNER_SIDES] },
	owner: { type: 'string', description: 'Owner member id' },
	mine: { type: 'boolean', description: 'Only items the caller owns' },
	overdue: { type: 'boolean', description: 'Open and due before today in the project’s time zone' },
	dueBefore: { type: 'string', format: 'date', description: 'Due on or before' },
	dueAfter: { type: 'string', format: 'date', description: 'Due on or after' },
	minScore: { type: 'integer', minimum: 1, maximum: 25 },
	q: { type: 'string', description: 'An item number (R-007) or part of the title' },
	sort: { type: 'string', enum: [...REGISTER_SORTS], default: 'number' },
	dir: { type: 'string', enum: ['asc', 'desc'], default: 'asc' },
	page: { type: 'integer', minimum: 1, default: 1 }
};

type Io = 'input' | 'output';
const jsonSchema = (schema: z.ZodType, io: Io) =>
	z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as Record<string, unknown>;

/** The register's entries in components.schemas. */
export const registerComponents = {
	RegisterItemPage: jsonSchema(RegisterItemPage, 'output'),
	RegisterItem: jsonSchema(RegisterItemView, 'output'),
	RegisterItemDetail: jsonSchema(RegisterItemDetail, 'output'),
	UpdatedRegisterItem: jsonSchema(UpdatedRegisterItem, 'output'),
	RegisterLink: jsonSchema(RegisterLink, 'output'),
	RegisterComment: jsonSchema(RegisterComment, 'output'),
	CreateRegisterItem: jsonSchema(createRegisterItemSchema, 'input'),
	UpdateRegisterItem: jsonSchema(updateRegisterItemSchema, 'input'),
	AddRegisterComment: jsonSchema(registerCommentSchema, 'input'),
	AddRegisterLink: jsonSchema(registerLinkSchema, 'input')
};
