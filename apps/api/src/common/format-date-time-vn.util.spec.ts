import { formatDateTimeVn } from './format-date-time-vn.util';

describe(formatDateTimeVn.name, () => {
  it('shows Vietnam time, crossing midnight when UTC is still the day before', () => {
    expect(formatDateTimeVn(new Date('2026-06-18T17:30:00Z'))).toBe('00:30 ngày 19/06/2026');
    expect(formatDateTimeVn(new Date('2026-06-19T07:05:00Z'))).toBe('14:05 ngày 19/06/2026');
  });
});
