import { describe, expect, it, vi } from 'vitest';
import { ref } from 'vue';
import type { Task } from '@/graphql/types';
import { makeTask, PCM, TTPVHCC } from '@/testing/plan-factory';
import { AppError, type GraphqlRequest } from './useGraphql';
import {
  contentInput,
  EVIDENCE_MAX_BYTES,
  evidenceFileProblem,
  reportInput,
  useTaskEditor,
  validateAssign,
  validateContent,
  validateContribution,
  validateReport,
} from './useTaskEditor';

describe('validateReport', () => {
  const draft = {
    status: 'IN_PROGRESS' as const,
    result: 'Đã ban hành kế hoạch',
    evidence: [],
    measuredValue: '',
  };

  it('accepts a complete report', () => {
    expect(validateReport(draft)).toEqual({});
  });

  it('asks for a result once the task is under way, not before', () => {
    expect(validateReport({ ...draft, result: '  ' })).toEqual({ result: 'task.resultRequired' });
    expect(validateReport({ ...draft, status: 'NOT_STARTED', result: '' })).toEqual({});
  });

  it('checks each evidence row and the measured value', () => {
    const errors = validateReport({
      ...draft,
      evidence: [
        { number: '90/KH-UBND', date: '26/03/2026', title: 'Kế hoạch rà soát' },
        { number: '', date: '31/02/2026', title: '' },
      ],
      measuredValue: 'khoảng 99',
    });
    expect(errors).toEqual({
      'evidence.1.number': 'task.evidenceNumberRequired',
      'evidence.1.date': 'task.evidenceDateInvalid',
      'evidence.1.title': 'task.evidenceTitleRequired',
      measuredValue: 'task.measuredInvalid',
    });
    expect(validateReport({ ...draft, measuredValue: '99,79%' })).toEqual({});
  });
});

describe('validateAssign', () => {
  it('needs a lead unit and a completion time, and no unit on both sides', () => {
    expect(validateAssign({ leadUnitIds: [], coordinatingUnitIds: [], deadlineText: '' })).toEqual({
      leadUnitIds: 'task.leadRequired',
      deadlineText: 'task.deadlineRequired',
    });
    expect(
      validateAssign({ leadUnitIds: ['a'], coordinatingUnitIds: ['a'], deadlineText: 'Thường xuyên' }),
    ).toEqual({
      coordinatingUnitIds: 'task.overlap',
    });
  });
});

describe('reportInput', () => {
  it('sends evidence dates as yyyy-mm-dd and the version the report is based on', () => {
    const task = makeTask({ version: 7 });
    expect(
      reportInput(task, {
        status: 'DONE',
        result: ' Đã hoàn thành ',
        evidence: [{ number: '162/KH-UBND', date: '15/5/2026', title: 'Ngày thứ năm không chờ' }],
        measuredValue: '',
      }),
    ).toEqual({
      taskId: task.id,
      status: 'DONE',
      result: 'Đã hoàn thành',
      evidence: [
        { number: '162/KH-UBND', date: '2026-05-15', title: 'Ngày thứ năm không chờ', fileId: null },
      ],
      measuredValue: null,
      expectedVersion: 7,
    });
  });
});

