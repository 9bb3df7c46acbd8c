import { computed, ref, shallowRef } from 'vue';
import { operations } from '@/graphql';
import type { Role, Unit, User } from '@/graphql/types';
import { useAsyncData } from './useAsyncData';
import { AppError, toAppError, type GraphqlRequest } from './useGraphql';

export const ROLES: readonly Role[] = ['ADMIN', 'LEADER', 'OFFICER', 'VIEWER'];
// The API's rules (CreateUserInput / CreateUnitInput), checked as the user types.
export const USERNAME_PATTERN = /^[a-z0-9._-]{3,64}$/;
export const MIN_PASSWORD = 8;
const MAX_UNIT_NAME = 300;
const MAX_SHORT_NAME = 32;
const MAX_FULL_NAME = 200;

export interface UnitDraft {
  name: string;
  shortName: string;
  isGroup: boolean;
  memberIds: string[];
}

export interface NewUserDraft {
  username: string;
  fullName: string;
  password: string;
  role: Role;
  unitId: string | null;
}

export interface UserDraft {
  fullName: string;
  role: Role;
  unitId: string | null;
  active: boolean;
}

/** Field → i18n key of the message; empty when the draft is valid. */
export type DraftErrors = Record<string, string>;

/** The forms of the screen; a refusal from the API is kept for the form that sent it. */
export type AdminForm = 'unit' | 'deleteUnit' | 'newUser' | 'user' | 'password';

export function emptyUnitDraft(): UnitDraft {
  return { name: '', shortName: '', isGroup: false, memberIds: [] };
}

export function unitDraftOf(unit: Unit): UnitDraft {
  return {
    name: unit.name,
    shortName: unit.shortName ?? '',
    isGroup: unit.isGroup,
    memberIds: (unit.members ?? []).map((m) => m.id),
  };
}

export function emptyNewUserDraft(): NewUserDraft {
  return { username: '', fullName: '', password: '', role: 'OFFICER', unitId: null };
}

export function userDraftOf(user: User): UserDraft {
  return { fullName: user.fullName, role: user.role, unitId: user.unitId, active: user.active };
}

export function validateUnit(draft: UnitDraft, editingId: string | null = null): DraftErrors {
  const errors: DraftErrors = {};
  if (draft.name.trim() === '') errors.name = 'admin.nameRequired';
  else if (draft.name.trim().length > MAX_UNIT_NAME) errors.name = 'admin.nameTooLong';
  if (draft.shortName.trim().length > MAX_SHORT_NAME) errors.shortName = 'admin.shortNameTooLong';
  if (draft.isGroup && editingId && draft.memberIds.includes(editingId))
    errors.memberIds = 'admin.memberSelf';
  return errors;
}

function validateFullNameAndUnit(
  draft: { fullName: string; role: Role; unitId: string | null },
  errors: DraftErrors,
): void {
  if (draft.fullName.trim() === '') errors.fullName = 'admin.fullNameRequired';
  else if (draft.fullName.trim().length > MAX_FULL_NAME) errors.fullName = 'admin.fullNameTooLong';
  if (draft.role === 'OFFICER' && !draft.unitId) errors.unitId = 'admin.unitRequired';
}

export function validatePassword(password: string): DraftErrors {
  return password.length < MIN_PASSWORD ? { password: 'admin.passwordShort' } : {};
}

export function validateNewUser(draft: NewUserDraft): DraftErrors {
  const errors: DraftErrors = {};
  if (!USERNAME_PATTERN.test(draft.username.trim())) errors.username = 'admin.usernameInvalid';
  validateFullNameAndUnit(draft, errors);
  Object.assign(errors, validatePassword(draft.password));
  return errors;
}

export function validateUser(draft: UserDraft): DraftErrors {
  const errors: DraftErrors = {};
  validateFullNameAndUnit(draft, errors);
  return errors;
}

export function unitInput(draft: UnitDraft) {
  return {
    name: draft.name.trim(),
    shortName: draft.shortName.trim() || null,
    isGroup: draft.isGroup,
    // Only a group has members; the API clears them when a group becomes a plain unit.
    memberIds: draft.isGroup ? [...draft.memberIds] : [],
  };
}

export function newUserInput(draft: NewUserDraft) {
  return {
    username: draft.username.trim(),
    fullName: draft.fullName.trim(),
    password: draft.password,
    role: draft.role,
    unitId: draft.unitId,
  };
}

