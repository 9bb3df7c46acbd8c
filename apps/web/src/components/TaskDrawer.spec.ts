import { flushPromises, mount } from '@vue/test-utils';
import { NMessageProvider } from 'naive-ui';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h, ref } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import type { Task } from '@/graphql/types';
import { i18n } from '@/i18n';
import { makeTask, PCM, TTPVHCC } from '@/testing/plan-factory';
import TaskDrawer from './TaskDrawer.vue';

const CONFLICT = 'Nhiệm vụ 2.3 đã được Trần Minh Tuấn thay đổi lúc 16:07 ngày 23/11/2026';

function json(body: unknown) {
  return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
}

function mountDrawer(task: Task, fresh: Task) {
  const current = ref(task);
  const reloadTask = vi.fn(async () => fresh);
  const Host = defineComponent(
    () => () =>
      h(NMessageProvider, null, {
        default: () =>
          h(TaskDrawer, {
            task: current.value,
            units: [
              { ...TTPVHCC, isGroup: false },
              { ...PCM, isGroup: true },
            ],
            canAssign: false,
            canReport: true,
            reloadTask,
            onSaved: (t: Task) => (current.value = t),
          }),
      }),
  );
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/', component: { render: () => null } }],
  });
  const wrapper = mount(Host, { attachTo: document.body, global: { plugins: [i18n, router] } });
  return { wrapper, current, reloadTask };
}

const body = () => document.body;
const textarea = () => body().querySelector<HTMLTextAreaElement>('#report-result')!;
const button = (label: string) =>
  [...body().querySelectorAll('button')].find((b) => b.textContent?.trim() === label) as HTMLButtonElement;

describe('TaskDrawer', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    i18n.global.locale.value = 'vi';
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('keeps the description lines and names who changed the task on CONFLICT; "Tải lại" keeps the draft', async () => {
    const task = makeTask({
      code: '2.3',
      version: 1,
      description: 'Dòng một\n- Ý thứ hai',
      status: 'NOT_STARTED',
    });
    const fresh = { ...task, version: 2, status: 'IN_PROGRESS' as const, result: 'Bản của người khác' };
    const sent: Array<{ input: { expectedVersion: number; result: string } }> = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (_url: string, init: RequestInit) => {
        const { variables } = JSON.parse(init.body as string);
        sent.push(variables);
        if (sent.length === 1)
          return json({ errors: [{ message: CONFLICT, extensions: { code: 'CONFLICT' } }], data: null });
        return json({ data: { reportProgress: { ...fresh, version: 3, result: variables.input.result } } });
      }),
    );
    const { wrapper, current, reloadTask } = mountDrawer(task, fresh);
    await flushPromises();

    expect(body().querySelector('[data-testid=task-description]')?.textContent).toBe('Dòng một\n- Ý thứ hai');

    const input = textarea();
    input.value = 'Kết quả tôi đã gõ';
    input.dispatchEvent(new Event('input'));
    await flushPromises();
    button('Gửi báo cáo').click();
    await flushPromises();

    const conflict = body().querySelector('[data-testid=conflict]');
    expect(conflict?.textContent).toContain(CONFLICT);
    expect(sent[0].input.expectedVersion).toBe(1);

    button('Tải lại').click();
    await flushPromises();
    expect(reloadTask).toHaveBeenCalledWith(task.id);
    expect(current.value.version).toBe(2);
    expect(body().querySelector('[data-testid=conflict]')).toBeNull();
    expect(textarea().value).toBe('Kết quả tôi đã gõ');

    button('Gửi báo cáo').click();
    await flushPromises();
    expect(sent[1].input).toMatchObject({ expectedVersion: 2, result: 'Kết quả tôi đã gõ' });
    expect(current.value.version).toBe(3);
    wrapper.unmount();
  });

  it('shows the as-you-type message for a missing result', async () => {
    const task = makeTask({ status: 'NOT_STARTED' });
    vi.stubGlobal('fetch', vi.fn());
    const { wrapper } = mountDrawer(task, task);
    await flushPromises();
    const done = [...body().querySelectorAll('input[type=radio]')].find(
      (r) => (r as HTMLInputElement).value === 'DONE',
    ) as HTMLInputElement;
    done.click();
    await flushPromises();
    expect(body().textContent).toContain('Nhập kết quả khi nhiệm vụ đang hoặc đã thực hiện');
    expect(button('Gửi báo cáo').disabled).toBe(true);
    wrapper.unmount();
  });
});