describe('useTaskEditor — the conflict flow', () => {
  const CONFLICT = 'Nhiệm vụ đã được Trần Minh Tuấn cập nhật lúc 09:15 ngày 19/06/2026';

  function setup() {
    const task = ref<Task>(
      makeTask({ version: 3, status: 'NOT_STARTED', leadUnits: [TTPVHCC], coordinatingUnits: [PCM] }),
    );
    const fresh = {
      ...task.value,
      version: 4,
      status: 'IN_PROGRESS' as const,
      result: 'Cập nhật của người khác',
    };
    const calls: Array<{ input: { expectedVersion: number; result: string | null } }> = [];
    const request = vi.fn(async (_query: string, variables?: Record<string, unknown>) => {
      calls.push(variables as (typeof calls)[number]);
      if (calls.length === 1) throw new AppError('CONFLICT', CONFLICT);
      return {
        reportProgress: {
          ...fresh,
          version: 5,
          result: (variables as { input: { result: string } }).input.result,
        },
      };
    }) as unknown as GraphqlRequest;
    const reloadTask = vi.fn(async () => fresh);
    const onSaved = vi.fn((t: Task) => (task.value = t));
    const editor = useTaskEditor({ task, request, reloadTask, onSaved });
    return { task, editor, calls, reloadTask, onSaved };
  }

  it('shows who changed the task, reloads it without losing the draft, then sends with the new version', async () => {
    const { task, editor, calls, reloadTask, onSaved } = setup();
    editor.report.status = 'DONE';
    editor.report.result = 'Kết quả tôi vừa gõ';
    editor.addEvidence();
    Object.assign(editor.report.evidence[0], { number: '90/KH-UBND', date: '26/03/2026', title: 'Kế hoạch' });

    expect(await editor.submitReport()).toBe(false);
    expect(editor.conflict.value).toEqual({ form: 'report', message: CONFLICT });
    expect(calls[0].input.expectedVersion).toBe(3);
    expect(onSaved).not.toHaveBeenCalled();

    expect(await editor.reload()).toBe(true);
    expect(reloadTask).toHaveBeenCalledWith(task.value.id);
    expect(task.value.version).toBe(4);
    expect(editor.conflict.value).toBeNull();
    expect(editor.report.result).toBe('Kết quả tôi vừa gõ');
    expect(editor.report.status).toBe('DONE');
    expect(editor.report.evidence).toHaveLength(1);

    expect(await editor.submitReport()).toBe(true);
    expect(calls[1].input.expectedVersion).toBe(4);
    expect(task.value.version).toBe(5);
    expect(editor.report.evidence).toEqual([]);
  });

  it('does not send an invalid report', async () => {
    const { editor, calls } = setup();
    editor.report.status = 'DONE';
    editor.report.result = '';
    expect(await editor.submitReport()).toBe(false);
    expect(calls).toHaveLength(0);
  });

  it('keeps other errors apart from the conflict', async () => {
    const task = ref(makeTask());
    const request = vi.fn(async () => {
      throw new AppError('NOT_AVAILABLE');
    }) as unknown as GraphqlRequest;
    const editor = useTaskEditor({ task, request, reloadTask: vi.fn(), onSaved: vi.fn() });
    expect(await editor.submitAssign()).toBe(false);
    expect(editor.conflict.value).toBeNull();
    expect(editor.error.value?.error.code).toBe('NOT_AVAILABLE');
  });
});

describe('evidence files', () => {
  const file = (name: string, size = 1000) => {
    const f = new File(['x'], name);
    Object.defineProperty(f, 'size', { value: size });
    return f;
  };

  it('refuses empty, oversized and unsupported files before sending them', () => {
    expect(evidenceFileProblem(file('ke-hoach.pdf', 0))).toBe('task.evidenceFileEmpty');
    expect(evidenceFileProblem(file('ke-hoach.pdf', EVIDENCE_MAX_BYTES + 1))).toBe(
      'task.evidenceFileTooLarge',
    );
    expect(evidenceFileProblem(file('ke-hoach.exe'))).toBe('task.evidenceFileType');
    expect(evidenceFileProblem(file('Biên bản.DOCX'))).toBeNull();
  });

  function setup(upload: (taskId: string, f: File) => Promise<{ id: string; fileName: string }>) {
    const task = ref<Task>(makeTask({ version: 2, status: 'IN_PROGRESS', result: 'Đang làm' }));
    const request = vi.fn(async (_q: string, variables?: Record<string, unknown>) => ({
      reportProgress: { ...task.value, version: 3, variables },
    })) as unknown as GraphqlRequest;
    const editor = useTaskEditor({ task, request, reloadTask: vi.fn(), onSaved: vi.fn(), upload });
    editor.addEvidence();
    return { task, editor, request };
  }

  it('attaches an uploaded file, names the row after it and cites it in the report', async () => {
    const upload = vi.fn(async () => ({ id: 'f-1', fileName: 'Biên bản kiểm tra.pdf' }));
    const { task, editor, request } = setup(upload);
    editor.report.evidence[0].number = '12/BB-UBND';
    expect(await editor.attachFile(0, file('Biên bản kiểm tra.pdf'))).toBe(true);
    expect(upload).toHaveBeenCalledWith(task.value.id, expect.any(File));
    expect(editor.report.evidence[0]).toMatchObject({
      fileId: 'f-1',
      fileName: 'Biên bản kiểm tra.pdf',
      title: 'Biên bản kiểm tra',
    });
    expect(await editor.submitReport()).toBe(true);
    const sent = (
      request as unknown as { mock: { calls: Array<[string, { input: { evidence: unknown[] } }]> } }
    ).mock.calls[0][1];
    expect(sent.input.evidence).toEqual([
      { number: '12/BB-UBND', date: null, title: 'Biên bản kiểm tra', fileId: 'f-1' },
    ]);
  });

  it('keeps the row and shows why when the server refuses the file, and blocks sending while uploading', async () => {
    let finish: (v: { id: string; fileName: string }) => void = () => undefined;
    const pending = new Promise<{ id: string; fileName: string }>((r) => (finish = r));
    const { editor } = setup(() => pending);
    Object.assign(editor.report.evidence[0], { number: '1/BC', title: 'Báo cáo' });
    const attaching = editor.attachFile(0, file('bao-cao.pdf'));
    expect(editor.reportErrors.value['evidence.0.file']).toBe('task.evidenceUploading');
    finish({ id: 'f-2', fileName: 'bao-cao.pdf' });
    expect(await attaching).toBe(true);
    expect(editor.reportErrors.value).toEqual({});

    const refused = setup(async () => {
      throw new AppError(
        'BAD_USER_INPUT',
        'Chỉ nhận tệp minh chứng PDF, Word (.docx), Excel (.xlsx), JPEG hoặc PNG.',
      );
    }).editor;
    expect(await refused.attachFile(0, file('gia-mao.pdf'))).toBe(false);
    expect(refused.report.evidence[0].uploadError).toContain('Chỉ nhận tệp minh chứng PDF');
    expect(refused.report.evidence[0].fileId).toBeUndefined();
    expect(await refused.attachFile(0, file('virus.exe'))).toBe(false);
    expect(refused.report.evidence[0].uploadProblem).toBe('task.evidenceFileType');
  });
});

