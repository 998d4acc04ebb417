import { describe, expect, it } from 'vitest';
import { raciSettingsSchema } from '../../src/lib/schemas/raci';
import { createTaskSchema, updateTaskSchema } from '../../src/lib/schemas/tasks';

const task = { phaseId: 'p1', name: '任务', ownerSide: 'client', start: '2026-03-02' };

describe('shared form/API schemas take form strings and JSON values, nothing else', () => {
	it('reads checkbox and JSON booleans, refuses other types', () => {
		expect(createTaskSchema.safeParse({ ...task, isMilestone: 'on' }).data?.isMilestone).toBe(true);
		expect(createTaskSchema.safeParse({ ...task }).data?.isMilestone).toBe(false);
		expect(createTaskSchema.safeParse({ ...task, isMilestone: 'off' }).data?.isMilestone).toBe(false);
		expect(createTaskSchema.safeParse({ ...task, isMilestone: true }).data?.isMilestone).toBe(true);
		expect(createTaskSchema.safeParse({ ...task, isMilestone: 5e-323 }).success).toBe(false);
		expect(createTaskSchema.safeParse({ ...task, isMilestone: {} }).success).toBe(false);
	});

	it('reads numbers from strings and JSON numbers, refuses arrays, booleans and null', () => {
		expect(updateTaskSchema.safeParse({ version: '3', progress: '40' }).data).toMatchObject({
			version: 3,
			progress: 40
		});
		expect(updateTaskSchema.safeParse({ version: 3 }).success).toBe(true);
		for (const bad of [[], [3], true, null, {}, 'x'])
			expect(updateTaskSchema.safeParse({ version: bad }).success, JSON.stringify(bad)).toBe(false);
		expect(raciSettingsSchema.safeParse({ overloadShare: 50, maxConsulted: [], version: 1 }).success).toBe(
			false
		);
		expect(
			raciSettingsSchema.safeParse({ overloadShare: '50', maxConsulted: '3', version: '1' }).success
		).toBe(true);
	});
});