/** Only what changed, so the audit trail records what the administrator actually did. */
export function userInput(user: User, draft: UserDraft) {
  const input: { id: string; fullName?: string; role?: Role; unitId?: string | null; active?: boolean } = {
    id: user.id,
  };
  if (draft.fullName.trim() !== user.fullName) input.fullName = draft.fullName.trim();
  if (draft.role !== user.role) input.role = draft.role;
  if (draft.unitId !== user.unitId) input.unitId = draft.unitId;
  if (draft.active !== user.active) input.active = draft.active;
  return input;
}

/** The names of a group's members, or of a user's unit, for the tables. */
export function unitNames(ids: readonly string[], units: readonly Unit[]): string {
  return ids
    .map((id) => units.find((u) => u.id === id)?.name)
    .filter((n): n is string => Boolean(n))
    .join(', ');
}

/**
 * What to show for a refusal: the API's per-field messages under the screen's own field labels
 * (its summary names the input's fields in English), else its message.
 */
export function refusalText(error: AppError, labels: Record<string, string>): string {
  const fields = Object.entries(error.fields);
  if (fields.length === 0) return error.message;
  const text = fields
    .map(([field, messages]) => (labels[field] ? `${labels[field]}: ` : '') + messages.join('; '))
    .join('. ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export interface AdminOptions {
  request: GraphqlRequest;
  /** Load the lists at once (the default); tests start them by hand. */
  immediate?: boolean;
}

/**
 * The administration screen's data: the organization's units and accounts, and the writes on them.
 * Each write refreshes the list it changed; a refusal is kept, with the API's message and
 * per-field messages, for the form that sent it.
 */
export function useAdmin(options: AdminOptions) {
  const { request } = options;
  const units = useAsyncData(
    async () => (await request<{ units: Unit[] }>(operations.unitsWithMembers)).units,
    { immediate: options.immediate },
  );
  const users = useAsyncData(async () => (await request<{ users: User[] }>(operations.users)).users, {
    immediate: options.immediate,
  });
  const saving = ref<AdminForm | null>(null);
  const failure = shallowRef<{ form: AdminForm; error: AppError } | null>(null);

  const plainUnits = computed(() => (units.data.value ?? []).filter((u) => !u.isGroup));

  function errorOf(form: AdminForm): AppError | null {
    return failure.value?.form === form ? failure.value.error : null;
  }
  /** The API's messages for one field of a form, joined. */
  function serverField(form: AdminForm, field: string): string | undefined {
    return errorOf(form)?.fields[field]?.join('; ');
  }
  function clearFailure(form?: AdminForm): void {
    if (!form || failure.value?.form === form) failure.value = null;
  }

  async function send(
    form: AdminForm,
    write: () => Promise<unknown>,
    refresh: () => Promise<unknown>,
  ): Promise<boolean> {
    saving.value = form;
    failure.value = null;
    try {
      await write();
    } catch (e) {
      failure.value = { form, error: toAppError(e) };
      return false;
    } finally {
      saving.value = null;
    }
    await refresh();
    return true;
  }

  function saveUnit(draft: UnitDraft, editingId: string | null = null): Promise<boolean> {
    if (Object.keys(validateUnit(draft, editingId)).length > 0) return Promise.resolve(false);
    const input = unitInput(draft);
    return send(
      'unit',
      () =>
        editingId
          ? request(operations.updateUnit, { input: { id: editingId, ...input } })
          : request(operations.createUnit, { input }),
      units.run,
    );
  }

  function deleteUnit(id: string): Promise<boolean> {
    return send('deleteUnit', () => request(operations.deleteUnit, { id }), units.run);
  }

  function createUser(draft: NewUserDraft): Promise<boolean> {
    if (Object.keys(validateNewUser(draft)).length > 0) return Promise.resolve(false);
    return send('newUser', () => request(operations.createUser, { input: newUserInput(draft) }), users.run);
  }

  function updateUser(user: User, draft: UserDraft): Promise<boolean> {
    if (Object.keys(validateUser(draft)).length > 0) return Promise.resolve(false);
    const input = userInput(user, draft);
    if (Object.keys(input).length === 1) return Promise.resolve(true);
    return send('user', () => request(operations.updateUser, { input }), users.run);
  }

  function resetPassword(user: User, password: string): Promise<boolean> {
    if (Object.keys(validatePassword(password)).length > 0) return Promise.resolve(false);
    return send(
      'password',
      () => request(operations.updateUser, { input: { id: user.id, password } }),
      users.run,
    );
  }

  return {
    units,
    users,
    plainUnits,
    saving,
    errorOf,
    serverField,
    clearFailure,
    saveUnit,
    deleteUnit,
    createUser,
    updateUser,
    resetPassword,
  };
}
