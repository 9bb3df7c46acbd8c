import { formatDateTime } from './format-date-time';

describe(formatDateTime.name, () => {
  it('shows Vietnam time, crossing midnight when UTC is still the day before', () => {
    expect(formatDateTime(new Date('2026-06-18T17:30:00Z'))).toBe('00:30 ngày 19/06/2026');
    expect(formatDateTime('2026-06-19T07:05:00.000Z')).toBe('14:05 ngày 19/06/2026');
  });

  it('refuses what is not a moment', () => {
    expect(() => formatDateTime('hôm qua')).toThrow('Thời điểm không hợp lệ: hôm qua');
  });
});
