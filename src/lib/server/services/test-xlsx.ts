import { formatDesignCode } from '../../design/types';
import { translate, type Locale } from '../../i18n';
import type { SheetSpec } from '../../register/xlsx-columns';
import { dateInZone } from '../../scheduling/zone';
import { defectAgeDays } from '../../testing/rules';
import { TESTING_LIMITS } from '../../testing/types';
import {
	caseCode,
	CASE_COLUMNS,
	CASES_SHEET,
	DEFECT_COLUMNS,
	formatStepRef,
	formatSteps,
	LIST_SEPARATOR,
	minuteInZone,
	notesRows,
	NOTES_SHEET
} from '../../testing/xlsx-columns';
import {
	caseSheets,
	planCaseImport,
	type CaseImportPlan,
	type RowError,
	type StoredCase
} from '../../testing/xlsx-import';
import { formatTestCode } from '../../testing/types';
import type { Conn } from '../db';
import { DomainError, notFound } from '../errors';
import { CaseFileError, readCaseWorkbook } from '../interchange/test-xlsx';
import { writeRegisterWorkbook } from '../interchange/register-xlsx';
import { projectCalendar } from '../repo/calendars';
import { getProject } from '../repo/projects';
import { caseCodeTargets, casesForSheet, defectsForSheet } from '../repo/test-xlsx';
import { recordAudit, type Actor } from './audit';
import { createTestCaseIn, updateTestCase } from './test-cases';
import { inTransaction } from './transaction';

// The Excel round trip of testing: the case workbook out and back in (all rows or none), and the defect log out.

async function projectOf(db: Conn, projectId: string) {
	const project = await getProject(db, projectId);
	if (!project) throw notFound();
	return project;
}

/** The case workbook: 测试用例 (one row per case, in number order) and 说明 (each column and its values). */
export async function exportTestCasesXlsx(db: Conn, projectId: string, locale: Locale): Promise<Uint8Array> {
	await projectOf(db, projectId);
	const [cases, targets] = await Promise.all([casesForSheet(db, projectId), caseCodeTargets(db, projectId)]);
	const code = {
		requirement: new Map(targets.requirements.map((r) => [r.id, formatDesignCode('requirement', r.number)])),
		customisation: new Map(
			targets.customisations.map((c) => [c.id, formatDesignCode('customisation', c.number)])
		),
		step: new Map(
			targets.steps.map((s) => [s.id, formatStepRef(formatDesignCode('toBe', s.processNumber), s.position)])
		)
	};
	const codes = (ids: string[], of: Map<string, string>) =>
		ids
			.map((id) => of.get(id))
			.filter((c): c is string => !!c)
			.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
			.join(LIST_SEPARATOR);
	const rows = cases.map((c) => [
		caseCode(c.number),
		c.title,
		c.processNumber === null
			? null
			: `${formatDesignCode('toBe', c.processNumber)} ${c.processName ?? ''}`.trim(),
		translate(locale, `testing.priority.${c.priority}`),
		c.preconditions,
		c.testData,
		codes(c.requirementIds, code.requirement),
		codes(c.processStepIds, code.step),
		codes(c.customisationIds, code.customisation),
		formatSteps(c.steps),
		c.version
	]);
	const sheets: SheetSpec[] = [
		{
			name: translate(locale, CASES_SHEET),
			columns: CASE_COLUMNS.map((col) => ({
				header: translate(locale, col.label),
				kind: col.kind,
				width: col.width
			})),
			rows
		},
		{
			name: translate(locale, NOTES_SHEET),
			columns: [
				{ header: translate(locale, 'txlsx.notes.column'), kind: 'text', width: 14 },
				{ header: translate(locale, 'txlsx.notes.meaning'), kind: 'text', width: 60 },
				{ header: translate(locale, 'txlsx.notes.allowed'), kind: 'text', width: 50 }
			],
			rows: notesRows(locale)
		}
	];
	return writeRegisterWorkbook(sheets);
}

