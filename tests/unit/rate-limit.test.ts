import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
	accountFailureBucket,
	ExpiringTokenBucket,
	ipLoginBucket,
	ipRegisterBucket,
	RefillingTokenBucket
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

describe('login and registration throttles', () => {
	it('are configured as documented', () => {
		expect(accountFailureBucket).toBeInstanceOf(ExpiringTokenBucket);
		expect([accountFailureBucket.max, accountFailureBucket.expiresInSeconds]).toEqual([100, 3600]);
		expect([ipLoginBucket.max, ipLoginBucket.refillIntervalSeconds]).toEqual([30, 2]);
		expect([ipRegisterBucket.max, ipRegisterBucket.refillIntervalSeconds]).toEqual([10, 60]);
	});

	it('the account bucket allows exactly 100 failures an hour', () => {
		const key = `rate-limit-test-${Math.random()}@example.com`;
		for (let i = 0; i < 100; i++) expect(accountFailureBucket.consume(key, 1)).toBe(true);
		expect(accountFailureBucket.check(key, 1)).toBe(false);
		advance(3600);
		expect(accountFailureBucket.check(key, 1)).toBe(true);
		accountFailureBucket.reset(key);
	});
});
