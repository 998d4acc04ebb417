import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { isoDate, optionalText } from '$lib/schemas/common';
import { formToObject, validate } from '$lib/schemas/validate';
import { translate } from '$lib/i18n';
import type { HolidayYear } from '$lib/scheduling/calendar';
import { actorOf, requireUser } from '$lib/server/access';
import { db } from '$lib/server/app';
import { domainFail, formFail, invalidForm } from '$lib/server/forms';
import { describeCalendar, holidayTable } from '$lib/server/repo/calendars';
import { saveCalendarException, saveHolidayYear } from '$lib/server/services/plan/calendar';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { readForm } from '$lib/server/request-body';

function requireAdmin(event: RequestEvent) {
	const user = requireUser(event);
	if (!user.isAdmin) error(403, translate(event.locals.locale, 'admin.only'));
}

export const load: PageServerLoad = async (event) => {
	requireAdmin(event);
	const [table, calendar] = await Promise.all([holidayTable(db()), describeCalendar(db(), 'china')]);
	return { table, exceptions: calendar.exceptions };
};

const yearSchema = z.object({
	year: z.coerce
		.number({ error: 'validation.year' })
		.int({ error: 'validation.year' })
		.min(2000, { error: 'validation.year' })
		.max(2100, { error: 'validation.year' })
});
const exceptionSchema = z.object({
	date: isoDate,
	kind: z.enum(['off', 'on', 'remove'], { error: 'validation.invalid' }),
	note: optionalText(200)
});

/** "2027-01-01,2027-01-01,元旦" per line; a line that is not that is reported with its number. */
function parseArrangement(holidays: string, workdays: string): HolidayYear | { line: number; text: string } {
	const out: HolidayYear = { holidays: [], workdays: [] };
	const date = (s: string) => isoDate.safeParse(s.trim()).success;
	const lines = holidays.split(/\r?\n/);
	for (const [i, raw] of lines.entries()) {
		if (!raw.trim()) continue;
		const [start, end, ...name] = raw.split(/[,，]/).map((x) => x.trim());
		if (!date(start) || !date(end ?? '') || !name.join('').trim()) return { line: i + 1, text: raw };
		out.holidays.push([start, end, name.join(',')]);
	}
	for (const [i, raw] of workdays.split(/\r?\n/).entries()) {
		if (!raw.trim()) continue;
		if (!date(raw)) return { line: lines.length + i + 1, text: raw };
		out.workdays.push(raw.trim());
	}
	return out;
}

export const actions: Actions = {
	year: async (event) => {
		requireAdmin(event);
		const values = formToObject(await readForm(event));
		const locale = event.locals.locale;
		const v = validate(yearSchema, values, locale, { year: 'calendar.year' });
		if (!v.ok) return invalidForm(locale, v.fields, values);
		const parsed = parseArrangement(String(values.holidays ?? ''), String(values.workdays ?? ''));
		if ('line' in parsed) {
			const message = translate(locale, 'calendar.badLine', { line: parsed.line, text: parsed.text });
			return formFail(400, locale, 'error.validation', { holidays: message }, values);
		}
		try {
			await saveHolidayYear(db(), actorOf(event), v.data.year, parsed);
		} catch (e) {
			return domainFail(e, locale, values);
		}
		return { success: translate(locale, 'calendar.yearSaved', { year: v.data.year }) };
	},
	exception: async (event) => {
		requireAdmin(event);
		const values = formToObject(await readForm(event));
		const locale = event.locals.locale;
		const v = validate(exceptionSchema, values, locale, {
			date: 'calendar.exceptionDate',
			kind: 'calendar.exceptionKind',
			note: 'calendar.note'
		});
		if (!v.ok) return invalidForm(locale, v.fields, values);
		await saveCalendarException(db(), actorOf(event), {
			date: v.data.date,
			working: v.data.kind === 'remove' ? null : v.data.kind === 'on',
			note: v.data.note
		});
		return { success: translate(locale, 'calendar.exceptionSaved') };
	}
};
