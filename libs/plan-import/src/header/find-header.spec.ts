import { PlanImportError } from '../plan-import.error';
import type { SourceRow } from '../parse-plan.types';
import { classifyHeaderCell, findHeader } from './find-header';

const rows = (...lines: string[][]): SourceRow[] => lines.map((cells, i) => ({ cells, row: i + 1 }));

describe('classifyHeaderCell', () => {
  it.each([
    ['TT', 'code'],
    ['STT', 'code'],
    ['Số TT', 'code'],
    ['S.TT', 'code'],
    ['Nội dung công việc', 'content'],
    ['NỘI DUNG NHIỆM VỤ', 'content'],
    ['Đơn vị chủ trì', 'lead'],
    ['Cơ quan chủ trì', 'lead'],
    ['Đơn vị phối hợp', 'coordinating'],
    ['Thời gian hoàn thành', 'deadline'],
    ['Thời hạn', 'deadline'],
    ['Sản phẩm dự kiến hoàn thành', 'product'],
    ['Kết quả thực hiện', 'result'],
    ['Ghi chú', null],
    [
      'Nhiệm vụ về ứng dụng công nghệ thông tin và giải quyết TTHC trên môi trường điện tử, thực hiện cơ chế một cửa',
      null,
    ],
  ])('%s → %s', (cell, role) => {
    expect(classifyHeaderCell(cell)).toBe(role);
  });
});

describe('findHeader', () => {
  it('finds the seed header after the preamble', () => {
    const header = findHeader(
      rows(
        ['BẢNG KẾT QUẢ THỰC HIỆN'],
        [
          'TT',
          'Nội dung công việc',
          'Đơn vị chủ trì',
          'Đơn vị phối hợp',
          'Thời gian hoàn thành',
          'Sản phẩm dự kiến hoàn thành',
        ],
        ['I', 'Mục'],
      ),
    );
    expect(header).toMatchObject({
      index: 1,
      dataStart: 2,
      columns: { code: 0, content: 1, lead: 2, coordinating: 3, deadline: 4, product: 5 },
    });
  });

  it('accepts any column order and wording', () => {
    const header = findHeader(rows(['Thời hạn', 'STT', 'Chủ trì', 'Nội dung nhiệm vụ', 'Ghi chú']));
    expect(header.columns).toEqual({ deadline: 0, code: 1, lead: 2, content: 3 });
  });

  it('reads a header spread over two rows', () => {
    const header = findHeader(
      rows(
        ['TT', 'Nội dung', 'Đơn vị thực hiện', '', 'Thời gian hoàn thành'],
        ['', '', 'Chủ trì', 'Phối hợp', ''],
        ['1', 'Việc'],
      ),
    );
    expect(header).toMatchObject({
      index: 0,
      dataStart: 2,
      columns: { lead: 2, coordinating: 3, deadline: 4 },
    });
  });

  it('names the missing columns', () => {
    const attempt = () => findHeader(rows(['TT', 'Nội dung công việc', 'Đơn vị phối hợp', 'Ghi chú']));
    expect(attempt).toThrow(PlanImportError);
    expect(attempt).toThrow('Thiếu cột: Đơn vị chủ trì, Thời gian hoàn thành.');
  });

  it('says when no header can be found at all', () => {
    expect(() => findHeader(rows(['a', 'b'], ['c', 'd']))).toThrow(/Không tìm thấy dòng tiêu đề/);
  });
});
