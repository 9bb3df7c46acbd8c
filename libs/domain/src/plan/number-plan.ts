import { toRoman } from '@kstthc/vn-format';

export interface NumberableTree {
  id: string;
  contents: Array<{ id: string; tasks: Array<{ id: string }> }>;
}

/**
 * The TT codes that follow from the order of a plan: sections I, II, …; contents 1, 2, … within a section;
 * tasks "2.1", "2.2", … — or the content's own code when the content is itself a single task.
 */
export function numberPlan(sections: NumberableTree[]): Map<string, string> {
  const codes = new Map<string, string>();
  sections.forEach((section, s) => {
    codes.set(section.id, toRoman(s + 1));
    section.contents.forEach((content, c) => {
      const contentCode = String(c + 1);
      codes.set(content.id, contentCode);
      const single = content.tasks.length === 1;
      content.tasks.forEach((task, t) =>
        codes.set(task.id, single ? contentCode : `${contentCode}.${t + 1}`),
      );
    });
  });
  return codes;
}
