// Operator CLI: `npm run cli -- <command>`. Uses the same DATABASE_URL as the server.
import { parseArgs } from 'node:util';
import { DEFAULT_TOKEN_LIFETIME_DAYS, registerSchema, tokenSchema } from '../../schemas/account';
import { validate } from '../../schemas/validate';
import { hashPassword, passwordRefusal } from '../auth/password';
import { createDatabase, migrateToLatest, parseDatabaseUrl, type DatabaseHandle } from '../db/index';
import { explainDatabaseError, StartupError } from '../db/startup-errors';
import { seedDemo } from '../demo/index';
import { translate } from '../../i18n';
import { listOutbox } from '../repo/outbox';
import { allProjectCodes } from '../repo/projects';
import { createApiToken } from '../services/tokens';
import { findUserByEmail } from '../repo/users';
import { createUser, setAdmin } from '../services/accounts';
import { DomainError } from '../errors';
import { anchorAll, anchorDirectory } from '../integrity/anchors';
import { defaultKeyFilePath, integrityKeys, rotateKeyFile } from '../integrity/keys';
import { verifyIntegrity } from '../services/signoff/integrity';

const CLI_ACTOR = { userId: null, ip: 'cli' };

const USAGE = `usage: npm run cli -- <command>
  user create --email E --name N     create a user; the password is read from standard input
  user admin --email E [--revoke]    make a user an instance admin (or revoke it)
  token create --email E [--label L] [--days 7|30|90|365]
                                     create a personal access token (default ${DEFAULT_TOKEN_LIFETIME_DAYS} days); printed alone on the last line
  outbox [--email E] [--limit N]     messages the app addressed to people (registration links), newest first
  migrate                            apply pending database migrations
  backup --to FILE                   online backup of the SQLite database
  seed-demo                          seed the demo project into an empty database
  integrity rotate-key               add a new current integrity key to the key file (older keys stay for verification)
  integrity anchor                   write every changed audit-chain head to the anchor files now
  integrity verify                   verify every project; exits 1 when anything was tampered with`;

class CliError extends Error {}

async function readStdin(): Promise<string> {
	if (process.stdin.isTTY) process.stderr.write('password: ');
	const chunks: Buffer[] = [];
	for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks)
		.toString('utf8')
		.replace(/\r?\n$/, '');
}

async function requireUser(h: DatabaseHandle, email: string | undefined) {
	if (!email) throw new CliError('--email is required');
	const user = await findUserByEmail(h.db, email);
	if (!user) throw new CliError(`no user with email ${email}`);
	return user;
}

