import { describe, expect, it } from 'vitest';
import { updateProcessSchema } from '../../src/lib/schemas/processes';
import { validate } from '../../src/lib/schemas/validate';
import {
	painPointNumbers,
	processFormInput
} from '../../src/routes/projects/[projectId]/design/processes/[processId]/form.server';

describe('the process form', () => {
	it('takes steps in the order typed, drops cleared rows, and keys an error by the row it was typed in', () => {
		const { input, toForm } = processFormInput({
			version: '3',
			'steps.0.id': 'keep-me',
			'steps.0.order': '2',
			'steps.0.name': '派工',
			'steps.1.id': 'drop-me',
			'steps.1.order': '3',
			'steps.1.name': '',
			'steps.2.order': '1',
			'steps.2.name': '登记报修',
			'steps.2.roleId': 'keyUser',
			'steps.3.order': '4',
			'steps.3.name': '',
			'steps.3.roleName': '安装师傅',
			'benefits.0.measure': '',
			'benefits.0.direction': 'up'
		});
		expect(input.steps).toEqual([
			{ id: null, name: '登记报修', roleId: 'keyUser', roleName: '', crmFunction: '' },
			{ id: 'keep-me', name: '派工', roleId: '', roleName: '', crmFunction: '' },
			{ id: null, name: '', roleId: '', roleName: '安装师傅', crmFunction: '' }
		]);
		expect(input.benefits).toEqual([]);
		const v = validate(updateProcessSchema, input, 'zh-CN', undefined, toForm);
		expect(v.ok).toBe(false);
		if (!v.ok) expect(Object.keys(v.fields)).toEqual(['steps.3.name']);
	});

	it('reads pain-point codes however they are typed, and names what is not one', () => {
		expect(painPointNumbers('PP-012, pp-3，7 PP0009')).toEqual({ numbers: [12, 3, 7, 9], bad: [] });
		expect(painPointNumbers('REQ-001 PP-x')).toEqual({ numbers: [], bad: ['REQ-001', 'PP-x'] });
		expect(painPointNumbers('')).toEqual({ numbers: [], bad: [] });
	});
});
