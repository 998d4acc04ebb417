import { fail, type ActionFailure } from '@sveltejs/kit';
import { translate, type Locale, type MessageKey } from '../i18n';
import { echo, type FieldErrors } from '../schemas/validate';
import { DomainError } from './errors';

export interface FormFailure {
	message: string;
	fields: FieldErrors;
	values: Record<string, unknown>;
	/** On a version conflict: the record as it is now, so the form can show it. */
	current?: unknown;
	memberId?: string;
}

/** A refused form: the summary message, each field's error, and what the user typed (minus passwords). */
export function formFail(
	status: number,
	locale: Locale,
	messageKey: MessageKey,
	fields: FieldErrors = {},
	input: Record<string, unknown> = {},
	extra: Pick<FormFailure, 'current' | 'memberId'> = {}
): ActionFailure<FormFailure> {
	return fail(status, { message: translate(locale, messageKey), fields, values: echo(input), ...extra });
}

export function invalidForm(locale: Locale, fields: FieldErrors, input: Record<string, unknown>) {
	return formFail(400, locale, 'error.validation', fields, input);
}

/** Converts a domain refusal into a form failure; anything else is a real bug and propagates. */
export function domainFail(
	e: unknown,
	locale: Locale,
	input: Record<string, unknown>,
	extra: Pick<FormFailure, 'memberId'> = {}
) {
	if (!(e instanceof DomainError)) throw e;
	const message = translate(locale, e.messageKey, e.options.params);
	return fail(e.status, {
		message,
		fields: e.options.field ? { [e.options.field]: message } : {},
		values: echo(input),
		...extra,
		...(e.options.current ? { current: e.options.current } : {})
	} satisfies FormFailure);
}