/** The defect log as one sheet, times in the project's zone, ageing in the project calendar's working days. */
export async function exportDefectsXlsx(
	db: Conn,
	projectId: string,
	locale: Locale,
	now = new Date()
): Promise<Uint8Array> {
	const project = await projectOf(db, projectId);
	const zone = project.timeZone;
	const [defects, calendar] = await Promise.all([
		defectsForSheet(db, projectId),
		projectCalendar(db, projectId)
	]);
	const today = dateInZone(now, zone);
	const rows = defects.map((d) => [
		formatTestCode('defect', d.number),
		d.title,
		translate(locale, `testing.severity.${d.severity}`),
		translate(locale, `testing.priority.${d.priority}`),
		translate(locale, `testing.defectStatus.${d.status}`),
		translate(locale, `label.ownerSide.${d.ownerSide}`),
		d.ownerName,
		d.cycleName,
		`${caseCode(d.caseNumber)} ${d.caseTitle}`,
		d.customisationNumber === null ? null : formatDesignCode('customisation', d.customisationNumber),
		defectAgeDays(
			calendar,
			dateInZone(d.createdAt, zone),
			d.settledAt ? dateInZone(d.settledAt, zone) : null,
			today
		),
		d.raisedByName,
		minuteInZone(d.createdAt, zone),
		d.settledAt ? minuteInZone(d.settledAt, zone) : null
	]);
	return writeRegisterWorkbook([
		{
			name: translate(locale, 'txlsx.sheet.defects'),
			columns: DEFECT_COLUMNS.map((col) => ({
				header: translate(locale, `txlsx.defect.${col.key}`),
				kind: col.kind,
				width: col.width
			})),
			rows
		}
	]);
}

export interface CaseImportResult {
	dryRun: boolean;
	created: number;
	updated: number;
	unchanged: number;
	/** Empty when the file was (or, in a dry run, would be) imported; otherwise nothing was written. */
	errors: RowError[];
	/** The cases written (or that a pre-check would write), in file order; a new case's code is null in a pre-check. */
	items: { code: string | null; action: 'create' | 'update'; sheet: string; line: number }[];
}

const FILE_PROBLEM = {
	notXlsx: 'txlsx.file.notXlsx',
	tooManyRows: 'txlsx.file.tooManyRows',
	tooManyColumns: 'txlsx.file.tooManyColumns',
	tooLarge: 'txlsx.file.tooLarge',
	tooComplex: 'txlsx.file.tooComplex',
	busy: 'txlsx.file.busy'
} as const;

export const XLSX_MAX_MB = TESTING_LIMITS.xlsxBytes / 1024 / 1024;

/** A file the import cannot read at all, as the refusal naming the file field. */
export function caseFileError(problem: CaseFileError['problem']): DomainError {
	const p = problem;
	const code =
		p.code === 'tooLarge' ? 'payload_too_large' : p.code === 'busy' ? 'rate_limited' : 'validation_failed';
	return new DomainError(code, FILE_PROBLEM[p.code], {
		field: 'file',
		params: {
			max: p.code === 'tooManyRows' ? TESTING_LIMITS.xlsxRows : 'max' in p ? p.max : `${XLSX_MAX_MB} MB`
		}
	});
}

/** A row the write refused after the plan passed (someone saved the case meanwhile, say). */
class RowRefused extends Error {
	constructor(readonly row: RowError) {
		super(row.message);
	}
}

async function refusedAs<T>(row: { sheet: string; line: number }, locale: Locale, write: () => Promise<T>) {
	try {
		return await write();
	} catch (e) {
		if (!(e instanceof DomainError)) throw e;
		const reason =
			e.code === 'conflict'
				? translate(locale, 'txlsx.error.savedMeanwhile')
				: translate(locale, e.messageKey, e.options.params);
		throw new RowRefused({
			...row,
			column: null,
			message: translate(locale, 'txlsx.error.writeFailed', { reason })
		});
	}
}

