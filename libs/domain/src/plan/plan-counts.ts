import { ContentNode, PlanCounts, SectionNode } from '../model';

/** A content with no sub-items is itself one task, carrying the content's code. */
export function isContentItsOwnTask(content: ContentNode): boolean {
  return content.tasks.length === 1 && content.tasks[0].code.trim() === content.code.trim();
}

/** "05 mục, 22 nội dung với 30 nhiệm vụ": sections, contents and tasks of a plan. */
export function countPlan(sections: SectionNode[]): PlanCounts {
  const contents = sections.flatMap((section) => section.contents);
  return {
    sections: sections.length,
    contents: contents.length,
    tasks: contents.reduce((sum, content) => sum + content.tasks.length, 0),
  };
}
