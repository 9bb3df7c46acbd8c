import type { EntityManager } from 'typeorm';
import { insertPlanTree, PlanTreeInput } from './insert-plan-tree';

const DEADLINES = [
  'Thường xuyên',
  'Chậm nhất ngày 15/9/2026',
  'Quý II năm 2026',
  'Trong năm 2026',
  'Thường xuyên Chậm nhất ngày 30/6/2026',
];

/** A plan of `taskCount` tasks shaped like real ones (sections of contents of tasks), for benchmarks and scale tests. */
export async function seedGeneratedPlan(
  manager: EntityManager,
  args: {
    organizationId: string;
    unitNames: string[];
    unitIdOf: (name: string) => string;
    taskCount: number;
    authorId: string | null;
  },
): Promise<{ planId: string }> {
  const tasksPerContent = 5;
  const contentsPerSection = 10;
  const sections: PlanTreeInput['sections'] = [];
  let made = 0;
  for (let s = 0; made < args.taskCount; s++) {
    const section = {
      code: `S${s + 1}`,
      title: `Mục ${s + 1}: nhiệm vụ cải cách thủ tục hành chính`,
      contents: [] as PlanTreeInput['sections'][number]['contents'],
    };
    for (let c = 0; c < contentsPerSection && made < args.taskCount; c++) {
      const content = {
        code: String(c + 1),
        title: `Nội dung ${c + 1} của mục ${s + 1}`,
        tasks: [] as PlanTreeInput['sections'][number]['contents'][number]['tasks'],
      };
      for (let t = 0; t < tasksPerContent && made < args.taskCount; t++, made++) {
        const lead = args.unitNames[made % args.unitNames.length];
        const coordinating = args.unitNames[(made + 1) % args.unitNames.length];
        content.tasks.push({
          code: `${c + 1}.${t + 1}`,
          description: `Nhiệm vụ số ${made + 1}: rà soát, công khai và giải quyết thủ tục hành chính trên môi trường điện tử.\n- Bảo đảm 100% hồ sơ được tiếp nhận đúng quy định.`,
          leadUnits: [lead],
          coordinatingUnits: coordinating === lead ? [] : [coordinating],
          deadlineText: DEADLINES[made % DEADLINES.length],
          updates:
            made % 3 === 0
              ? []
              : [
                  {
                    status: made % 3 === 1 ? 'IN_PROGRESS' : 'DONE',
                    result: `Đã thực hiện nhiệm vụ số ${made + 1}`,
                    measuredValue: null,
                    reportedAt: new Date(Date.UTC(2026, made % 6, 1 + (made % 27), 2)),
                    authorId: args.authorId,
                  },
                ],
        });
      }
      section.contents.push(content);
    }
    sections.push(section);
  }
  return insertPlanTree(manager, {
    organizationId: args.organizationId,
    title: `Kế hoạch thử nghiệm ${args.taskCount} nhiệm vụ`,
    year: 2026,
    decision: 'Quyết định số 1/QĐ-UBND ngày 05/01/2026',
    unitIdOf: args.unitIdOf,
    sections: sections.map((s, i) => ({ ...s, code: ['I', 'II', 'III', 'IV', 'V'][i] ?? String(i + 1) })),
  });
}
