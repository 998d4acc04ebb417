import { todayIn } from '../../gantt/opening';
import { translate, type Locale } from '../../i18n';
import { REGISTER_TYPES } from '../../register/types';
import { itemCells, registerSheets } from '../../register/xlsx-columns';
import type { ExportFilter } from '../../register/xlsx-filter';
import { planImport, type ImportPlan, type RowError } from '../../register/xlsx-import';
import type { Conn } from '../db';
import { DomainError, notFound } from '../errors';
import {
	IMPORT_MAX_BYTES,
	IMPORT_MAX_ROWS,
	readRegisterFile,
	RegisterFileError,
	writeRegisterWorkbook
} from '../interchange/register-xlsx';
import { getProject } from '../repo/projects';
import { listMembers } from '../repo/members';
import { listRegisterItemViews } from '../repo/register-export';
import { recordAudit, type Actor } from './audit';
import { createRegisterItem, updateRegisterItem } from './register';
import { inTransaction } from './transaction';

export { IMPORT_MAX_BYTES, IMPORT_MAX_ROWS };

const EXPORT_PAGE = 500;

/**
 * The register as an .xlsx workbook, one sheet per type, in the reader's language; `template` writes the
 * sheets with their headers only. The rows are built here, the workbook in a worker thread.
 */
export async function exportRegisterWorkbook(
	db: Conn,
	projectId: string,
	locale: Locale,
	filter: ExportFilter = {},
	options: { template?: boolean } = {}
): Promise<Uint8Array> {
	const project = await getProject(db, projectId);
	if (!project) throw notFound();
	const types = options.template ? REGISTER_TYPES : (filter.types ?? REGISTER_TYPES);
	const sheets = registerSheets([], locale, types);
	if (options.template) return writeRegisterWorkbook(sheets);
	const sheetOf = new Map(REGISTER_TYPES.filter((t) => types.includes(t)).map((t, i) => [t, sheets[i]]));
	const query = {
		types: filter.types,
		statuses: filter.statuses,
		ownerSide: filter.ownerSide,
		ownerMemberId: filter.ownerMemberId,
		...(filter.overdue ? { dueBefore: todayIn(project.timeZone), openOnly: true } : {})
	};
	// Page by page, letting other requests run in between: a SQLite read blocks the event loop while it runs.
	for (let offset = 0; ; offset += EXPORT_PAGE) {
		const page = await listRegisterItemViews(db, projectId, { ...query, limit: EXPORT_PAGE, offset });
		for (const item of page) sheetOf.get(item.type)?.rows.push(itemCells(item, locale));
		if (page.length < EXPORT_PAGE) break;
		await new Promise((resolve) => setImmediate(resolve));
	}
	return writeRegisterWorkbook(sheets);
}

export interface ImportResult {
	dryRun: boolean;
	created: number;
	updated: number;
	unchanged: number;
	/** Empty when the file was (or, in a dry run, would be) imported; otherwise nothing was written. */
	errors: RowError[];
	/** The numbers written (or that a dry run would update), in file order. */
	items: { code: string | null; action: 'create' | 'update'; sheet: string; line: number }[];
}

const FILE_PROBLEM = {
	notXlsx: 'raidXlsx.notXlsx',
	tooManyRows: 'raidXlsx.tooManyRows',
	tooManyColumns: 'raidXlsx.tooManyColumns',
	tooLarge: 'raidXlsx.tooLarge',
	tooComplex: 'raidXlsx.tooComplex',
	busy: 'raidXlsx.busy'
} as const;

/** A file the import cannot read at all, as the refusal the user sees. */
function fileError(e: RegisterFileError): DomainError {
	const p = e.problem;
	const code =
		p.code === 'tooLarge' ? 'payload_too_large' : p.code === 'busy' ? 'rate_limited' : 'validation_failed';
	return new DomainError(code, FILE_PROBLEM[p.code], {
		field: 'file',
		params: { max: 'max' in p ? p.max : `${IMPORT_MAX_BYTES / 1024 / 1024} MB` }
	});
}

