// Raises a change request straight through the register service in the e2e database, for branches on which the
// register API (createRegisterItem) is not there yet. Usage: tsx tests/e2e/seed-change.ts <projectId> <email>
import { createRegisterItemSchema } from '../../src/lib/schemas/register';
import { createDatabase } from '../../src/lib/server/db/index';
import { createRegisterItem } from '../../src/lib/server/services/register';

const [projectId, email] = process.argv.slice(2);
const handle = createDatabase();
const user = await handle.db
	.selectFrom('users')
	.select('id')
	.where('email', '=', email)
	.executeTakeFirstOrThrow();
const item = await createRegisterItem(
	handle.db,
	{ userId: user.id, ip: null },
	projectId,
	createRegisterItemSchema.parse(JSON.parse(process.env.CHANGE_JSON ?? '{}'))
);
await handle.db.destroy();
process.stdout.write(item.id);
