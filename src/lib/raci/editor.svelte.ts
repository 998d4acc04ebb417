import type { Locale } from '../i18n';
import type { RaciValue } from './letters';
import type { RaciCells } from './matrix';

export interface CellChange {
	rowKey: string;
	columnId: string;
	value: RaciValue | '';
}

interface Edit extends CellChange {
	before: RaciValue | '';
}

interface SavedCell extends CellChange {
	version: number;
}

export interface EditorMessages {
	saving: string;
	saved: string;
	conflict: string;
	failed: (message: string) => string;
}

const key = (rowKey: string, columnId: string) => `${rowKey}|${columnId}`;

/**
 * The matrix as the grid edits it: changes show at once and are saved in order through the API, each over
 * the cell version last seen. A conflict brings in the current cells and says so; any other refusal puts the
 * cell back. Undo and redo replay whole edits (a fill is one step).
 */
export class RaciEditor {
	/** Fine-grained for the grid: each cell re-renders alone. */
	cells = $state<RaciCells>({});
	/** The same cells as plain objects, for rule evaluation over the whole matrix without proxy overhead. */
	plain: RaciCells = {};
	/** Bumped on every write, so derived values over `plain` know to recompute. */
	revision = $state(0);
	status = $state<{ kind: 'idle' | 'saving' | 'saved' | 'error'; message: string }>({
		kind: 'idle',
		message: ''
	});
	undoCount = $state(0);
	redoCount = $state(0);
	#versions: Record<string, number>;
	#undo: Edit[][] = [];
	#redo: Edit[][] = [];
	#queue: Promise<void> = Promise.resolve();

	constructor(
		private readonly endpoint: string,
		cells: RaciCells,
		versions: Record<string, number>,
		private readonly locale: Locale,
		private readonly messages: EditorMessages
	) {
		this.cells = structuredClone(cells);
		this.plain = structuredClone(cells);
		this.#versions = { ...versions };
	}

	value(rowKey: string, columnId: string): RaciValue | '' {
		return this.cells[rowKey]?.[columnId] ?? '';
	}

	/** Applies changes that differ from what the cells hold; returns whether anything changed. */
	apply(changes: CellChange[]): boolean {
		const edits = changes
			.map((c) => ({ ...c, before: this.value(c.rowKey, c.columnId) }))
			.filter((e) => e.before !== e.value);
		if (!edits.length) return false;
		this.#undo.push(edits);
		this.#redo = [];
		this.#sync();
		this.#run(edits, () => (this.#undo = this.#undo.filter((u) => u !== edits)));
		return true;
	}

	undo() {
		const edits = this.#undo.pop();
		if (!edits) return;
		this.#redo.push(edits);
		this.#sync();
		// A refused undo never happened: it must not be offered for redo.
		this.#run(
			edits.map((e) => ({ rowKey: e.rowKey, columnId: e.columnId, value: e.before, before: e.value })),
			() => (this.#redo = this.#redo.filter((r) => r !== edits))
		);
	}

	redo() {
		const edits = this.#redo.pop();
		if (!edits) return;
		this.#undo.push(edits);
		this.#sync();
		this.#run(edits, () => (this.#undo = this.#undo.filter((u) => u !== edits)));
	}

	#sync() {
		this.undoCount = this.#undo.length;
		this.redoCount = this.#redo.length;
	}

	#write(rowKey: string, columnId: string, value: RaciValue | '') {
		for (const cells of [this.cells, this.plain]) {
			const row = (cells[rowKey] ??= {});
			if (value) row[columnId] = value;
			else delete row[columnId];
		}
		this.revision++;
	}

	/** The plain cells, read so that a derived value recomputes after each write. */
	snapshot(): RaciCells {
		void this.revision;
		return this.plain;
	}

	/** Shows the edits at once and queues their save; `forget` drops them from history if the server refuses. */
	#run(edits: Edit[], forget: () => void) {
		for (const e of edits) this.#write(e.rowKey, e.columnId, e.value);
		this.status = { kind: 'saving', message: this.messages.saving };
		// One request at a time, so each carries the version the previous one produced.
		this.#queue = this.#queue.then(() => this.#save(edits, forget));
	}

	async #save(edits: Edit[], forget: () => void) {
		const cells = edits.map((e) => ({
			rowKey: e.rowKey,
			columnId: e.columnId,
			value: e.value,
			version: this.#versions[key(e.rowKey, e.columnId)] ?? 0
		}));
		const single = cells.length === 1;
		let response: Response;
		try {
			response = await fetch(single ? `${this.endpoint}/cells` : `${this.endpoint}/cells/batch`, {
				method: single ? 'PUT' : 'POST',
				headers: { 'content-type': 'application/json', 'accept-language': this.locale },
				body: JSON.stringify(single ? cells[0] : { cells })
			});
		} catch (e) {
			this.#revert(edits, forget, this.messages.failed(String(e)));
			return;
		}
		const body = await response.json().catch(() => ({}));
		if (response.ok) {
			for (const c of (single ? [body] : body.cells) as SavedCell[])
				this.#versions[key(c.rowKey, c.columnId)] = c.version;
			this.status = { kind: 'saved', message: this.messages.saved };
			return;
		}
		if (response.status === 409 && Array.isArray(body.error?.current)) {
			for (const c of body.error.current as SavedCell[]) {
				this.#versions[key(c.rowKey, c.columnId)] = c.version;
				this.#write(c.rowKey, c.columnId, c.value);
			}
			// History no longer describes the cells on screen: start it afresh.
			this.#undo = [];
			this.#redo = [];
			this.#sync();
			this.status = { kind: 'error', message: this.messages.conflict };
			return;
		}
		this.#revert(edits, forget, this.messages.failed(body.error?.message ?? response.statusText));
	}

	#revert(edits: Edit[], forget: () => void, message: string) {
		for (const e of edits) this.#write(e.rowKey, e.columnId, e.before);
		forget();
		this.#sync();
		this.status = { kind: 'error', message };
	}
}
