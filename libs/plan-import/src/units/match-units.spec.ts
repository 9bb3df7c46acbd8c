import { HA_DONG_2026 } from '@kstthc/domain';
import { findUnitMentions, matchUnits } from './match-units';

const directory = HA_DONG_2026.units.map((unit) => unit.name);

describe('matchUnits', () => {
  it.each([
    ['Trung tâm Phục vụ hành chính công', ['Trung tâm Phục vụ hành chính công'], []],
    [
      'Các phòng chuyên môn, Trung tâm Dịch vụ sự nghiệp công',
      ['Các phòng chuyên môn', 'Trung tâm Dịch vụ sự nghiệp công'],
      [],
    ],
    ['Các cơ quan, đơn vị liên quan', ['Các cơ quan, đơn vị liên quan'], []],
    ['Phòng Văn hoá-xã hội', ['Phòng Văn hoá-Xã hội'], []],
    ['phòng văn hóa - xã hội', ['Phòng Văn hoá-Xã hội'], []],
    ['CÁC PHÒNG  CHUYÊN MÔN', ['Các phòng chuyên môn'], []],
    ['Phòng Kinh tế và Văn phòng HĐND và UBND', ['Phòng Kinh tế', 'Văn phòng HĐND và UBND'], []],
    ['Trung tâm Phục vụ hành chính công xã', ['Trung tâm Phục vụ hành chính công'], []],
    ['Công an xã; Phòng Kinh tế', ['Phòng Kinh tế'], ['Công an xã']],
    [
      'Công an xã, Ban Chỉ huy quân sự và Đoàn Thanh niên',
      [],
      ['Công an xã', 'Ban Chỉ huy quân sự', 'Đoàn Thanh niên'],
    ],
    [
      'Các phòng chuyên môn\nTrung tâm Dịch vụ sự nghiệp công',
      ['Các phòng chuyên môn', 'Trung tâm Dịch vụ sự nghiệp công'],
      [],
    ],
    ['', [], []],
    [' - ', [], []],
  ])('%j', (cell, units, unknown) => {
    expect(matchUnits(cell, directory)).toEqual({ units, unknown });
  });

  it('does not take a name that is only part of a longer word', () => {
    expect(matchUnits('Phòng Kinh tế tư nhân', ['Phòng Kinh t'])).toEqual({
      units: [],
      unknown: ['Phòng Kinh tế tư nhân'],
    });
  });

  it('names each unit once', () => {
    expect(matchUnits('Phòng Kinh tế, phòng kinh tế', directory).units).toEqual(['Phòng Kinh tế']);
  });

  it('keeps known and new names in the order written', () => {
    expect(findUnitMentions('Công an xã, Phòng Kinh tế, Ban Tư pháp', directory)).toEqual([
      { name: 'Công an xã', known: false },
      { name: 'Phòng Kinh tế', known: true },
      { name: 'Ban Tư pháp', known: false },
    ]);
  });
});
