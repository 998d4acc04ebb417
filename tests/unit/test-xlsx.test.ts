import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	caseColumnOf,
	formatSteps,
	parseStepRef,
	parseSteps,
	readPriority,
	splitCodes,
	splitStepRefs,
	STEP_ARROW
} from '../../src/lib/testing/xlsx-columns';

// Step text as people write it: any characters but the arrow, lines that never start like "N." of the next step.
const stepText = fc
	.array(fc.string({ minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 3 })
	.map((lines) =>
		lines
			.map((l) =>
				l
					.replaceAll(STEP_ARROW, '')
					.replace(/[\r\n]/g, ' ')
					.replace(/^\s*\d/, '·')
					.trim()
			)
			.filter(Boolean)
			.join('\n')
	)
	.filter((s) => s.length > 0);

describe('the steps cell', () => {
	it('reads back exactly the steps it was written from', () => {
		fc.assert(
			fc.property(
				fc.array(fc.record({ action: stepText, expected: fc.oneof(fc.constant(''), stepText) }), {
					maxLength: 8
				}),
				(steps) => {
					const back = parseSteps(formatSteps(steps));
					expect(back.badLine).toBeNull();
					expect(back.steps).toEqual(steps);
				}
			)
		);
	});

	it('numbers steps in order, splits at the first arrow, and flags text before the first number', () => {
		expect(
			formatSteps([
				{ action: '录入报修', expected: '生成工单' },
				{ action: '派工', expected: '' }
			])
		).toBe('1. 录入报修 → 生成工单\n2. 派工');
		expect(parseSteps('1、录入 → 生成 → 待派工\n重量 2.5 kg\n2) 派工').steps).toEqual([
			{ action: '录入', expected: '生成 → 待派工\n重量 2.5 kg' },
			{ action: '派工', expected: '' }
		]);
		// "2.5 kg" is a number, not step 2, and a repeated "1." continues the step before.
		expect(parseSteps('1. 称重\n2.5 kg 以内 → 通过\n1. 复核').steps).toEqual([
			{ action: '称重\n2.5 kg 以内', expected: '通过\n1. 复核' }
		]);
		expect(parseSteps('先登录\n1. 录入').badLine).toBe(1);
	});
});

describe('codes and labels', () => {
	it('reads headers, priorities and codes in either language and as people type them', () => {
		expect(caseColumnOf(' 关联步骤 ')).toBe('processSteps');
		expect(caseColumnOf('Process steps')).toBe('processSteps');
		expect(caseColumnOf('步骤')).toBe('steps');
		expect(caseColumnOf('备注')).toBeNull();
		expect(['高', 'Low', 'medium', '特急'].map(readPriority)).toEqual(['high', 'low', 'medium', null]);
		expect(splitCodes('REQ-001,REQ-003、 REQ-7；\nCU-1')).toEqual(['REQ-001', 'REQ-003', 'REQ-7', 'CU-1']);
		expect(splitStepRefs('TB-001 / 2, TB-1/3')).toEqual(['TB-001/2', 'TB-1/3']);
		expect(parseStepRef('tb-001/2')).toEqual({ process: 1, position: 2 });
		expect(parseStepRef('TB-001')).toBeNull();
	});
});
