import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
	accountGuessBudget,
	accountIpBackoff,
	ExpiringTokenBucket,
	FailureBackoff,
	ipLoginBucket,
	ipRegisterBucket,
	knownDeviceFailures,
	reauthFailures,
	RefillingTokenBucket,
	SlidingWindowCounter
} from '../../src/lib/server/auth/rate-limit';

const T0 = new Date('2026-03-01T08:00:00Z');

// Only Date is faked: the buckets read Date.now(), nothing here waits on a timer.
beforeEach(() => {
	vi.useFakeTimers({ toFake: ['Date'] });
	vi.setSystemTime(T0);
});
afterEach(() => {
	vi.useRealTimers();
});

const advance = (seconds: number) => vi.setSystemTime(Date.now() + seconds * 1000);

describe('RefillingTokenBucket', () => {
	it('allows a burst of max, then refuses', () => {
		const bucket = new RefillingTokenBucket<string>(3, 10);
		expect(bucket.check('a', 1)).toBe(true);
		expect([1, 2, 3].map(() => bucket.consume('a', 1))).toEqual([true, true, true]);
		expect(bucket.check('a', 1)).toBe(false);
		expect(bucket.consume('a', 1)).toBe(false);
	});

	it('keeps keys apart', () => {
		const bucket = new RefillingTokenBucket<string>(1, 10);
		expect(bucket.consume('a', 1)).toBe(true);
		expect(bucket.consume('a', 1)).toBe(false);
		expect(bucket.consume('b', 1)).toBe(true);
	});

	it('refills one token per interval, never beyond max', () => {
		const bucket = new RefillingTokenBucket<string>(3, 10);
		for (let i = 0; i < 3; i++) bucket.consume('a', 1);
		advance(9.999);
		expect(bucket.consume('a', 1)).toBe(false);
		advance(0.001);
		expect(bucket.consume('a', 1)).toBe(true);
		expect(bucket.consume('a', 1)).toBe(false);
		advance(25); // two and a half intervals: two tokens
		expect(bucket.consume('a', 2)).toBe(true);
		expect(bucket.consume('a', 1)).toBe(false);
		advance(3600);
		expect(bucket.consume('a', 3)).toBe(true);
		expect(bucket.consume('a', 1)).toBe(false);
	});

	it('carries the unused part of an interval over', () => {
		const bucket = new RefillingTokenBucket<string>(2, 10);
		bucket.consume('a', 2);
		advance(15); // one token, half an interval left over
		expect(bucket.consume('a', 1)).toBe(true);
		advance(5);
		expect(bucket.consume('a', 1)).toBe(true);
	});

	it('does not charge a refused consume', () => {
		const bucket = new RefillingTokenBucket<string>(3, 10);
		expect(bucket.consume('a', 4)).toBe(false);
		expect(bucket.consume('a', 3)).toBe(true);
	});
});

describe('ExpiringTokenBucket', () => {
	it('refuses after max failures until the window has passed, then starts full', () => {
		const bucket = new ExpiringTokenBucket<string>(3, 60);
		for (let i = 0; i < 3; i++) expect(bucket.consume('u', 1)).toBe(true);
		expect(bucket.check('u', 1)).toBe(false);
		expect(bucket.consume('u', 1)).toBe(false);
		advance(59);
		expect(bucket.check('u', 1)).toBe(false);
		advance(1);
		expect(bucket.check('u', 1)).toBe(true);
		for (let i = 0; i < 3; i++) expect(bucket.consume('u', 1)).toBe(true);
		expect(bucket.consume('u', 1)).toBe(false);
	});

	it('measures the window from the first failure, not the latest', () => {
		const bucket = new ExpiringTokenBucket<string>(2, 60);
		bucket.consume('u', 1);
		advance(50);
		bucket.consume('u', 1);
		expect(bucket.check('u', 1)).toBe(false);
		advance(10);
		expect(bucket.check('u', 1)).toBe(true);
	});

	it('reset empties the record of one key only', () => {
		const bucket = new ExpiringTokenBucket<string>(1, 60);
		bucket.consume('u', 1);
		bucket.consume('v', 1);
		bucket.reset('u');
		expect(bucket.check('u', 1)).toBe(true);
		expect(bucket.check('v', 1)).toBe(false);
	});
});

