import { describe, expect, it } from 'vitest';
import { readMspdi } from '../../src/lib/server/interchange/mspdi-read';
import { bodySizeLimit, formatLimit, isTooLarge } from '../../src/lib/server/request-body';

const plan = (name: string) => `<?xml version="1.0" encoding="UTF-8"?>
<Project xmlns="http://schemas.microsoft.com/project"><Name>计划</Name><Tasks><Task><UID>1</UID><ID>1</ID><Name>${name}</Name><Start>2026-03-02T08:00:00</Start><Finish>2026-03-03T17:00:00</Finish><Duration>PT16H0M0S</Duration><OutlineLevel>1</OutlineLevel></Task></Tasks></Project>`;

describe('MS Project names holding elements', () => {
	it('reads the text of child elements instead of an object', async () => {
		// The parser does not keep text and elements in order; the words survive, never "[object Object]".
		const name = (await readMspdi(plan('需求<i>调研</i><x/>'))).tasks[0].name;
		expect([...name].sort()).toEqual([...'需求调研'].sort());
	});

	it('survives element names that shadow Object methods', async () => {
		expect((await readMspdi(plan('<toString>a</toString><valueOf>b</valueOf>'))).tasks[0].name).toBe('ab');
	});
});

describe('request body limits', () => {
	it('parses BODY_SIZE_LIMIT as adapter-node does', () => {
		expect(bodySizeLimit('25M')).toBe(25 * 1024 * 1024);
		expect(bodySizeLimit('512K')).toBe(512 * 1024);
		expect(bodySizeLimit('1000')).toBe(1000);
		expect(bodySizeLimit('Infinity')).toBe(Infinity);
		expect(formatLimit(25 * 1024 * 1024)).toBe('25 MB');
	});

	it('recognises the adapter’s 413, directly or as a cause', () => {
		expect(isTooLarge({ status: 413 })).toBe(true);
		expect(isTooLarge(new TypeError('x', { cause: { status: 413 } }))).toBe(true);
		expect(isTooLarge(new TypeError('Failed to parse body as FormData.'))).toBe(false);
	});
});
