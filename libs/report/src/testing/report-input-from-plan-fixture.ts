import type { ReportInput } from '../report-input';
import { makeHaDongReportInput } from './report-input.factory';

/** The parts of a plan fixture (e.g. HA_DONG_2026 of @kstthc/domain) the appendix shows. */
export interface PlanFixtureLike {
  plan: { title: string; year: number; decision: string };
  sections: Array<{
    code: string;
    title: string;
    contents: Array<{
      code: string;
      title: string;
      tasks: Array<{
        code: string;
        description: string;
        leadUnits: string[];
        coordinatingUnits: string[];
        deadlineText: string;
        result?: string | null;
        measuredValue?: string | null;
      }>;
    }>;
  }>;
}

/** A ReportInput over a plan fixture's tree, with the Hà Đông organization and figures. */
export function reportInputFromPlanFixture(fixture: PlanFixtureLike): ReportInput {
  const sections = fixture.sections.map((s) => ({
    code: s.code,
    title: s.title,
    contents: s.contents.map((c) => ({
      code: c.code,
      title: c.title,
      isTask: c.tasks.length === 1 && c.tasks[0].code === c.code,
      tasks: c.tasks.map((t) => ({ ...t, result: t.result ?? null })),
    })),
  }));
  const base = makeHaDongReportInput();
  return { ...base, plan: { ...base.plan, ...fixture.plan }, sections };
}
