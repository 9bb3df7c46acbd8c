import { LoginThrottle } from './login-throttle';

describe(LoginThrottle.name, () => {
  let now = 0;
  const sut = () => new LoginThrottle(() => now);

  beforeEach(() => {
    now = 1_000_000;
  });

  it('lets five failures through, then locks for 2 s, 4 s, 8 s …', () => {
    const throttle = sut();
    for (let i = 0; i < 5; i++) {
      expect(throttle.waitFor(['u:a'])).toBe(0);
      throttle.recordFailure(['u:a']);
    }
    expect(throttle.waitFor(['u:a'])).toBe(0);
    throttle.recordFailure(['u:a']);
    expect(throttle.waitFor(['u:a'])).toBe(2000);
    now += 2000;
    throttle.recordFailure(['u:a']);
    expect(throttle.waitFor(['u:a'])).toBe(4000);
  });

  it('forgets failures after a success and after 15 quiet minutes', () => {
    const throttle = sut();
    for (let i = 0; i < 6; i++) throttle.recordFailure(['u:a', 'ip:1']);
    expect(throttle.waitFor(['ip:1'])).toBeGreaterThan(0);
    throttle.recordSuccess(['u:a', 'ip:1']);
    expect(throttle.waitFor(['u:a', 'ip:1'])).toBe(0);
    for (let i = 0; i < 6; i++) throttle.recordFailure(['u:b']);
    now += 16 * 60_000;
    throttle.recordFailure(['u:b']);
    expect(throttle.waitFor(['u:b'])).toBe(0);
  });
});
