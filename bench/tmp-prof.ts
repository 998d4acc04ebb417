import { performance } from 'node:perf_hooks';
import { createDatabase, migrateToLatest } from '../src/lib/server/db/index';
import { seedDemo } from '../src/lib/server/demo/index';
import { listRegisterItemViews } from '../src/lib/server/repo/register-export';
import { registerSheets } from '../src/lib/register/xlsx-columns';
import { writeRegisterWorkbook, closeRegisterWorkbookWriter } from '../src/lib/server/interchange/register-xlsx';
import { REGISTER_TYPES } from '../src/lib/register/types';
const file = `/tmp/prof-${process.pid}.db`;
const h = createDatabase(file); await migrateToLatest(h.db); await seedDemo(h.db, '2026-11-27');
const project = await h.db.selectFrom('projects').selectAll().executeTakeFirstOrThrow();
const rows = Array.from({ length: 5000 }, (_, i) => ({ id: `b${i}`, project_id: project.id, type: REGISTER_TYPES[i % 5], number: 1000 + i, title: `基准事项 ${i}`, description: '需要甲方数据负责人确认字段映射与清洗规则。'.repeat(3), status: 'open', owner_side: 'client' as const, owner_member_id: null, due_date: '2027-01-01', probability: 3, impact: 3, score: 9, severity: null, blocking: 0 as const, resolution: '', details: JSON.stringify({ trigger: 'x', mitigation: 'y', contingency: 'z' }), origin: 'manual', origin_ref: null, raised_on: '2026-11-01', raised_by: null, raised_by_name: 'b', created_at: 'x', updated_at: 'x', closed_at: null, escalated_at: null }));
for (let i = 0; i < rows.length; i += 200) await h.db.insertInto('register_items').values(rows.slice(i, i + 200)).execute();
for (let k = 0; k < 5; k++) {
  let t = performance.now();
  const items = await listRegisterItemViews(h.db, project.id); const tq = performance.now() - t; t = performance.now();
  const sheets = registerSheets(items, 'zh-CN'); const ts = performance.now() - t; t = performance.now();
  const b = await writeRegisterWorkbook(sheets); const tw = performance.now() - t;
  console.log({ tq: Math.round(tq), ts: Math.round(ts), tw: Math.round(tw), kb: b.length >> 10 });
}
await closeRegisterWorkbookWriter(); await h.close();
