import type { OwnerSide } from '../phases/types';
import type { RaciColumn } from './columns';
import type { RaciValue } from './letters';

export type RaciRowKind = 'task' | 'deliverable' | 'duty';

/** An activity the matrix assigns: a task or deliverable of a phase, or one of the duties both sides agreed. */
export interface RaciRow {
	/** "task:<id>", "deliverable:<id>" or "duty:<id>": stable across renames and moves. */
	key: string;
	kind: RaciRowKind;
	refId: string;
	/** null for duty rows, which belong to the whole project. */
	phaseId: string | null;
	/** WBS number for tasks, the seed's numbering for duties ("共同 9"). */
	label: string;
	name: string;
	nameEn: string | null;
	ownerSide?: OwnerSide;
	dutyKind?: 'shared' | 'separate' | 'custom';
	dutySide?: 'client' | 'vendor' | null;
	/** Template key of the task, deliverable or duty, when it came from the methodology. */
	templateKey?: string | null;
}

export type RaciCells = Record<string, Record<string, RaciValue>>;

export interface RaciSettings {
	/** A role that is A on more than this share of a phase's rows is overloaded (a warning). */
	overloadShare: number;
	/** More C than this on one row is a warning: consult everyone and nobody decides. */
	maxConsulted: number;
}

export const DEFAULT_RACI_SETTINGS: RaciSettings = { overloadShare: 0.5, maxConsulted: 3 };

export interface RaciMatrix {
	rows: RaciRow[];
	columns: RaciColumn[];
	cells: RaciCells;
	settings: RaciSettings;
}

export const valueAt = (cells: RaciCells, rowKey: string, columnId: string): RaciValue | '' =>
	cells[rowKey]?.[columnId] ?? '';
