// Small builders of ReportInput for tests and benchmarks: any number of tasks, or the shape of the Hà Đông plan.
import { toRoman } from '@kstthc/vn-format';
import type { ReportContentRow, ReportInput, ReportSectionRow, ReportTaskRow } from '../report-input';

export const TTPVHCC = 'Trung tâm Phục vụ hành chính công';
export const CPCM = 'Các phòng chuyên môn';
export const CCQ = 'Các cơ quan, đơn vị liên quan';

/** I, II, … for any positive number. */
export const roman = toRoman;

export function makeTask(code: string, overrides: Partial<ReportTaskRow> = {}): ReportTaskRow {
  return {
    code,
    description: `Nhiệm vụ ${code}: rà soát, công khai thủ tục hành chính trên địa bàn`,
    leadUnits: [TTPVHCC],
    coordinatingUnits: [CPCM],
    deadlineText: 'Thường xuyên',
    result: `Kết quả nhiệm vụ ${code}: đã hoàn thành đúng quy định`,
    ...overrides,
  };
}

export function single(code: string, task: Partial<ReportTaskRow> = {}): ReportContentRow {
  const t = makeTask(code, task);
  return { code, title: t.description.split('\n')[0], isTask: true, tasks: [t] };
}

export function group(code: string, title: string, tasks: ReportTaskRow[]): ReportContentRow {
  return { code, title, isTask: false, tasks };
}

export function countTree(sections: ReportSectionRow[]): ReportInput['counts'] {
  const contents = sections.flatMap((s) => s.contents);
  return {
    sections: sections.length,
    contents: contents.length,
    tasks: contents.reduce((n, c) => n + (c.isTask ? 1 : c.tasks.length), 0),
  };
}

function baseInput(sections: ReportSectionRow[], overrides: Partial<ReportInput>): ReportInput {
  const counts = countTree(sections);
  const completed = Math.round((counts.tasks * 2) / 3);
  return {
    organization: {
      name: 'xã Hà Đông',
      issuerName: 'ỦY BAN NHÂN DÂN XÃ HÀ ĐÔNG',
      place: 'Hà Đông',
      recipients: [
        'Văn phòng UBND TP',
        'Trung tâm phục vụ HCC TP',
        'Thường trực Đảng ủy',
        'Thường trực HĐND xã',
        'Chủ tịch, các PCT UBND xã',
        'Các phòng chuyên môn thuộc UBND xã',
      ],
      signer: {
        authority: 'TM. ỦY BAN NHÂN DÂN',
        deputy: 'KT. CHỦ TỊCH',
        title: 'PHÓ CHỦ TỊCH',
        name: 'Lê Văn Đạt',
      },
      officeCode: 'TTPVHCC',
    },
    plan: {
      title:
        'Kế hoạch kiểm soát thủ tục hành chính và thực hiện cơ chế một cửa, một cửa liên thông năm 2026 trên địa bàn xã Hà Đông',
      decision: 'Quyết định số 444/QĐ-UBND ngày 09/03/2026',
      year: 2026,
    },
    period: { name: '6 tháng đầu năm 2026', start: '2025-12-15', end: '2026-06-14' },
    report: { number: '333', date: '2026-06-19' },
    counts,
    progress: {
      total: counts.tasks,
      implemented: completed,
      completed,
      rateText: `${((completed / Math.max(1, counts.tasks)) * 100).toFixed(2).replace('.', ',')}%`,
      onTime: 0,
      late: 0,
      overdue: 0,
    },
    sections,
    ...overrides,
  };
}

/** A plan with `taskCount` tasks: sections of 4 contents, each content either one task or a group of up to 5. */
export function makeReportInput(taskCount: number, overrides: Partial<ReportInput> = {}): ReportInput {
  const sections: ReportSectionRow[] = [];
  let made = 0;
  while (made < taskCount) {
    const sectionCode = roman(sections.length + 1);
    const contents: ReportContentRow[] = [];
    for (let c = 1; c <= 4 && made < taskCount; c++) {
      const code = String(c);
      if (c % 2 === 1) {
        contents.push(single(code, { description: `Nội dung ${sectionCode}.${code} là một nhiệm vụ` }));
        made += 1;
        continue;
      }
      const size = Math.min(5, taskCount - made);
      contents.push(
        group(
          code,
          `Nhóm nhiệm vụ ${sectionCode}.${code}`,
          Array.from({ length: size }, (_, i) => makeTask(`${code}.${i + 1}`)),
        ),
      );
      made += size;
    }
    sections.push({ code: sectionCode, title: `Mục ${sectionCode} của kế hoạch`, contents });
  }
  return baseInput(sections, overrides);
}

