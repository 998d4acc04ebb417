import { createDatabase, migrateToLatest } from '../src/lib/server/db/index';
import { seedDemo } from '../src/lib/server/demo';
import { loadDocumentData } from '../src/lib/server/documents/loaders';
import { buildDocument } from '../src/lib/templates/documents/registry';
import { RenderPool } from '../src/lib/server/documents/pool';
const N = Number(process.argv[2] ?? 20000);
const HEAP = Number(process.argv[3] ?? 1024);
const handle = createDatabase(':memory:');
await migrateToLatest(handle.db);
await seedDemo(handle.db, '2026-11-27');
const base = await handle.db.selectFrom('tasks').selectAll().where('parent_id', 'is', null).where('is_milestone', '=', 0).executeTakeFirstOrThrow();
const have = Number((await handle.db.selectFrom('tasks').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
const extra = Array.from({ length: N - have }, (_, i) => ({ ...base, id: `bench${i}`, template_key: null, order_index: 1000 + i, name: `批量任务 ${i}：流程梳理与确认`, version: 1 }));
for (let i = 0; i < extra.length; i += 500) await handle.db.insertInto('tasks').values(extra.slice(i, i + 500)).execute();
const data = await loadDocumentData(handle.db, base.project_id, 'plan', 'zh-CN');
const spec = buildDocument('plan', data, 'zh-CN');
const pool = new RenderPool(1, HEAP);
const t = performance.now();
try { const bytes = await pool.render({ ...spec, rows: 0 }, (s, v) => {}); console.log('ok', N, 'heap', HEAP, 'ms', Math.round(performance.now() - t), 'MB', (bytes.length / 1e6).toFixed(1)); }
catch (e) { console.log('failed', N, HEAP, Math.round(performance.now() - t), (e as any).code, (e as Error).message); }
await pool.close(); await handle.close();
