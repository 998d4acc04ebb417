import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

const QUERIES_IN_REPOSITORIES = [
	{
		selector: 'CallExpression[callee.property.name=/^(selectFrom|insertInto|updateTable|deleteFrom)$/]',
		message: 'Queries live in src/lib/server/repo/*: call a named repository function taking a Conn.'
	},
	{
		selector: "TaggedTemplateExpression[tag.name='sql']",
		message:
			'Raw SQL lives in src/lib/server/repo/* (or db/): call a named repository function taking a Conn.'
	}
];

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		rules: {
			'@typescript-eslint/no-unused-vars': ['warn', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			// Links are built with resolve()-free plain paths; the app has no base path.
			'svelte/no-navigation-without-resolve': 'off'
		}
	},
	{
		// Layers (README, "Architecture"); dependency-cruiser checks cycles and the server's layers, these
		// catch type-only imports too, which vanish before dependency-cruiser sees a compiled .svelte file.
		files: ['**/*.svelte', '**/*.svelte.ts', 'src/lib/components/**', 'src/lib/gantt/**'],
		rules: {
			'@typescript-eslint/no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['$lib/server', '$lib/server/*', '**/server/*'],
							message: 'Client code reads view models from $lib/<domain>/views, never server modules.'
						}
					]
				}
			]
		}
	},
	{
		// Every domain folder in src/lib is pure, new ones included, except the server, client state and t().
		files: ['src/lib/**/*.ts'],
		ignores: ['src/lib/server/**', 'src/lib/components/**', 'src/lib/gantt/**', 'src/lib/i18n/t.ts'],
		rules: {
			'@typescript-eslint/no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['$lib/server', '$lib/server/*', '**/server/*', '$app/*', 'kysely', 'node:*'],
							message:
								'Domain folders run in the browser and the PDF worker: no server, SvelteKit, database or Node.'
						}
					]
				}
			]
		}
	},
	{
		files: ['src/lib/server/repo/**/*.ts'],
		rules: {
			'no-restricted-syntax': [
				'error',
				{
					selector: "CallExpression[callee.property.name='transaction']",
					message: "Repositories run inside the caller's transaction; the use case in services/ opens it."
				}
			]
		}
	},
	{
		// Only repositories (and db/, for migrations and start-up) run SQL; everything else calls a named
		// repository function, so each table's SQL lives beside its aggregate.
		files: ['src/**/*.ts', 'src/**/*.svelte'],
		ignores: ['src/lib/server/repo/**', 'src/lib/server/db/**'],
		rules: { 'no-restricted-syntax': ['error', ...QUERIES_IN_REPOSITORIES] }
	},
	{
		// ...and only use cases open transactions: a route or helper that needs one calls a service. The demo
		// seed is exempt: it is one use case of its own, run once on an empty database.
		files: ['src/**/*.ts', 'src/**/*.svelte'],
		ignores: [
			'src/lib/server/repo/**',
			'src/lib/server/db/**',
			'src/lib/server/services/**',
			'src/lib/server/demo/**'
		],
		rules: {
			'no-restricted-syntax': [
				'error',
				...QUERIES_IN_REPOSITORIES,
				{
					selector: "CallExpression[callee.property.name='transaction']",
					message: 'Use cases in src/lib/server/services/* own transactions: call one.'
				}
			]
		}
	},
	{
		// Small files (issue #12): a route stays thin, a component does one thing, a module one concern.
		files: ['src/**/*.ts', 'src/**/*.svelte'],
		ignores: ['src/lib/server/db/migrations/**', 'src/lib/i18n/**'],
		rules: { 'max-lines': ['error', { max: 400 }] }
	},
	{
		files: ['src/**/*.svelte'],
		rules: { 'max-lines': ['error', { max: 200 }] }
	},
	{
		files: ['src/routes/**/+*.ts', 'src/routes/**/+*.svelte'],
		rules: { 'max-lines': ['error', { max: 150 }] }
	},
	{
		// Migrations are frozen in time and typed against Kysely<any>, as Kysely's migration guide prescribes.
		files: ['src/lib/server/db/migrations/**'],
		rules: { '@typescript-eslint/no-explicit-any': 'off' }
	},
	{
		// CommonJS on purpose (startup/node-version.cjs must load on the old Node it turns away).
		files: ['**/*.cjs'],
		rules: { '@typescript-eslint/no-require-imports': 'off' }
	},
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'data/',
			'test-results/',
			'playwright-report/',
			'bench/results/'
		]
	}
);
