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

/** Login throttles: 100 failed verifications per account per hour; per IP a burst of 30, then one every 2 s. */
export const accountFailureBucket = new ExpiringTokenBucket<string>(100, 60 * 60);
export const ipLoginBucket = new RefillingTokenBucket<string>(30, 2);
/**
 * Registrations per IP: a burst of 10, then one a minute. An office behind one NAT address, or a test run
 * that signs up dozens of people, raises the burst with REGISTER_BURST_PER_IP.
 */
export const ipRegisterBucket = new RefillingTokenBucket<string>(Math.max(1, Number(process.env.REGISTER_BURST_PER_IP) || 10), 60);