/** Shaped like the Hà Đông plan of seed 003: 05 mục, 22 nội dung, 30 nhiệm vụ, with a few rows in their real wording. */
export function makeHaDongReportInput(overrides: Partial<ReportInput> = {}): ReportInput {
  const singles = (n: number) => Array.from({ length: n }, (_, i) => single(String(i + 1)));
  const sections: ReportSectionRow[] = [
    {
      code: 'I',
      title: 'Nhiệm vụ xây dựng và hoàn thiện thể chế',
      contents: [
        single('1', {
          description:
            'Xây dựng văn bản chỉ đạo của UBND xã, Chủ tịch UBND xã; văn bản hướng dẫn, đôn đốc triển khai thực hiện nhiệm vụ',
          result:
            'Đã triển khai thực hiện: Kế hoạch số 90/KH-UBND ngày 26/03/2026 về rà soát, đánh giá thủ tục hành chính năm 2026 trên địa bàn xã Hà Đông',
        }),
      ],
    },
    {
      code: 'II',
      title: 'Nhiệm vụ cải cách, kiểm soát TTHC và thực hiện cơ chế một cửa, một cửa liên thông',
      contents: [
        single('1', {
          description: [
            'Theo dõi, hướng dẫn, đôn đốc, kiểm tra, giám sát việc thực hiện các nhiệm vụ về:',
            '- Số hoá hồ sơ, kết quả giải quyết TTHC.',
            '- Cung cấp dịch vụ công trực tuyến, thanh toán trực tuyến.',
          ].join('\n'),
          result: ['Đã và đang thực hiện:', '- Tái sử dụng dữ liệu số hóa trong kỳ đạt: 98,10%.'].join('\n'),
          measuredValue: '98,10%',
          targetMet: true,
          statusLabel: 'Đang thực hiện',
        }),
        group(
          '2',
          'Tổ chức thực hiện các nhiệm vụ kiểm soát TTHC',
          ['2.1', '2.2', '2.3', '2.4', '2.5', '2.6'].map((code) =>
            code === '2.3'
              ? makeTask(code, {
                  leadUnits: [CPCM],
                  coordinatingUnits: [TTPVHCC],
                  deadlineText: 'Thường xuyên\nChậm nhất ngày 15/9/2026',
                  result: '- Chưa đề nghị phương án đơn giản hóa TTHC.',
                })
              : makeTask(code),
          ),
        ),
        group(
          '3',
          'Thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết TTHC.',
          ['3.1', '3.2', '3.3', '3.4'].map((code) =>
            code === '3.2'
              ? makeTask(code, {
                  description:
                    'Công khai TTHC tại Trung tâm Phục vụ hành chính công xã; trên Cổng thông tin điện tử xã theo quy định.',
                  leadUnits: [CPCM, 'Trung tâm Dịch vụ sự nghiệp công'],
                  coordinatingUnits: [TTPVHCC],
                })
              : makeTask(code),
          ),
        ),
      ],
    },
    {
      code: 'III',
      title: 'Nhiệm vụ về ứng dụng công nghệ thông tin và giải quyết TTHC trên môi trường điện tử',
      contents: [
        ...singles(7),
        single('8', {
          description:
            'Triển khai các giải pháp đảm bảo an toàn thông tin, an ninh mạng của Hệ thống thông tin giải quyết TTHC.',
          leadUnits: ['Phòng Văn hoá-xã hội'],
          coordinatingUnits: [CCQ],
        }),
      ],
    },
    { code: 'IV', title: 'Tiếp nhận, xử lý phản ánh kiến nghị về quy định hành chính', contents: singles(3) },
    {
      code: 'V',
      title: 'Nhiệm vụ khác có liên quan',
      contents: singles(7).map((c) =>
        c.code === '4'
          ? single('4', {
              description:
                'Tổ chức đoàn đi trao đổi, học tập kinh nghiệm về công tác cải cách, kiểm soát TTHC',
              deadlineText: 'Quý II năm 2026',
              result: 'Chưa thực hiện',
            })
          : c,
      ),
    },
  ];
  return baseInput(sections, {
    progress: {
      total: 30,
      implemented: 19,
      completed: 20,
      rateText: '66,67%',
      onTime: 2,
      late: 1,
      overdue: 1,
    },
    ...overrides,
  });
}