describe('SlidingWindowCounter', () => {
	it('allows max events in any window, not 2 × max around a refill', () => {
		const counter = new SlidingWindowCounter<string>(100, 3600);
		// 100 failures in the last minute of one hour...
		advance(3540);
		for (let i = 0; i < 100; i++) counter.record('a');
		expect(counter.remaining('a')).toBe(0);
		// ...and at the turn of the hour none more: the window slides, it does not reset.
		advance(61);
		expect(counter.remaining('a')).toBe(0);
		expect(counter.retryAfterMs('a')).toBe((3600 - 61) * 1000);
		advance(3600 - 61);
		expect(counter.remaining('a')).toBe(100);
	});

	it('frees one event at a time as the oldest leave the window', () => {
		const counter = new SlidingWindowCounter<string>(3, 60);
		counter.record('k');
		advance(10);
		counter.record('k');
		counter.record('k');
		expect(counter.remaining('k')).toBe(0);
		expect(counter.retryAfterMs('k')).toBe(50_000);
		advance(50);
		expect(counter.remaining('k')).toBe(1);
		expect(counter.retryAfterMs('k')).toBe(0);
		expect(counter.remaining('other')).toBe(3);
		counter.reset('k');
		expect(counter.remaining('k')).toBe(3);
	});
});

describe('FailureBackoff', () => {
	it('lets the free failures through, then doubles the wait, up to the cap', () => {
		const backoff = new FailureBackoff<string>(2, 1, 8, 3600);
		backoff.fail('k');
		backoff.fail('k');
		expect(backoff.retryAfterMs('k')).toBe(1000);
		advance(1);
		expect(backoff.retryAfterMs('k')).toBe(0);
		const waits: number[] = [];
		for (let i = 0; i < 5; i++) {
			backoff.fail('k');
			waits.push(backoff.retryAfterMs('k'));
			advance(waits[i] / 1000);
		}
		expect(waits).toEqual([2000, 4000, 8000, 8000, 8000]);
	});

	it('forgets a key after a quiet period or on reset', () => {
		const backoff = new FailureBackoff<string>(0, 1, 900, 3600);
		for (let i = 0; i < 10; i++) backoff.fail('k');
		expect(backoff.retryAfterMs('k')).toBe(900_000);
		advance(3600);
		expect(backoff.retryAfterMs('k')).toBe(0);
		backoff.fail('j');
		backoff.reset('j');
		expect(backoff.retryAfterMs('j')).toBe(0);
	});
});

describe('login and registration throttles', () => {
	it('are configured as documented', () => {
		expect([accountGuessBudget.max, accountGuessBudget.windowSeconds]).toEqual([100, 3600]);
		expect([knownDeviceFailures.max, knownDeviceFailures.windowSeconds]).toEqual([10, 3600]);
		expect([
			accountIpBackoff.freeFailures,
			accountIpBackoff.baseSeconds,
			accountIpBackoff.maxSeconds
		]).toEqual([5, 1, 900]);
		expect([ipLoginBucket.max, ipLoginBucket.refillIntervalSeconds]).toEqual([30, 2]);
		expect([reauthFailures.max, reauthFailures.expiresInSeconds]).toEqual([10, 900]);
		expect([ipRegisterBucket.max, ipRegisterBucket.refillIntervalSeconds]).toEqual([10, 60]);
	});

	it('the account budget allows exactly 100 failures in any hour', () => {
		const key = `rate-limit-test-${Math.random()}@example.com`;
		for (let i = 0; i < 100; i++) {
			expect(accountGuessBudget.remaining(key)).toBeGreaterThan(0);
			accountGuessBudget.record(key);
			advance(30);
		}
		expect(accountGuessBudget.remaining(key)).toBe(0);
		// The first failure (t = 0) leaves the window at t = 3600 s, the twentieth (t = 570 s) at 4170 s.
		advance(600);
		expect(accountGuessBudget.remaining(key)).toBe(1);
		advance(570);
		expect(accountGuessBudget.remaining(key)).toBe(20);
		accountGuessBudget.reset(key);
	});
});
