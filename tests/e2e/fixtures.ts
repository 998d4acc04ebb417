import { test as base, expect, type BrowserContext } from '@playwright/test';

/** A Content-Security-Policy report from a page, or a console message about one. */
export interface CspViolation {
	directive: string;
	blocked: string;
	source: string;
	sample: string;
	url: string;
}

const BINDING = '__workbenchCspViolation';

// Runs in every frame before the page's own scripts: reports each violation to the test through the binding.
const LISTENER = `document.addEventListener('securitypolicyviolation', (e) => {
	const report = { directive: e.violatedDirective, blocked: e.blockedURI, source: e.sourceFile + ':' + e.lineNumber, sample: e.sample, url: String(location.href) };
	if (typeof window.${BINDING} === 'function') window.${BINDING}(report);
}, true);`;

const watched = new WeakSet<BrowserContext>();

async function watch(context: BrowserContext, violations: CspViolation[]) {
	if (watched.has(context)) return;
	watched.add(context);
	await context.exposeBinding(BINDING, (_source, report: CspViolation) => void violations.push(report));
	await context.addInitScript({ content: LISTENER });
	context.on('console', (message) => {
		if (/content security policy/i.test(message.text())) {
			violations.push({
				directive: 'console',
				blocked: '',
				source: message.location().url,
				sample: message.text(),
				url: message.page()?.url() ?? ''
			});
		}
	});
}

/**
 * Playwright's test, with every browser context it or the test opens watched for Content-Security-Policy
 * violations: a test in which any page reported one fails, whatever it asserted itself.
 */
export const test = base.extend<{ cspViolations: CspViolation[] }>({
	cspViolations: [
		async ({ browser }, use) => {
			const violations: CspViolation[] = [];
			const newContext = browser.newContext;
			// Contexts a test opens itself (a second user's browser) are watched from their first page on.
			browser.newContext = async function (this: typeof browser, ...args: Parameters<typeof newContext>) {
				const context = await newContext.apply(this, args);
				await watch(context, violations);
				return context;
			};
			try {
				await use(violations);
			} finally {
				browser.newContext = newContext;
			}
			expect(violations, 'Content-Security-Policy violations reported by the pages of this test').toEqual([]);
		},
		{ auto: true }
	],
	context: async ({ context, cspViolations }, use) => {
		await watch(context, cspViolations);
		await use(context);
	}
});

export { expect };
