// In-process buckets, as in the Lucia guide: enough for one server process; a cluster would need a shared store.

/** A bucket that refills steadily: bursts are allowed, sustained guessing is not. */
export class RefillingTokenBucket<Key> {
	private storage = new Map<Key, { count: number; refilledAt: number }>();
	constructor(
		readonly max: number,
		readonly refillIntervalSeconds: number
	) {}

	check(key: Key, cost: number): boolean {
		const bucket = this.current(key);
		return bucket.count >= cost;
	}

	consume(key: Key, cost: number): boolean {
		const bucket = this.current(key);
		if (bucket.count < cost) return false;
		bucket.count -= cost;
		this.storage.set(key, bucket);
		return true;
	}

	private current(key: Key): { count: number; refilledAt: number } {
		const now = Date.now();
		const bucket = this.storage.get(key);
		if (!bucket) return { count: this.max, refilledAt: now };
		const refill = Math.floor((now - bucket.refilledAt) / (this.refillIntervalSeconds * 1000));
		if (refill > 0) {
			bucket.count = Math.min(bucket.count + refill, this.max);
			bucket.refilledAt = bucket.refilledAt + refill * this.refillIntervalSeconds * 1000;
		}
		return bucket;
	}
}

/** A bucket that empties on failures and refills completely after a fixed window. */
export class ExpiringTokenBucket<Key> {
	private storage = new Map<Key, { count: number; createdAt: number }>();
	constructor(
		readonly max: number,
		readonly expiresInSeconds: number
	) {}

	check(key: Key, cost: number): boolean {
		const bucket = this.live(key);
		return !bucket || bucket.count >= cost;
	}

	consume(key: Key, cost: number): boolean {
		const now = Date.now();
		const bucket = this.live(key) ?? { count: this.max, createdAt: now };
		if (bucket.count < cost) return false;
		bucket.count -= cost;
		this.storage.set(key, bucket);
		return true;
	}

	reset(key: Key): void {
		this.storage.delete(key);
	}

	private live(key: Key) {
		const bucket = this.storage.get(key);
		if (bucket && Date.now() - bucket.createdAt >= this.expiresInSeconds * 1000) {
			this.storage.delete(key);
			return undefined;
		}
		return bucket;
	}
}

/** Keys are dropped once idle for this long, so an attacker spraying names cannot grow the maps without bound. */
const SWEEP_AT_SIZE = 10_000;

/**
 * Counts events per key over a sliding window: never more than `max` in any `windowSeconds`, unlike a
 * bucket that refills all at once (which lets 2 × max through around the refill).
 */
export class SlidingWindowCounter<Key> {
	private storage = new Map<Key, number[]>();
	constructor(
		readonly max: number,
		readonly windowSeconds: number
	) {}

	/** Events still allowed now. */
	remaining(key: Key): number {
		return Math.max(0, this.max - this.live(key).length);
	}

	/** Records an event now and returns its time (to release it again). */
	record(key: Key): number {
		const events = this.live(key);
		const at = Date.now();
		events.push(at);
		// Only the newest `max` timestamps matter for the limit; some slack so release() never frees an old one.
		if (events.length > 2 * this.max) events.splice(0, events.length - 2 * this.max);
		this.storage.set(key, events);
		if (this.storage.size > SWEEP_AT_SIZE) this.sweep();
		return at;
	}

	/** Takes back one event recorded at `at` (a reservation that turned out not to count). */
	release(key: Key, at: number): void {
		const events = this.storage.get(key);
		const i = events?.lastIndexOf(at) ?? -1;
		if (events && i >= 0) events.splice(i, 1);
	}

	/** Milliseconds until one more event is allowed (0 when one is allowed now). */
	retryAfterMs(key: Key): number {
		const events = this.live(key);
		if (events.length < this.max) return 0;
		return events[events.length - this.max] + this.windowSeconds * 1000 - Date.now();
	}

	reset(key: Key): void {
		this.storage.delete(key);
	}

	private live(key: Key): number[] {
		const cutoff = Date.now() - this.windowSeconds * 1000;
		const events = (this.storage.get(key) ?? []).filter((t) => t > cutoff);
		if (events.length === 0) this.storage.delete(key);
		return events;
	}

	private sweep(): void {
		for (const key of [...this.storage.keys()]) this.live(key);
	}
}

/**
 * Exponential back-off per key: the first `freeFailures` failures cost nothing, then each further failure
 * doubles the wait before the next attempt (base, 2 × base, 4 × base … up to `maxSeconds`). A key is
 * forgotten `forgetAfterSeconds` after its last failure, or at once on success.
 */
export class FailureBackoff<Key> {
	private storage = new Map<Key, { failures: number; lastFailureAt: number }>();
	constructor(
		readonly freeFailures: number,
		readonly baseSeconds: number,
		readonly maxSeconds: number,
		readonly forgetAfterSeconds: number
	) {}

	/** Milliseconds to wait before the next attempt for this key (0 when it may try now). */
	retryAfterMs(key: Key): number {
		const entry = this.live(key);
		if (!entry || entry.failures < this.freeFailures) return 0;
		const wait =
			Math.min(this.baseSeconds * 2 ** (entry.failures - this.freeFailures), this.maxSeconds) * 1000;
		return Math.max(0, entry.lastFailureAt + wait - Date.now());
	}

	fail(key: Key): void {
		const entry = this.live(key);
		this.storage.set(key, { failures: (entry?.failures ?? 0) + 1, lastFailureAt: Date.now() });
		if (this.storage.size > SWEEP_AT_SIZE) for (const k of [...this.storage.keys()]) this.live(k);
	}

	reset(key: Key): void {
		this.storage.delete(key);
	}

	private live(key: Key) {
		const entry = this.storage.get(key);
		if (entry && Date.now() - entry.lastFailureAt >= this.forgetAfterSeconds * 1000) {
			this.storage.delete(key);
			return undefined;
		}
		return entry;
	}
}

/**
 * Login throttles (see login.ts for how they combine):
 * - per IP address: a burst of 30 attempts, then one every 2 s, whatever the account;
 * - per account and address: 5 failures free, then 1 s, 2 s, 4 s … up to 15 min between attempts;
 * - per account: at most 100 failed guesses in any hour from all addresses together. Once spent, only a
 *   browser that has signed in to the account before may still try (the owner is never locked out), and such
 *   a known device has its own 10 failures an hour.
 */
export const ipLoginBucket = new RefillingTokenBucket<string>(30, 2);
export const accountIpBackoff = new FailureBackoff<string>(5, 1, 15 * 60, 60 * 60);
export const accountGuessBudget = new SlidingWindowCounter<string>(100, 60 * 60);
export const knownDeviceFailures = new SlidingWindowCounter<string>(10, 60 * 60);
/**
 * Re-authentication of a signed-in user (password change, signing): ten wrong passwords pause it for 15
 * minutes. Only someone already holding the user's session or token can spend it, never a stranger, and it is
 * separate from the login budget so that a login attack cannot block a password change or a signature.
 */
export const reauthFailures = new ExpiringTokenBucket<string>(10, 15 * 60);
/**
 * Registrations per IP: a burst of 10, then one a minute. An office behind one NAT address, or a test run
 * that signs up dozens of people, raises the burst with REGISTER_BURST_PER_IP.
 */
export const ipRegisterBucket = new RefillingTokenBucket<string>(
	Math.max(1, Number(process.env.REGISTER_BURST_PER_IP) || 10),
	60
);
