import { describe, expect, it } from 'vitest';
import { fold, icalendar } from '../../src/lib/scheduling/ical';

describe('iCalendar', () => {
	const ics = icalendar(
		'CRM 实施工作台',
		[
			{
				uid: 'm1@crm-workbench',
				date: '2026-03-23',
				summary: '[HX] 实施准备关口评审; 第一阶段, 结束',
				description: '华信家居\n实施准备',
				url: 'https://example.com/x'
			}
		],
		new Date('2026-11-27T01:02:03.456Z')
	);

	it('writes an RFC 5545 calendar with all-day events and CRLF lines', () => {
		expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
		expect(ics).toContain('DTSTART;VALUE=DATE:20260323\r\n');
		expect(ics).toContain('DTEND;VALUE=DATE:20260324\r\n');
		expect(ics).toContain('DTSTAMP:20261127T010203Z\r\n');
		expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
		expect(ics.replace(/\r\n/g, '')).not.toContain('\n');
	});

	it('escapes text and folds long lines at 75 octets without splitting a character', () => {
		expect(ics).toContain('SUMMARY:[HX] 实施准备关口评审\\; 第一阶段\\, 结束');
		expect(ics).toContain('DESCRIPTION:华信家居\\n实施准备');
		const long = `SUMMARY:${'关口'.repeat(40)}`;
		const folded = fold(long).split('\r\n');
		expect(folded.length).toBeGreaterThan(2);
		for (const line of folded) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
		expect(folded.map((l, i) => (i ? l.slice(1) : l)).join('')).toBe(long);
	});
});
