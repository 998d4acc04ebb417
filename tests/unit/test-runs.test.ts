import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runInput } from '../../src/routes/projects/[projectId]/testing/cycles/[cycleId]/run/[caseId]/form';
import { failedSteps, runProblem, suggestedRunResult } from '../../src/lib/testing/runs';
import { screenshotFilename, sniffScreenshot } from '../../src/lib/testing/screenshots';
import { RUN_RESULTS, STEP_RESULTS, type TestStepResult } from '../../src/lib/testing/types';

const stepResults = fc.array(fc.constantFrom(...STEP_RESULTS), { maxLength: 12 });

describe('the overall result a run’s steps suggest', () => {
	it('reads failed before blocked before passed', () => {
		expect(suggestedRunResult(['passed', 'blocked', 'failed'])).toBe('failed');
		expect(suggestedRunResult(['passed', 'blocked', 'notRun'])).toBe('blocked');
		expect(suggestedRunResult(['passed', 'passed'])).toBe('passed');
		expect(suggestedRunResult(['passed', 'notRun'])).toBeNull();
		expect(suggestedRunResult(['notRun'])).toBeNull();
		expect(suggestedRunResult([])).toBeNull();
	});

	it('is failed exactly when a step failed, blocked when none failed and one blocked, passed only when all passed', () => {
		fc.assert(
			fc.property(stepResults, (steps) => {
				const suggested = suggestedRunResult(steps);
				expect(suggested === 'failed').toBe(steps.includes('failed'));
				expect(suggested === 'blocked').toBe(!steps.includes('failed') && steps.includes('blocked'));
				expect(suggested === 'passed').toBe(steps.length > 0 && steps.every((s) => s === 'passed'));
				// What it suggests is always a result that may be recorded over those steps.
				if (suggested) expect(runProblem(suggested, steps)).toBeNull();
			})
		);
	});

	it('does not depend on the order of the steps', () => {
		fc.assert(
			fc.property(stepResults, fc.integer(), (steps, seed) => {
				const shuffled = [...steps].sort((a, b) => ((a + seed).length % 3) - ((b + seed).length % 3));
				expect(suggestedRunResult(shuffled)).toBe(suggestedRunResult(steps));
			})
		);
	});
});

describe('what a recorded run may not be', () => {
	it('refuses a run whose every step is 未执行, and a pass over a failed or blocked step', () => {
		expect(runProblem('failed', ['notRun', 'notRun'])).toBe('run.error.nothingRun');
		expect(runProblem('passed', ['passed', 'failed'])).toBe('run.error.passedWithFailures');
		expect(runProblem('passed', ['passed', 'blocked'])).toBe('run.error.passedWithFailures');
		expect(runProblem('blocked', ['passed', 'failed'])).toBeNull();
		expect(runProblem('passed', [])).toBeNull();
	});

	it('accepts any result a tester chooses once some step ran, unless it passes over a failure', () => {
		fc.assert(
			fc.property(fc.constantFrom(...RUN_RESULTS), stepResults, (result, steps) => {
				const problem = runProblem(result, steps);
				const ran = !steps.length || steps.some((s) => s !== 'notRun');
				const contradicts = result === 'passed' && steps.some((s) => s === 'failed' || s === 'blocked');
				expect(problem === null).toBe(ran && !contradicts);
			})
		);
	});

	it('lists the failed steps a defect can be raised from', () => {
		const step = (id: string, result: TestStepResult) => ({
			id,
			caseStepId: id,
			position: 1,
			action: '',
			expected: '',
			result,
			actual: ''
		});
		expect(failedSteps({ steps: [step('a', 'passed'), step('b', 'failed')] }).map((s) => s.id)).toEqual([
			'b'
		]);
	});
});

describe('screenshots are told by their bytes', () => {
	const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
	const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]);
	const webp = new TextEncoder().encode('RIFF\u0000\u0000\u0000\u0000WEBPVP8 ');

	it('knows PNG, JPEG and WebP and nothing else, whatever the name says', () => {
		expect([sniffScreenshot(png), sniffScreenshot(jpeg), sniffScreenshot(webp)]).toEqual([
			'image/png',
			'image/jpeg',
			'image/webp'
		]);
		expect(sniffScreenshot(new TextEncoder().encode('not an image, just text.png'))).toBeNull();
		expect(sniffScreenshot(new TextEncoder().encode('GIF89a'))).toBeNull();
		expect(sniffScreenshot(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
		expect(sniffScreenshot(png.subarray(0, 4))).toBeNull();
	});

	it('accepts whatever follows a signature, and nothing that starts otherwise', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 64 }), (tail) => {
				const join = (head: Uint8Array) => Uint8Array.from([...head, ...tail]);
				expect(sniffScreenshot(join(png.subarray(0, 8)))).toBe('image/png');
				expect(sniffScreenshot(join(jpeg.subarray(0, 3)))).toBe('image/jpeg');
				expect(sniffScreenshot(join(webp.subarray(0, 12)))).toBe('image/webp');
				if (![0x89, 0xff, 0x52].includes(tail[0] ?? 0)) expect(sniffScreenshot(tail)).toBeNull();
			})
		);
	});

	it('keeps a name without its path or control characters, or names a nameless one', () => {
		expect(screenshotFilename('C:\\Users\\刘洋\\保存失败.png', 'image/png')).toBe('保存失败.png');
		expect(screenshotFilename('../../etc/a\u0000b.jpg', 'image/jpeg')).toBe('ab.jpg');
		expect(screenshotFilename('', 'image/jpeg')).toBe('screenshot.jpg');
	});
});

describe('the run screen’s form', () => {
	it('reads the steps in order and takes the suggested overall result when none was chosen', () => {
		const input = runInput(
			{
				'steps.1.caseStepId': 's2',
				'steps.1.result': 'failed',
				'steps.0.caseStepId': 's1',
				'steps.0.result': 'passed',
				'steps.1.actual': '提示保存失败',
				actualResult: '无法保存',
				result: ''
			},
			'case-1'
		);
		expect(input).toEqual({
			caseId: 'case-1',
			result: 'failed',
			actualResult: '无法保存',
			steps: [
				{ caseStepId: 's1', result: 'passed' },
				{ caseStepId: 's2', result: 'failed', actual: '提示保存失败' }
			]
		});
		expect(runInput({ result: 'blocked', 'steps.0.result': 'failed' }, 'c').result).toBe('blocked');
		expect(runInput({ 'steps.0.result': 'notRun' }, 'c').result).toBeUndefined();
	});
});
