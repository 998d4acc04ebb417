import { describe, expect, it } from 'vitest';
import {
	DEFAULT_LOCALE,
	formatDate,
	isLocale,
	isMessageKey,
	LOCALES,
	negotiateLocale,
	translate
} from '../../src/lib/i18n/index';
import { en } from '../../src/lib/i18n/en';
import { zhCN } from '../../src/lib/i18n/zh-CN';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
	it('have exactly the same keys', () => {
		expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
		expect(Object.keys(zhCN).length).toBeGreaterThan(100);
	});

	it('have no empty messages', () => {
		for (const cat of [zhCN, en] as Record<string, string>[]) {
			const empty = Object.entries(cat).filter(([, v]) => typeof v !== 'string' || !v.trim());
			expect(empty).toEqual([]);
		}
	});

	it('use the same placeholders in both languages', () => {
		const zh = zhCN as Record<string, string>;
		const enMessages = en as Record<string, string>;
		const mismatched = Object.keys(zh).filter(
			(k) => placeholders(zh[k]).join() !== placeholders(enMessages[k]).join()
		);
		expect(mismatched).toEqual([]);
	});
});

describe('translate', () => {
	it('looks a key up in the chosen language', () => {
		expect(translate('zh-CN', 'members.lastManager')).toBe('项目至少需要保留一名项目经理');
		expect(translate('en', 'members.lastManager')).toBe('A project must keep at least one project manager');
	});

	it('fills every placeholder occurrence and leaves unknown ones visible', () => {
		expect(translate('zh-CN', 'validation.tooLong', { field: '姓名', max: 100 })).toBe(
			'姓名不能超过 100 个字符'
		);
		expect(translate('en', 'members.added', { name: 'Wang Min' })).toContain('Wang Min');
		expect(translate('zh-CN', 'validation.tooLong', { field: '姓名' })).toBe('姓名不能超过 {max} 个字符');
		expect(translate('zh-CN', 'validation.tooLong')).toBe('{field}不能超过 {max} 个字符');
	});

	it('does not interpret replacement patterns in parameter values', () => {
		expect(translate('en', 'members.added', { name: "$& $' $1" })).toContain("$& $' $1");
	});
});

describe('isLocale / isMessageKey', () => {
	it('recognise only the supported locales and real keys', () => {
		expect(LOCALES).toEqual(['zh-CN', 'en']);
		expect(DEFAULT_LOCALE).toBe('zh-CN');
		expect(isLocale('en')).toBe(true);
		expect(isLocale('zh-CN')).toBe(true);
		expect(isLocale('zh')).toBe(false);
		expect(isLocale('EN')).toBe(false);
		expect(isLocale(undefined)).toBe(false);
		expect(isMessageKey('validation.required')).toBe(true);
		expect(isMessageKey('validation.nope')).toBe(false);
		expect(isMessageKey('toString')).toBe(false);
		expect(isMessageKey(42)).toBe(false);
	});
});

describe('negotiateLocale', () => {
	it.each([
		[null, 'zh-CN'],
		['', 'zh-CN'],
		['en-US,en;q=0.9', 'en'],
		['EN-gb', 'en'],
		['zh-TW,zh;q=0.9,en;q=0.8', 'zh-CN'],
		['zh-Hans-CN', 'zh-CN'],
		['fr-FR,fr;q=0.9,en;q=0.5', 'en'],
		['de,fr', 'zh-CN'],
		['*', 'zh-CN']
	] as const)('%j → %s', (header, locale) => {
		expect(negotiateLocale(header)).toBe(locale);
	});
});

describe('formatDate', () => {
	it('shows a calendar date without shifting it through a time zone', () => {
		expect(formatDate('en', '2026-02-12')).toMatch(/Feb 12, 2026/);
		expect(formatDate('zh-CN', '2026-02-12')).toMatch(/2026.*2.*12/);
		expect(formatDate('en', null)).toBe('—');
		expect(formatDate('en', 'not a date')).toBe('not a date');
	});
});
