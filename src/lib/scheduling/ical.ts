import { fromDay, toDay } from './dates';

export interface CalendarEvent {
	uid: string;
	/** An all-day event on this date (YYYY-MM-DD). */
	date: string;
	summary: string;
	description: string;
	url?: string;
}

/** RFC 5545 TEXT: backslash, semicolon, comma and newlines escaped. */
function text(s: string): string {
	return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** RFC 5545 §3.1: lines longer than 75 octets fold with CRLF + space, never inside a UTF-8 character. */
export function fold(line: string): string {
	const out: string[] = [];
	let current = '';
	let octets = 0;
	for (const ch of line) {
		const size = new TextEncoder().encode(ch).length;
		if (octets + size > (out.length ? 74 : 75)) {
			out.push(current);
			current = '';
			octets = 0;
		}
		current += ch;
		octets += size;
	}
	out.push(current);
	return out.join('\r\n ');
}

const basic = (iso: string) => iso.replace(/-/g, '');

/** A calendar of all-day events, as calendar apps subscribe to it. */
export function icalendar(name: string, events: readonly CalendarEvent[], now: Date): string {
	const stamp = now
		.toISOString()
		.replace(/[-:]/g, '')
		.replace(/\.\d+Z$/, 'Z');
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'PRODID:-//CRM Workbench//CRM 实施工作台//ZH',
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		`X-WR-CALNAME:${text(name)}`
	];
	for (const e of events) {
		lines.push(
			'BEGIN:VEVENT',
			`UID:${e.uid}`,
			`DTSTAMP:${stamp}`,
			`DTSTART;VALUE=DATE:${basic(e.date)}`,
			`DTEND;VALUE=DATE:${basic(fromDay(toDay(e.date) + 1))}`,
			`SUMMARY:${text(e.summary)}`,
			`DESCRIPTION:${text(e.description)}`,
			...(e.url ? [`URL:${e.url}`] : []),
			'TRANSP:TRANSPARENT',
			'END:VEVENT'
		);
	}
	lines.push('END:VCALENDAR');
	return lines.map(fold).join('\r\n') + '\r\n';
}