export function importFormat(fileName: string, bytes: Uint8Array): 'xlsx' | 'csv' | null {
	const name = fileName.toLowerCase();
	// An .xlsx is a zip ("PK\x03\x04"), whatever it is called.
	if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'xlsx';
	if (name.endsWith('.csv') || name.endsWith('.txt')) return 'csv';
	return name.endsWith('.xlsx') ? 'xlsx' : null;
}

/** A row the service refused while writing (a rule the plan could not see, e.g. someone saved meanwhile). */
class RowRefused extends Error {
	constructor(readonly row: RowError) {
		super(row.message);
	}
}

/**
 * Imports an .xlsx or .csv register file: every row is checked first (numbers, versions, owners, labels,
 * workflow, dates) and if any row is bad nothing is written and every bad row is listed; otherwise every row is
 * written in one transaction through createRegisterItem / updateRegisterItem (origin `import`). `dryRun`
 * reports what would happen and writes nothing.
 */
export async function importRegisterFile(
	db: Conn,
	actor: Actor,
	projectId: string,
	file: { name: string; bytes: Uint8Array },
	locale: Locale,
	options: { dryRun?: boolean } = {}
): Promise<ImportResult> {
	const project = await getProject(db, projectId);
	if (!project) throw notFound();
	if (!file.bytes.byteLength)
		throw new DomainError('validation_failed', 'raidXlsx.noFile', { field: 'file' });
	const format = importFormat(file.name, file.bytes);
	if (!format) throw new DomainError('validation_failed', 'raidXlsx.fileType', { field: 'file' });
	let sheets;
	try {
		sheets = await readRegisterFile(file.bytes, format);
	} catch (e) {
		if (e instanceof RegisterFileError) throw fileError(e);
		throw e;
	}
	const [items, members] = await Promise.all([
		listRegisterItemViews(db, projectId),
		listMembers(db, projectId)
	]);
	const plan = planImport(sheets, {
		items: new Map(items.map((i) => [i.code, i])),
		members,
		today: todayIn(project.timeZone),
		locale
	});
	if (!plan.errors.length && !plan.creates.length && !plan.updates.length && !plan.unchanged)
		throw new DomainError('validation_failed', 'raidXlsx.empty', { field: 'file' });
	const result = summary(plan, !!options.dryRun);
	if (plan.errors.length || options.dryRun) return result;
	try {
		await inTransaction(db, async (trx) => {
			for (const c of plan.creates) {
				const created = await refusedAs(c, locale, () =>
					createRegisterItem(trx, actor, projectId, c.input, {
						origin: 'import',
						status: c.status,
						raisedOn: c.raisedOn
					})
				);
				result.items.find((i) => i.sheet === c.sheet && i.line === c.line)!.code = created.code;
			}
			for (const u of plan.updates)
				await refusedAs(u, locale, () => updateRegisterItem(trx, actor, projectId, u.id, u.input));
			await recordAudit(trx, actor, {
				action: 'register.import',
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

async function refusedAs<T>(
	row: { sheet: string; line: number },
	locale: Locale,
	write: () => Promise<T>
): Promise<T> {
	try {
		return await write();
	} catch (e) {
		if (!(e instanceof DomainError)) throw e;
		const message = translate(locale, 'raidXlsx.writeFailed', {
			reason: translate(locale, e.messageKey, e.options.params)
		});
		throw new RowRefused({ sheet: row.sheet, line: row.line, column: null, message });
	}
}

function summary(plan: ImportPlan, dryRun: boolean): ImportResult {
	const rows = [
		...plan.creates.map((c) => ({ code: null, action: 'create' as const, sheet: c.sheet, line: c.line })),
		...plan.updates.map((u) => ({ code: u.code, action: 'update' as const, sheet: u.sheet, line: u.line }))
	];
	return {
		dryRun,
		created: plan.creates.length,
		updated: plan.updates.length,
		unchanged: plan.unchanged,
		errors: plan.errors,
		items: rows
	};
}
