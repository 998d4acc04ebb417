import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { isMessageKey } from '../../src/lib/i18n/index';
import {
	changePasswordSchema,
	loginSchema,
	profileSchema,
	registerSchema,
	tokenSchema
} from '../../src/lib/schemas/account';
import {
	addMemberSchema,
	createProjectSchema,
	updateMemberSchema,
	updateProjectSchema
} from '../../src/lib/schemas/project';
import { updateTaskSchema } from '../../src/lib/schemas/tasks';
import { echo, formToObject, validate } from '../../src/lib/schemas/validate';

/** The message key of the first issue on each top-level field. */
function keys(schema: z.ZodType, input: unknown): Record<string, string> {
	const result = schema.safeParse(input);
	if (result.success) return {};
	const out: Record<string, string> = {};
	for (const issue of result.error.issues) out[String(issue.path[0] ?? '_')] ??= issue.message;
	return out;
}

const project = {
	name: ' 华信家居 CRM ',
	code: 'hxjj-crm_2026',
	clientOrg: '华信家居',
	vendorOrg: '云杉软件',
	startDate: '2026-02-12',
	goLiveDate: '2026-10-30',
	mySide: 'client'
};

describe('account schemas', () => {
	it('normalise a registration: trimmed name, trimmed lower-case email', () => {
		const r = registerSchema.parse({
			name: ' 王敏 ',
			email: '  PM.Client@Example.COM ',
			password: 'long enough'
		});
		expect(r).toEqual({ name: '王敏', email: 'pm.client@example.com', password: 'long enough' });
	});

	it('give each bad field its own message key', () => {
		expect(keys(registerSchema, {})).toEqual({
			name: 'validation.required',
			email: 'validation.required',
			password: 'validation.required'
		});
		expect(keys(registerSchema, { name: '   ', email: 'not-an-email', password: 'short' })).toEqual({
			name: 'validation.required',
			email: 'validation.email',
			password: 'validation.passwordTooShort'
		});
		expect(
			keys(registerSchema, {
				name: 'x'.repeat(101),
				email: `${'a'.repeat(250)}@example.com`,
				password: 'p'.repeat(256)
			})
		).toEqual({
			name: 'validation.tooLong',
			email: 'validation.tooLong',
			password: 'validation.passwordTooLong'
		});
	});

	it('count password length in characters', () => {
		expect(keys(changePasswordSchema, { currentPassword: 'x', newPassword: '密码密码密码密' })).toEqual({
			newPassword: 'validation.passwordTooShort'
		});
		expect(
			changePasswordSchema.safeParse({ currentPassword: 'x', newPassword: '密码密码密码密码' }).success
		).toBe(true);
	});

	it('require a login password but do not apply the new-password rules to it', () => {
		expect(loginSchema.safeParse({ email: 'a@example.com', password: 'short' }).success).toBe(true);
		expect(keys(loginSchema, { email: 'a@example.com', password: '' })).toEqual({
			password: 'validation.required'
		});
	});

	it('accept only supported locales and a non-empty token label', () => {
		expect(keys(profileSchema, { name: 'A', locale: 'fr' })).toEqual({ locale: 'validation.invalid' });
		expect(profileSchema.parse({ name: 'A', locale: 'en' }).locale).toBe('en');
		expect(keys(tokenSchema, { label: ' ' })).toEqual({ label: 'validation.required' });
		expect(keys(tokenSchema, { label: 'x'.repeat(81) })).toEqual({ label: 'validation.tooLong' });
	});
});

