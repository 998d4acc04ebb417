// The layers of src/ (README, "Architecture"): routes → services (use cases) → repo (queries) → db, with pure
// domain folders beside them that run anywhere (browser, server, PDF worker). `npm run lint` runs this.
// Everything in src/lib but the server, the client components and state, and the catalogue's page-aware t():
// a new domain folder is pure without being listed.
const PURE = { path: '^src/lib/', pathNot: '^src/lib/(server|components|gantt)/|^src/lib/i18n/t\\.ts$' };
const SERVER = '^src/lib/server/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
	forbidden: [
		{
			name: 'no-circular',
			comment: 'An import cycle ties modules together so neither can change alone.',
			severity: 'error',
			from: { path: '^src/' },
			to: { circular: true }
		},
		{
			name: 'pure-domain-stays-pure',
			comment:
				'Domain folders are shared with the browser and the PDF worker: no server, SvelteKit, database or Node.',
			severity: 'error',
			from: PURE,
			to: {
				path: [
					'^src/lib/server/',
					'^src/routes/',
					'^\\$app',
					'node_modules/kysely/',
					'node_modules/@sveltejs/kit/'
				]
			}
		},
		{
			name: 'pure-domain-no-node',
			comment: 'Domain folders run in the browser too.',
			severity: 'error',
			from: PURE,
			to: { dependencyTypes: ['core'] }
		},
		{
			name: 'client-never-imports-server',
			comment:
				'Components and client modules get view models from lib/<domain>/views.ts, never server types.',
			severity: 'error',
			from: { path: ['\\.svelte$', '\\.svelte\\.ts$', '^src/lib/components/', '^src/lib/gantt/'] },
			to: { path: SERVER }
		},
		{
			name: 'server-never-imports-components',
			comment: 'Labels and formats a document needs live in the domain folders, not in components.',
			severity: 'error',
			from: { path: SERVER },
			to: { path: ['\\.svelte$', '^src/lib/components/', '^src/routes/'] }
		},
		{
			name: 'lib-never-imports-routes',
			severity: 'error',
			from: { path: '^src/lib/' },
			to: { path: '^src/routes/' }
		},
		{
			name: 'repositories-are-queries',
			comment:
				'Repositories read and write their own tables: no use cases, sign-off, documents or other server modules above them.',
			severity: 'error',
			from: { path: '^src/lib/server/repo/' },
			to: { path: SERVER, pathNot: '^src/lib/server/(repo|db|ids\\.ts|errors\\.ts)' }
		},
		{
			name: 'repositories-never-call-use-cases',
			comment: 'A repository never reaches for a use case.',
			severity: 'error',
			from: { path: '^src/lib/server/(repo|db)/' },
			to: { path: '^src/lib/server/services/' }
		},
		{
			name: 'db-is-the-bottom',
			severity: 'error',
			from: { path: '^src/lib/server/db/' },
			to: { path: SERVER, pathNot: '^src/lib/server/db/' }
		}
	],
	options: {
		doNotFollow: { path: 'node_modules' },
		exclude: { path: ['\\.d\\.ts$'] },
		tsPreCompilationDeps: true,
		tsConfig: { fileName: 'tsconfig.json' },
		webpackConfig: { fileName: 'scripts/depcruise-aliases.cjs' },
		enhancedResolveOptions: {
			exportsFields: ['exports'],
			conditionNames: ['import', 'require', 'node', 'default', 'types', 'svelte'],
			extensions: ['.ts', '.js', '.svelte', '.mjs', '.cjs', '.json'],
			mainFields: ['module', 'main', 'types', 'typings']
		}
	}
};