describe('contribution notes', () => {
  it('needs the note and valid evidence, never a status', () => {
    const draft = {
      status: 'DONE' as const,
      result: '',
      evidence: [{ number: '', date: '', title: 'Báo cáo' }],
      measuredValue: 'x',
    };
    expect(validateContribution(draft)).toEqual({
      result: 'task.noteRequired',
      'evidence.0.number': 'task.evidenceNumberRequired',
    });
  });

  it('sends the note and evidence without a status or version, then clears the form', async () => {
    const task = ref<Task>(makeTask({ version: 4, status: 'IN_PROGRESS' }));
    const request = vi.fn(async () => ({ addContribution: { ...task.value } })) as unknown as GraphqlRequest;
    const onSaved = vi.fn();
    const editor = useTaskEditor({ task, request, reloadTask: vi.fn(), onSaved });
    editor.report.result = ' Đã cung cấp số liệu ';
    editor.addEvidence();
    Object.assign(editor.report.evidence[0], { number: '7/BC-VHXH', date: '02/07/2026', title: 'Số liệu' });
    expect(await editor.submitContribution()).toBe(true);
    expect(request).toHaveBeenCalledWith(expect.stringContaining('addContribution'), {
      input: {
        taskId: task.value.id,
        note: 'Đã cung cấp số liệu',
        evidence: [{ number: '7/BC-VHXH', date: '2026-07-02', title: 'Số liệu', fileId: null }],
      },
    });
    expect(onSaved).toHaveBeenCalled();
    expect(editor.report.result).toBe('');
    expect(editor.report.evidence).toEqual([]);
  });
});

describe("a leader's edit of the task text", () => {
  const task = makeTask({
    version: 6,
    description: 'Rà soát TTHC\n- Lĩnh vực hộ tịch',
    expectedProduct: null,
    target: null,
  });

  it('asks for a description and sends only what changed, with the version', () => {
    expect(validateContent({ description: '  ', expectedProduct: '', target: '' })).toEqual({
      description: 'task.descriptionRequired',
    });
    expect(
      contentInput(task, { description: task.description, expectedProduct: '', target: '≥ 80%' }),
    ).toEqual({
      id: task.id,
      expectedVersion: 6,
      target: '≥ 80%',
    });
    expect(
      contentInput(task, {
        description: 'Rà soát TTHC\n- Lĩnh vực chứng thực  ',
        expectedProduct: ' Báo cáo ',
        target: '',
      }),
    ).toEqual({
      id: task.id,
      expectedVersion: 6,
      description: 'Rà soát TTHC\n- Lĩnh vực chứng thực',
      expectedProduct: 'Báo cáo',
    });
  });

  it('sends nothing when nothing changed, and keeps the draft on a conflict', async () => {
    const current = ref<Task>({ ...task });
    const request = vi.fn(async () => {
      throw new AppError('CONFLICT', 'Nhiệm vụ đã được Lê Văn Đạt cập nhật lúc 09:15 ngày 19/06/2026');
    }) as unknown as GraphqlRequest;
    const editor = useTaskEditor({ task: current, request, reloadTask: vi.fn(), onSaved: vi.fn() });
    expect(await editor.submitContent()).toBe(true);
    expect(request).not.toHaveBeenCalled();
    editor.content.description = 'Rà soát toàn bộ TTHC';
    expect(await editor.submitContent()).toBe(false);
    expect(editor.conflict.value?.form).toBe('content');
    expect(editor.content.description).toBe('Rà soát toàn bộ TTHC');
  });
});
