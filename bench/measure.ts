import { performance } from 'node:perf_hooks';

export interface Figure {
	name: string;
	runs: number;
	medianMs: number;
	p95Ms: number;
	/** Only where a target names the 99th percentile. */
	p99Ms?: number;
	/** Only for throughput figures. */
	perSecond?: number;
}

/** Runs `fn` `runs` times after `warmup` unmeasured runs; reports the median and 95th percentile. */
export async function measure(
	name: string,
	runs: number,
	fn: (i: number) => unknown | Promise<unknown>,
	warmup = 3
): Promise<Figure> {
	for (let i = 0; i < warmup; i++) await fn(-1 - i);
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		await fn(i);
		times.push(performance.now() - start);
	}
	times.sort((a, b) => a - b);
	const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
	return { name, runs, medianMs: round(at(0.5)), p95Ms: round(at(0.95)) };
}

/** Like measure, for operations that time themselves (in a browser page): each run returns its own ms. */
export async function measureReported(
	name: string,
	runs: number,
	fn: (i: number) => Promise<number>,
	warmup = 1
): Promise<Figure> {
	for (let i = 0; i < warmup; i++) await fn(-1 - i);
	const times: number[] = [];
	for (let i = 0; i < runs; i++) times.push(await fn(i));
	return figure(name, times);
}

/** Median and 95th percentile of times already taken. */
export function figure(name: string, times: number[]): Figure {
	const sorted = [...times].sort((a, b) => a - b);
	const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
	return { name, runs: sorted.length, medianMs: round(at(0.5)), p95Ms: round(at(0.95)) };
}

const round = (ms: number) => Math.round(ms * 100) / 100;

export function report(title: string, figures: Figure[]) {
	console.log(`\n${title}`);
	console.table(
		figures.map((f) => ({
			operation: f.name,
			runs: f.runs,
			'median ms': f.medianMs,
			'p95 ms': f.p95Ms,
			...(f.p99Ms !== undefined ? { 'p99 ms': f.p99Ms } : {}),
			...(f.perSecond !== undefined ? { 'per s': f.perSecond } : {})
		}))
	);
}
