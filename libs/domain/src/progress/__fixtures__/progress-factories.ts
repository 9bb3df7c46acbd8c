import { DateRange, Deadline, ProgressTaskInput, TaskStatus, TaskUpdateInput } from '../../model';

export const FIRST_HALF_2026: DateRange = { start: '2025-12-15', end: '2026-06-14' };
export const TTPVHCC = 'Trung tâm Phục vụ hành chính công';
export const CPCM = 'Các phòng chuyên môn';
export const TTDVSNC = 'Trung tâm Dịch vụ sự nghiệp công';

export const deadline = (parts: Partial<Deadline> = {}): Deadline => ({
  text: '',
  recurring: false,
  dueDate: null,
  period: null,
  freeText: null,
  ...parts,
});
export const recurring = (): Deadline => deadline({ text: 'Thường xuyên', recurring: true });
export const dueBy = (dueDate: string): Deadline => deadline({ text: `Chậm nhất ngày ${dueDate}`, dueDate });

export const update = (
  status: TaskStatus,
  at: string,
  parts: Partial<TaskUpdateInput> = {},
): TaskUpdateInput => ({
  status,
  at,
  ...parts,
});

let sequence = 0;
export const task = (parts: Partial<ProgressTaskInput> = {}): ProgressTaskInput => {
  sequence += 1;
  return {
    id: `task-${sequence}`,
    code: String(sequence),
    sectionCode: 'I',
    leadUnits: [TTPVHCC],
    deadline: deadline(),
    target: null,
    updates: [],
    ...parts,
  };
};
export const tasks = (count: number, parts: Partial<ProgressTaskInput> = {}): ProgressTaskInput[] =>
  Array.from({ length: count }, () => task(parts));
