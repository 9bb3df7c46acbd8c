import { useMessage } from 'naive-ui';
import { computed, reactive, ref, watch, type ComputedRef, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { refusalText, type AdminForm, type DraftErrors, type useAdmin } from '@/composables/useAdmin';

/** The administration screen's data and writes, shared by its panels. */
export type Admin = ReturnType<typeof useAdmin>;

/** What a form's dialog shows of it: open or not, the API's refusal, sending, and whether it may be sent. */
export interface DialogForm {
  open: Ref<boolean>;
  error: ComputedRef<string | null>;
  saving: ComputedRef<boolean>;
  blocked: ComputedRef<boolean>;
}

/** What the panels' forms share: their messages, their refusals and the modal form itself. */
export function useAdminForms(admin: Admin) {
  const { t } = useI18n();
  const message = useMessage();

  /** A local message (shown once the form is edited or sent), else the API's message for the field. */
  function feedback(form: AdminForm, errors: DraftErrors, show: boolean, field: string): string | undefined {
    if (show && errors[field]) return t(errors[field]);
    return admin.serverField(form, field);
  }
  const fieldLabels = computed<Record<string, string>>(() => ({
    name: t('admin.unitName'),
    shortName: t('admin.shortName'),
    memberIds: t('admin.members'),
    username: t('admin.username'),
    fullName: t('admin.fullName'),
    password: t('admin.password'),
    role: t('admin.role'),
    unitId: t('admin.unit'),
  }));
  function formError(form: AdminForm): string | null {
    const error = admin.errorOf(form);
    return error ? refusalText(error, fieldLabels.value) : null;
  }

  /**
   * A modal form: its draft, whether to show messages yet, the messages of its fields and the API's
   * refusal, a reset that starts it over and a submit that closes it once the API accepts.
   */
  function useModalForm<T extends object>(
    form: AdminForm,
    blank: () => T,
    validate: (draft: T) => DraftErrors,
  ) {
    const open = ref(false);
    const draft = reactive(blank()) as T;
    const shown = ref(false);
    const errors = computed(() => validate(draft));
    const blocked = computed(() => shown.value && Object.keys(errors.value).length > 0);
    const error = computed(() => formError(form));
    const saving = computed(() => admin.saving.value === form);
    let initial = '';
    const dirty = () => JSON.stringify(draft) !== initial;
    function start(value: T): void {
      Object.assign(draft, value);
      initial = JSON.stringify(draft);
      shown.value = false;
      admin.clearFailure(form);
      open.value = true;
    }
    // Editing again after a refusal clears it; local messages appear from the first keystroke.
    watch(draft, () => {
      if (dirty()) shown.value = true;
      admin.clearFailure(form);
    });
    const fieldFeedback = (field: string) => feedback(form, errors.value, shown.value, field);
    async function submit(save: () => Promise<boolean>, successKey: string): Promise<void> {
      shown.value = true;
      if (await save()) {
        open.value = false;
        message.success(t(successKey));
      }
    }
    return { open, draft, shown, blocked, error, saving, start, submit, feedback: fieldFeedback };
  }

  const unitOptions = computed(() => admin.plainUnits.value.map((u) => ({ label: u.name, value: u.id })));

  return { feedback, formError, useModalForm, unitOptions };
}