async function run(argv: string[]): Promise<void> {
	const { positionals, values } = parseArgs({
		args: argv,
		allowPositionals: true,
		options: {
			email: { type: 'string' },
			name: { type: 'string' },
			label: { type: 'string' },
			to: { type: 'string' },
			revoke: { type: 'boolean' },
			days: { type: 'string' },
			limit: { type: 'string' }
		}
	});
	const command = positionals.join(' ');
	if (!command || command === 'help') {
		console.log(USAGE);
		return;
	}
	const { dialect, target } = parseDatabaseUrl(process.env.DATABASE_URL);
	let h: DatabaseHandle;
	try {
		h = createDatabase();
	} catch (e) {
		throw explainDatabaseError(e, dialect, target);
	}
	try {
		await migrateToLatest(h.db).catch((e: unknown) => {
			throw explainDatabaseError(e, dialect, target);
		});
		switch (command) {
			case 'migrate':
				console.log(`migrated (${h.dialect})`);
				return;
			case 'user create': {
				const password = await readStdin();
				const v = validate(registerSchema, { email: values.email, name: values.name, password }, 'en');
				if (!v.ok)
					throw new CliError(
						Object.entries(v.fields)
							.map(([f, m]) => `${f}: ${m}`)
							.join('\n')
					);
				const refusal = await passwordRefusal(password, v.data.email);
				if (refusal) throw new CliError(`password: ${translate('en', refusal)}`);
				const user = await createUser(h.db, CLI_ACTOR, {
					email: v.data.email,
					name: v.data.name,
					passwordHash: await hashPassword(password)
				});
				console.log(`created user ${user.email}${user.is_admin ? ' (instance admin: first user)' : ''}`);
				return;
			}
			case 'user admin': {
				const user = await requireUser(h, values.email);
				await setAdmin(h.db, CLI_ACTOR, user.id, !values.revoke);
				console.log(`${user.email} is ${values.revoke ? 'no longer' : 'now'} an instance admin`);
				return;
			}
			case 'token create': {
				const user = await requireUser(h, values.email);
				const label = values.label?.trim() || `cli ${new Date().toISOString().slice(0, 10)}`;
				const v = validate(tokenSchema, { label: label.slice(0, 80), expiresInDays: values.days }, 'en');
				if (!v.ok)
					throw new CliError(
						Object.entries(v.fields)
							.map(([f, m]) => `${f}: ${m}`)
							.join('\n')
					);
				const { token, expiresAt } = await createApiToken(
					h.db,
					CLI_ACTOR,
					user.id,
					v.data.label,
					v.data.expiresInDays
				);
				console.log(`token for ${user.email} (${label}), expires ${expiresAt}; it is shown only once:`);
				console.log(token);
				return;
			}
			case 'outbox': {
				const limit = Math.min(500, Math.max(1, Number(values.limit) || 20));
				const messages = await listOutbox(h.db, { recipient: values.email ?? null, limit });
				if (!messages.length) console.log('outbox is empty');
				for (const m of messages)
					console.log(`--- ${m.created_at} to ${m.recipient}\nSubject: ${m.subject}\n\n${m.body}\n`);
				return;
			}
			case 'backup': {
				if (!values.to) throw new CliError('--to FILE is required');
				if (!h.sqlite)
					throw new CliError('backup works on the embedded SQLite database; use pg_dump for PostgreSQL');
				const result = await h.sqlite.backup(values.to);
				console.log(`backed up ${result.totalPages} pages to ${values.to}`);
				return;
			}
			case 'seed-demo': {
				const seeded = await seedDemo(h.db);
				console.log(seeded ? `seeded demo project ${seeded.code}` : 'database is not empty: demo not seeded');
				return;
			}
			case 'integrity rotate-key': {
				if (process.env.WORKBENCH_INTEGRITY_KEY?.trim()) {
					throw new CliError(
						'the keys come from WORKBENCH_INTEGRITY_KEY: rotate there by putting a new "id:secret" first and keeping the older entries after it'
					);
				}
				const path = defaultKeyFilePath();
				const rotated = rotateKeyFile(path);
				console.log(
					`integrity key ${rotated.keyId} is now current (was ${rotated.previous}; ${rotated.keys} keys kept in ${path})`
				);
				console.log(
					'back the key file up now, apart from the database backups; a running server picks the new key up within seconds'
				);
				return;
			}
			case 'integrity anchor': {
				const written = await anchorAll(h.db);
				console.log(
					`anchored ${written} chain head(s) in ${anchorDirectory()} with key ${integrityKeys().currentId}`
				);
				return;
			}
			case 'integrity verify': {
				const projects = await allProjectCodes(h.db);
				let failed = 0;
				for (const p of projects) {
					const report = await verifyIntegrity(h.db, p.id);
					if (!report.ok) failed++;
					console.log(
						`${p.code}: ${report.ok ? 'ok' : report.problems.map((x) => x.kind).join(', ')} (${report.checked.auditRows} audit rows, ${report.legacy.auditRows} legacy, ${report.anchor.anchors} anchors)`
					);
				}
				if (failed) throw new CliError(`${failed} of ${projects.length} projects failed verification`);
				return;
			}
			default:
				throw new CliError(`unknown command: ${command}\n${USAGE}`);
		}
	} finally {
		await h.close();
	}
}

run(process.argv.slice(2)).catch((e: unknown) => {
	if (e instanceof CliError) console.error(e.message);
	else if (e instanceof StartupError) console.error(`${e.message}\n  ${e.hint}`);
	else if (e instanceof DomainError) console.error(translate('en', e.messageKey));
	else console.error(e);
	process.exitCode = 1;
});
