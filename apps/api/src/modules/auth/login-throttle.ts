import { Injectable } from '@nestjs/common';

interface Failures {
  count: number;
  lockedUntil: number;
  lastAt: number;
}

const FREE_ATTEMPTS = 5;
const BASE_LOCK_MS = 2_000;
const MAX_LOCK_MS = 5 * 60_000;
const FORGET_AFTER_MS = 15 * 60_000;

/**
 * Slows down repeated failed sign-ins per account and per address: after five failures each further one locks
 * for twice as long (2 s, 4 s, … up to 5 minutes). Kept in memory: one process's view.
 */
@Injectable()
export class LoginThrottle {
  private readonly failures = new Map<string, Failures>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Milliseconds to wait before another attempt for any of `keys`; 0 when free. */
  waitFor(keys: string[]): number {
    const now = this.now();
    return Math.max(0, ...keys.map((k) => (this.failures.get(k)?.lockedUntil ?? 0) - now));
  }

  recordFailure(keys: string[]): void {
    const now = this.now();
    for (const key of keys) {
      const previous = this.failures.get(key);
      const count = previous && now - previous.lastAt < FORGET_AFTER_MS ? previous.count + 1 : 1;
      const lock =
        count > FREE_ATTEMPTS ? Math.min(MAX_LOCK_MS, BASE_LOCK_MS * 2 ** (count - FREE_ATTEMPTS - 1)) : 0;
      this.failures.set(key, { count, lockedUntil: now + lock, lastAt: now });
    }
    if (this.failures.size > 100_000) this.forgetOld(now);
  }

  recordSuccess(keys: string[]): void {
    for (const key of keys) this.failures.delete(key);
  }

  private forgetOld(now: number): void {
    for (const [key, f] of this.failures) if (now - f.lastAt > FORGET_AFTER_MS) this.failures.delete(key);
  }
}
