import type {
	KyselyPlugin,
	PluginTransformQueryArgs,
	PluginTransformResultArgs,
	QueryResult,
	RootOperationNode,
	UnknownRow
} from 'kysely';
import type { Kysely } from 'kysely';
import type { Database } from '../../src/lib/server/db/schema';

export interface CountedQuery {
	sql: string;
	rows: number;
}

/**
 * The same database with every query recorded (its SQL and how many rows it returned), including the queries
 * run inside transactions opened from it: for tests that count what one request reads.
 */
export function countingQueries(db: Kysely<Database>): { db: Kysely<Database>; queries: CountedQuery[] } {
	const queries: CountedQuery[] = [];
	const pending = new WeakMap<object, string>();
	const executor = db.getExecutor();
	const plugin: KyselyPlugin = {
		transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
			pending.set(args.queryId, executor.compileQuery(args.node, args.queryId).sql);
			return args.node;
		},
		async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
			queries.push({ sql: pending.get(args.queryId) ?? '?', rows: args.result.rows.length });
			return args.result;
		}
	};
	return { db: db.withPlugin(plugin), queries };
}

/** How often a request loaded a working calendar (the holiday years) and a whole plan's task list. */
export function loads(queries: readonly CountedQuery[], planSize: number) {
	return {
		calendar: queries.filter((q) => /^select .* from "holiday_years"/i.test(q.sql)).length,
		taskList: queries.filter((q) => /^select .* from "tasks"/i.test(q.sql) && q.rows >= planSize).length,
		total: queries.length
	};
}
