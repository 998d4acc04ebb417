import { z } from 'zod';
import {
	BENEFIT_DIRECTIONS,
	BENEFIT_FREQUENCIES,
	BURDEN_ANSWERS,
	CHANNELS,
	PAIN_STATUSES,
	PROCESS_DOMAINS,
	PROCESS_KINDS
} from '../../design/types';
import { PAIN_STATES } from '../../design/pain-points';
import { createInterviewSchema } from '../../schemas/interviews';
import { createProcessSchema, updateProcessSchema } from '../../schemas/processes';

// Response shapes of the process and interview endpoints (src/lib/design/processes.ts, interviews.ts).
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const ProcessRef = z.object({
	id: z.string(),
	kind: z.enum(PROCESS_KINDS),
	code: z.string().describe('AS-001 (as-is) or TB-001 (to-be)'),
	name: z.string()
});

const ProcessListRow = ProcessRef.extend({
	number: z.int(),
	domain: z.enum(PROCESS_DOMAINS),
	parentId: z.string().nullable(),
	depth: z.int().describe('0 for a process, 1 for its sub-process …'),
	inScope: z.boolean(),
	ownerDepartment: z.string(),
	ownerName: z.string().describe('The owning member’s name, or the free-text owner'),
	channels: z.array(z.enum(CHANNELS)),
	volumePerMonth: z.int().nullable(),
	cycleTimeHours: z.number().nullable().describe('Hours a case takes, where known'),
	costPerCase: z.number().nullable().describe('Yuan per case, where known'),
	stepCount: z.int(),
	hasDiagram: z.boolean(),
	painPointCount: z.int().describe('As-is: pain points found in it; to-be: pain points it resolves')
});

export const ProcessPage = z.object({
	processes: z.array(ProcessListRow).describe('Domain → process → sub-process, depth first'),
	total: z.int(),
	page: z.int(),
	pages: z.int(),
	pageSize: z.int()
});

const PainPointRef = z.object({
	id: z.string(),
	code: z.string().describe('PP-001 …'),
	title: z.string(),
	severity: z.int().min(1).max(5),
	frequency: z.int().min(1).max(5),
	status: z.enum(PAIN_STATUSES),
	state: z.enum(PAIN_STATES)
});

export const Process = ProcessRef.extend({
	projectId: z.string(),
	number: z.int(),
	domain: z.enum(PROCESS_DOMAINS),
	description: z.string(),
	parent: ProcessRef.nullable(),
	children: z.array(ProcessRef),
	inScope: z.boolean(),
	ownerDepartment: z.string(),
	ownerMemberId: z.string().nullable(),
	ownerMemberName: z.string().nullable(),
	ownerName: z.string(),
	channels: z.array(z.enum(CHANNELS)),
	volumePerMonth: z.int().nullable(),
	cycleTimeHours: z.number().nullable(),
	costPerCase: z.number().nullable(),
	policies: z.string(),
	asIs: ProcessRef.nullable().describe('To-be: the as-is process it replaces'),
	replacedBy: z.array(ProcessRef).describe('As-is: the to-be processes replacing it'),
	burdenAnswer: z.enum(BURDEN_ANSWERS).nullable(),
	burdenReason: z.string(),
	steps: z.array(
		z.object({
			id: z.string(),
			position: z.int(),
			name: z.string(),
			description: z.string(),
			roleId: z.string().nullable(),
			roleName: z.string(),
			crmFunction: z.string(),
			channel: z.enum(CHANNELS).nullable(),
			bpmnElementId: z.string().nullable()
		})
	),
	benefits: z.array(
		z.object({
			id: z.string(),
			measure: z.string(),
			unit: z.string(),
			baseline: z.number().nullable(),
			target: z.number().nullable(),
			direction: z.enum(BENEFIT_DIRECTIONS),
			method: z.string().describe('How it is measured: method and data source'),
			frequency: z.enum(BENEFIT_FREQUENCIES).nullable().describe('How often monitoring reads it'),
			ownerName: z.string().describe('Who answers for the figure')
		})
	),
	resolves: z.array(PainPointRef).describe('To-be: the pain points it resolves'),
	painPoints: z.array(PainPointRef).describe('As-is: the pain points found in it'),
	interviews: z.array(z.object({ id: z.string(), heldOn: date, interviewee: z.string() })),
	diagramVersion: z.int().nullable(),
	createdAt: z.iso.datetime(),
	updatedAt: z.iso.datetime(),
	version: z.int()
});

const InterviewSummary = z.object({
	id: z.string(),
	heldOn: date,
	interviewee: z.string(),
	intervieweeRole: z.string(),
	department: z.string(),
	interviewerMemberId: z.string().nullable(),
	interviewerName: z.string(),
	processes: z.array(ProcessRef),
	createdAt: z.iso.datetime(),
	updatedAt: z.iso.datetime(),
	version: z.int()
});

export const Interview = InterviewSummary.extend({ notes: z.string() });

export const InterviewPage = z.object({
	interviews: z.array(InterviewSummary).describe('Latest first'),
	total: z.int(),
	page: z.int(),
	pages: z.int(),
	pageSize: z.int()
});

type Io = 'input' | 'output';
const jsonSchema = (schema: z.ZodType, io: Io) =>
	z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as Record<string, unknown>;

/** The process inventory's entries in components.schemas. */
export const processComponents = {
	ProcessPage: jsonSchema(ProcessPage, 'output'),
	Process: jsonSchema(Process, 'output'),
	CreateProcess: jsonSchema(createProcessSchema, 'input'),
	UpdateProcess: jsonSchema(updateProcessSchema, 'input'),
	InterviewPage: jsonSchema(InterviewPage, 'output'),
	Interview: jsonSchema(Interview, 'output'),
	CreateInterview: jsonSchema(createInterviewSchema, 'input')
};
