import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { LOCALES } from '../../src/lib/i18n/index';
import { charterSchema, threeCSchema, visionSchema } from '../../src/lib/schemas/documents';
import { readinessScoresSchema } from '../../src/lib/schemas/tasks';
import { fieldLabel, labelParts, labelsOf, validate } from '../../src/lib/schemas/validate';

// Every schema a form or the API validates with: each path it can report must be named in words.
const modules = import.meta.glob<Record<string, unknown>>('../../src/lib/schemas/*.ts', { eager: true });
const isSchema = (v: unknown): v is z.ZodType =>
	typeof v === 'object' && v !== null && '_zod' in v && 'safeParse' in v;
type Def = { type: string; [k: string]: unknown };
const defOf = (s: unknown) => (s as { _zod: { def: Def } })._zod.def;

/** Looks through wrappers (optional, default, pipe, preprocess…) to the object or array inside. */
function unwrap(schema: unknown): Def {
	let def = defOf(schema);
	for (let guard = 0; guard < 20; guard++) {
		if (
			['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional'].includes(def.type)
		)
			def = defOf(def.innerType);
		else if (def.type === 'pipe') def = defOf(defOf(def.in).type === 'transform' ? def.out : def.in);
		else break;
	}
	return def;
}

function objectShape(schema: unknown): Record<string, unknown> | null {
	const def = unwrap(schema);
	return def.type === 'object' ? (def.shape as Record<string, unknown>) : null;
}

/** Every path an issue can carry: each field, each array item (index 0) and each field of an item. */
function paths(schema: unknown, prefix: (string | number)[] = []): (string | number)[][] {
	const def = unwrap(schema);
	if (def.type === 'object')
		return Object.entries(def.shape as Record<string, unknown>).flatMap(([key, child]) => [
			[...prefix, key],
			...paths(child, [...prefix, key])
		]);
	if (def.type === 'array') return [[...prefix, 0], ...paths(def.element, [...prefix, 0])];
	return [];
}

const allSchemas = () =>
	Object.entries(modules).flatMap(([file, mod]) =>
		Object.entries(mod)
			.filter(([, v]) => isSchema(v) && (v as z.ZodType)._zod.def.type !== 'pipe')
			.map(([name, v]) => ({ name: `${file.split('/').pop()}:${name}`, schema: v as z.ZodType }))
			.filter(({ schema }) => objectShape(schema) !== null)
	);

describe('field labels', () => {
	it('cover the schemas', () => {
		expect(allSchemas().length).toBeGreaterThan(25);
		expect(paths(visionSchema).map((p) => p.join('.'))).toContain('options.0.targets.0.target');
	});

	it('name every path of every schema in words, in both languages, never by its raw key', () => {
		const unnamed: string[] = [];
		for (const { name, schema } of allSchemas())
			for (const path of paths(schema)) {
				if (!labelParts(path, labelsOf(schema))) {
					unnamed.push(`${name} ${path.join('.')}`);
					continue;
				}
				for (const locale of LOCALES) {
					const label = fieldLabel(path, locale, labelsOf(schema));
					const raw = path.filter((p): p is string => typeof p === 'string' && /[a-z][A-Z]/.test(p));
					if (raw.some((key) => label.includes(key)) || /\{\w+\}/.test(label))
						unnamed.push(`${name} ${path.join('.')} (${locale}): ${label}`);
				}
			}
		expect(unnamed).toEqual([]);
	});
});

describe('validation errors at the field', () => {
	const tier = { tier: 'A', customerShare: '20', salesShare: '80', notes: '' };

	it('key each error by its full path and name the row and column (3C)', () => {
		const doc = { customerTiers: [tier, { ...tier, tier: 'B', customerShare: '120', salesShare: '10' }] };
		const zh = validate(threeCSchema, doc, 'zh-CN');
		const en = validate(threeCSchema, doc, 'en');
		expect(zh).toEqual({
			ok: false,
			fields: { 'customerTiers.1.customerShare': '客户分级第 2 行的客户数占比必须是 0 到 100 之间的数字' }
		});
		expect(en).toEqual({
			ok: false,
			fields: {
				'customerTiers.1.customerShare':
					'Share of customers (Customer tiers row 2) must be a number from 0 to 100'
			}
		});
	});

	it('mark the exact target of the exact vision option', () => {
		const option = (title: string) => ({ title, description: '', targets: [] });
		const doc = {
			options: [
				option('a'),
				{ ...option('b'), targets: [{ metric: '复购率', baseline: '30', target: 'sixty', unit: '%' }] }
			],
			chosen: -1,
			rationale: ''
		};
		expect(validate(visionSchema, doc, 'zh-CN')).toEqual({
			ok: false,
			fields: {
				'options.1.targets.0.target': '选项 2 · 定量目标第 1 行的目标值必须是数字（例如 65 或 12.5）'
			}
		});
		const en = validate(visionSchema, doc, 'en');
		expect(en.ok ? null : en.fields['options.1.targets.0.target']).toBe(
			'Target (Option 2, Quantitative targets row 1) must be a number (e.g. 65 or 12.5)'
		);
	});

	it('name list items that are single values (a hypothesis, a factor)', () => {
		const long = validate(threeCSchema, { hypotheses: ['ok', 'x'.repeat(501)] }, 'zh-CN');
		expect(long.ok ? null : long.fields['hypotheses.1']).toBe('第 2 条假设不能超过 500 个字符');
		const score = validate(readinessScoresSchema, { scores: [{ factorId: 'f1', score: '9' }] }, 'en');
		expect(score.ok ? null : score.fields['scores.0.score']).toBe(
			'Score (Readiness factor 1) must be a whole number from 1 to 5'
		);
		const charter = validate(charterSchema, { subTeams: [{ name: 'x'.repeat(501) }] }, 'zh-CN');
		expect(charter.ok ? null : charter.fields['subTeams.0.name']).toBe(
			'分系统项目组第 1 行的分系统不能超过 500 个字符'
		);
	});

	it('never show a raw key, even for a path no label covers', () => {
		expect(fieldLabel(['nowhere', 0, 'deepField'], 'zh-CN', {})).toBe('此项');
		expect(fieldLabel(['nowhere', 0, 'deepField'], 'en', {})).toBe('This field');
	});
});

describe('3C shares', () => {
	it('refuse text that is not a number with the range message, and keep blanks and numbers', () => {
		const doc = (salesShare: string) => ({
			customerTiers: [{ tier: 'A', customerShare: ' 20 ', salesShare, notes: '' }]
		});
		const r = validate(threeCSchema, doc('abc'), 'en');
		expect(r.ok ? null : r.fields).toEqual({
			'customerTiers.0.salesShare': 'Share of sales (Customer tiers row 1) must be a number from 0 to 100'
		});
		const ok = validate(threeCSchema, doc(''), 'en');
		expect(ok.ok ? ok.data.customerTiers[0] : null).toEqual({
			tier: 'A',
			customerShare: 20,
			salesShare: '',
			notes: ''
		});
	});
});