describe('project schemas', () => {
	it('accept a project and upper-case its code', () => {
		const p = createProjectSchema.parse(project);
		expect(p.code).toBe('HXJJ-CRM_2026');
		expect(p.name).toBe('华信家居 CRM');
		expect(p.description).toBe('');
	});

	it('refuse bad codes, impossible dates, unknown sides and a go-live before the start', () => {
		expect(keys(createProjectSchema, { ...project, code: '-abc' })).toEqual({
			code: 'validation.projectCode'
		});
		expect(keys(createProjectSchema, { ...project, code: 'a b' })).toEqual({
			code: 'validation.projectCode'
		});
		expect(keys(createProjectSchema, { ...project, startDate: '2026-02-30' })).toEqual({
			startDate: 'validation.date'
		});
		expect(keys(createProjectSchema, { ...project, startDate: '12/02/2026' })).toEqual({
			startDate: 'validation.date'
		});
		expect(keys(createProjectSchema, { ...project, mySide: 'both' })).toEqual({ mySide: 'validation.side' });
		expect(keys(createProjectSchema, { ...project, goLiveDate: '2026-02-11' })).toEqual({
			goLiveDate: 'validation.goLiveBeforeStart'
		});
		expect(createProjectSchema.safeParse({ ...project, goLiveDate: project.startDate }).success).toBe(true);
	});

	it('let an update change one field but always require a version', () => {
		expect(updateProjectSchema.parse({ version: '3', name: '新名称' })).toEqual({
			version: 3,
			name: '新名称'
		});
		const missing = validate(updateProjectSchema, { name: 'x' }, 'en');
		expect(missing.ok).toBe(false);
		if (!missing.ok) expect(Object.keys(missing.fields)).toEqual(['version']);
		expect(keys(updateProjectSchema, { version: '0' })).toEqual({ version: 'validation.version' });
		expect(keys(updateProjectSchema, { version: '1.5' })).toEqual({ version: 'validation.version' });
		expect(keys(updateProjectSchema, { version: 2, status: 'deleted' })).toEqual({
			status: 'validation.invalid'
		});
		// Fields left out stay out, so an update cannot blank what it did not mention.
		expect(updateProjectSchema.parse({ version: 2, status: 'archived' })).toEqual({
			version: 2,
			status: 'archived'
		});
		expect(updateProjectSchema.parse({ version: 2, description: '  ' })).toEqual({
			version: 2,
			description: ''
		});
		expect(
			keys(updateProjectSchema, { version: 2, startDate: '2026-05-01', goLiveDate: '2026-04-01' })
		).toEqual({
			goLiveDate: 'validation.goLiveBeforeStart'
		});
	});

	it('want members with a side and at least one known role, deduplicated', () => {
		expect(
			addMemberSchema.parse({ email: 'A@Example.com', side: 'vendor', roles: ['lead', 'lead', 'tester'] })
		).toEqual({
			email: 'a@example.com',
			side: 'vendor',
			roles: ['lead', 'tester']
		});
		expect(keys(addMemberSchema, { email: 'a@example.com', side: 'vendor', roles: [] })).toEqual({
			roles: 'validation.rolesRequired'
		});
		expect(keys(addMemberSchema, { email: 'a@example.com', side: 'vendor' })).toEqual({
			roles: 'validation.rolesRequired'
		});
		expect(keys(addMemberSchema, { email: 'a@example.com', side: 'vendor', roles: ['ceo'] })).toEqual({
			roles: 'validation.role'
		});
		expect(keys(updateMemberSchema, { side: 'client', roles: ['lead'] })).toEqual({
			version: 'validation.version'
		});
	});

	it('only ever report keys that exist in the catalogue', () => {
		const bad = [
			keys(registerSchema, { name: 1, email: 2, password: 3 }),
			keys(createProjectSchema, { name: null, code: [], clientOrg: {}, startDate: 5, templateId: 7 }),
			keys(updateMemberSchema, { side: 1, roles: 'lead', version: 'x' })
		].flatMap((r) => Object.values(r));
		expect(bad.length).toBeGreaterThan(8);
		expect(bad.filter((k) => !isMessageKey(k))).toEqual([]);
	});
});

describe('partial updates', () => {
	it('leave out what was not sent, so a progress update keeps the task description', () => {
		expect(updateTaskSchema.parse({ version: '4', progress: '40' })).toEqual({ version: 4, progress: 40 });
		expect(updateTaskSchema.parse({ version: 4, description: ' 说明 ' })).toEqual({
			version: 4,
			description: '说明'
		});
	});
});

describe('validate', () => {
	it('returns data on success', () => {
		expect(validate(tokenSchema, { label: ' ci ' }, 'en')).toEqual({
			ok: true,
			data: { label: 'ci', expiresInDays: 90 }
		});
	});

	it('translates each field error and names the field in the chosen language', () => {
		const zh = validate(registerSchema, { name: '', email: 'x', password: 'short' }, 'zh-CN');
		expect(zh).toEqual({
			ok: false,
			fields: {
				name: '请填写姓名',
				email: '邮箱格式不正确，例如 name@example.com',
				password: '密码至少需要 8 个字符'
			}
		});
		const en = validate(
			registerSchema,
			{ name: 'x'.repeat(101), email: 'a@example.com', password: 'long enough' },
			'en'
		);
		expect(en.ok).toBe(false);
		if (!en.ok) expect(en.fields.name).toBe('Name must be at most 100 characters');
	});

	it('uses a schema-specific label where one is given', () => {
		const r = validate(createProjectSchema, { ...project, name: '' }, 'zh-CN');
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.fields.name).toBe('请填写项目名称');
	});

	it('falls back to generic keys for wrong types from API clients', () => {
		const r = validate(tokenSchema, {}, 'en');
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.fields.label).toMatch(/Token label|Label/);
	});
});

describe('formToObject / echo', () => {
	it('turns form data into an object with the listed multi-value fields as arrays', () => {
		const form = new FormData();
		form.append('email', 'a@example.com');
		form.append('roles', 'lead');
		form.append('roles', 'tester');
		expect(formToObject(form, ['roles', 'assigneeIds'])).toEqual({
			email: 'a@example.com',
			roles: ['lead', 'tester'],
			assigneeIds: []
		});
	});

	it('never echoes a password back', () => {
		expect(echo({ email: 'a@example.com', password: 'x', currentPassword: 'y', newPassword: 'z' })).toEqual({
			email: 'a@example.com'
		});
	});
});