function summary(plan: CaseImportPlan, dryRun: boolean): CaseImportResult {
	return {
		dryRun,
		created: plan.creates.length,
		updated: plan.updates.length,
		unchanged: plan.unchanged,
		errors: plan.errors,
		items: [
			...plan.creates.map((c) => ({ code: null, action: 'create' as const, sheet: c.sheet, line: c.line })),
			...plan.updates.map((u) => ({ code: u.code, action: 'update' as const, sheet: u.sheet, line: u.line }))
		].sort((a, b) => a.line - b.line)
	};
}

/** What the import compares rows with and resolves codes against, read once. */
async function importContext(db: Conn, projectId: string, locale: Locale) {
	const [cases, targets] = await Promise.all([casesForSheet(db, projectId), caseCodeTargets(db, projectId)]);
	return {
		locale,
		cases: new Map<number, StoredCase>(cases.map((c) => [c.number, c])),
		requirements: new Map(targets.requirements.map((r) => [r.number, r.id])),
		customisations: new Map(targets.customisations.map((c) => [c.number, c.id])),
		processes: new Map(targets.processes.map((p) => [p.number, { id: p.id, name: p.name }])),
		steps: new Map(
			targets.steps.map((s) => [`${s.processNumber}/${s.position}`, { id: s.id, processId: s.processId }])
		)
	};
}

/**
 * Imports a test-case workbook: every row is read, its codes resolved in this project and validated with the
 * create schema; a row with a 用例编号 updates that case over the 版本 it was exported at (a case saved since is a
 * bad row), a row without one creates a case. Any bad row refuses the whole file, nothing written, every bad row
 * listed; otherwise every row is written in one transaction. `dryRun` (预检) reports and writes nothing.
 */
export async function importTestCasesXlsx(
	db: Conn,
	actor: Actor,
	projectId: string,
	file: { name: string; bytes: Uint8Array },
	locale: Locale,
	options: { dryRun?: boolean } = {}
): Promise<CaseImportResult> {
	await projectOf(db, projectId);
	if (!file.bytes.byteLength)
		throw new DomainError('validation_failed', 'txlsx.file.missing', { field: 'file' });
	// An .xlsx is a zip ("PK"), whatever it is called; anything else (a .csv, an old .xls) is refused by name.
	if (file.bytes[0] !== 0x50 || file.bytes[1] !== 0x4b)
		throw new DomainError('validation_failed', 'txlsx.file.notXlsx', { field: 'file' });
	let sheets;
	try {
		sheets = await readCaseWorkbook(file.bytes);
	} catch (e) {
		if (e instanceof CaseFileError) throw caseFileError(e.problem);
		throw e;
	}
	const found = caseSheets(sheets);
	if (!found.length) throw new DomainError('validation_failed', 'txlsx.file.noSheet', { field: 'file' });
	const total = found.reduce((n, s) => n + s.rows.length, 0);
	if (total > TESTING_LIMITS.xlsxRows)
		throw caseFileError({ code: 'tooManyRows', max: TESTING_LIMITS.xlsxRows });
	if (!total) throw new DomainError('validation_failed', 'txlsx.file.empty', { field: 'file' });
	const plan = planCaseImport(sheets, await importContext(db, projectId, locale));
	const result = summary(plan, !!options.dryRun);
	if (plan.errors.length || options.dryRun) return result;
	try {
		await inTransaction(db, async (trx) => {
			for (const c of plan.creates) {
				const made = await refusedAs(c, locale, () => createTestCaseIn(trx, actor, projectId, c.input));
				result.items.find((i) => i.sheet === c.sheet && i.line === c.line)!.code = caseCode(made.number);
			}
			for (const u of plan.updates)
				await refusedAs(u, locale, () => updateTestCase(trx, actor, projectId, u.id, u.input));
			await recordAudit(trx, actor, {
				action: 'testCase.import',
				objectType: 'project',
				objectId: projectId,
				projectId,
				detail: { file: file.name.slice(0, 200), created: result.created, updated: result.updated }
			});
		});
	} catch (e) {
		if (e instanceof RowRefused) return { ...result, created: 0, updated: 0, items: [], errors: [e.row] };
		throw e;
	}
	return result;
}
