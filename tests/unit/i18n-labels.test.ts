import { describe, expect, it } from 'vitest';
import { formatList, LOCALES, translate } from '../../src/lib/i18n/index';
import {
	ownerSideKey,
	phaseStatusKey,
	roleHelpKey,
	roleKey,
	seatLabel,
	sideKey,
	taskStatusKey
} from '../../src/lib/i18n/labels';
import { localName, localText } from '../../src/lib/i18n/local-name';
import { zhCN } from '../../src/lib/i18n/zh-CN';
import { PHASE_STATUSES, TASK_STATUSES } from '../../src/lib/phases/task-model';
import { OWNER_SIDES } from '../../src/lib/phases/types';
import { ruleName } from '../../src/lib/raci/issue-text';
import { ROLE_IDS } from '../../src/lib/raci/roles';
import { RACI_RULES, type RaciRuleCode } from '../../src/lib/raci/rules';
import { SIDES } from '../../src/lib/raci/sides';

describe('labels of the fixed vocabularies', () => {
	it('have a catalogue entry for every id, distinct from the id itself', () => {
		const keys = [
			...SIDES.map(sideKey),
			...OWNER_SIDES.map(ownerSideKey),
			...TASK_STATUSES.map(taskStatusKey),
			...PHASE_STATUSES.map(phaseStatusKey),
			...ROLE_IDS.map(roleKey),
			...ROLE_IDS.map(roleHelpKey)
		];
		for (const key of keys) {
			expect(Object.hasOwn(zhCN, key)).toBe(true);
			for (const locale of LOCALES) expect(translate(locale, key)).not.toBe(key.split('.').pop());
		}
	});

	it('name a seat as side and role in the chosen language', () => {
		expect(seatLabel({ side: 'client', roleId: 'projectManager' }, 'zh-CN')).toBe('甲方·项目经理');
		expect(seatLabel({ side: 'vendor', roleId: 'lead' }, 'en')).toBe('Vendor·Lead');
		expect(seatLabel({ side: 'vendor', roleId: 'lead' }, 'en', ' ')).toBe('Vendor Lead');
	});

	it('never show a RACI rule code as its name', () => {
		for (const code of Object.keys(RACI_RULES) as RaciRuleCode[])
			for (const locale of LOCALES) {
				const name = ruleName({ code }, locale);
				expect(name).not.toContain(code);
				expect(name).not.toMatch(/^raci\./);
			}
		expect(ruleName({ code: 'multipleAccountable' }, 'zh-CN')).toBe('多个最终负责人');
	});
});

describe('seeded content in both languages', () => {
	it('shows the English text to English readers while there is one', () => {
		expect(localName({ name: '蓝图设计', nameEn: 'Blueprint' }, 'en')).toBe('Blueprint');
		expect(localName({ name: '蓝图设计', nameEn: 'Blueprint' }, 'zh-CN')).toBe('蓝图设计');
		expect(localName({ name: '团队改过的名字', nameEn: null }, 'en')).toBe('团队改过的名字');
		expect(localText('目标', '', 'en')).toBe('目标');
	});
});

describe('formatList', () => {
	it('joins with the separator of the language', () => {
		expect(formatList('zh-CN', [2026, 2027])).toBe('2026、2027');
		expect(formatList('en', [2026, 2027])).toBe('2026, 2027');
	});
});
