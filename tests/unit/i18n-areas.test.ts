import { describe, expect, it } from 'vitest';
import { en } from '../../src/lib/i18n/en';
import { zhCN } from '../../src/lib/i18n/zh-CN';

// Every catalogue area (src/lib/i18n/areas/<prefix>.ts) owns exactly one key prefix, named by its file, and
// no prefix is spread over two areas: a newcomer adding `foo.bar` knows it goes in areas/foo.ts.
type Area = { zh: Record<string, string>; en: Record<string, string> };
const modules = import.meta.glob<Record<string, unknown>>('../../src/lib/i18n/areas/*.ts', { eager: true });

const isArea = (value: unknown): value is Area =>
	typeof value === 'object' && value !== null && 'zh' in value && 'en' in value;

const areas = Object.entries(modules)
	.filter(([path]) => !path.endsWith('/define.ts'))
	.map(([path, mod]) => ({
		file: path.split('/').pop()!.replace(/\.ts$/, ''),
		exports: Object.values(mod).filter(isArea)
	}));

const prefixOf = (key: string) => key.split('.')[0];
const fileFor = (prefix: string) => prefix.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());

describe('message-catalogue areas', () => {
	it('are found', () => {
		expect(areas.length).toBeGreaterThan(10);
	});

	it('each export one area under one prefix, named by the file', () => {
		const wrong: string[] = [];
		for (const { file, exports } of areas) {
			if (exports.length !== 1) wrong.push(`${file}: ${exports.length} areas`);
			const prefixes = new Set(
				exports.flatMap((a) => [...Object.keys(a.zh), ...Object.keys(a.en)].map(prefixOf))
			);
			if (prefixes.size !== 1) wrong.push(`${file}: prefixes ${[...prefixes].join(', ')}`);
			for (const p of prefixes)
				if (fileFor(p) !== file) wrong.push(`${file}: prefix ${p} belongs in ${fileFor(p)}.ts`);
		}
		expect(wrong).toEqual([]);
	});

	it('never define one prefix in two areas', () => {
		const owners = new Map<string, string[]>();
		for (const { file, exports } of areas)
			for (const p of new Set(exports.flatMap((a) => Object.keys(a.zh).map(prefixOf))))
				owners.set(p, [...(owners.get(p) ?? []), file]);
		const shared = [...owners].filter(([, files]) => files.length > 1);
		expect(shared).toEqual([]);
	});

	it('are all registered in both locales, and hold every key of the catalogue', () => {
		const areaKeys = areas.flatMap(({ exports }) => exports.flatMap((a) => Object.keys(a.zh))).sort();
		expect(Object.keys(zhCN).sort()).toEqual(areaKeys);
		expect(Object.keys(en).sort()).toEqual(areaKeys);
		for (const { exports } of areas)
			for (const a of exports)
				for (const [key, text] of Object.entries(a.en))
					expect((en as Record<string, string>)[key]).toBe(text);
	});
});
