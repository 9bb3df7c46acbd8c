import { describe, expect, it, vi } from 'vitest';
import { operations } from '@/graphql';
import type { Unit, User } from '@/graphql/types';
import {
  emptyNewUserDraft,
  refusalText,
  unitInput,
  useAdmin,
  userInput,
  validateNewUser,
  validatePassword,
  validateUnit,
  validateUser,
} from './useAdmin';
import { AppError, type GraphqlRequest } from './useGraphql';

const VHXH: Unit = {
  id: 'u-vhxh',
  name: 'Phòng Văn hoá - Xã hội',
  isGroup: false,
  shortName: 'VHXH',
  members: [],
};
const PCM: Unit = {
  id: 'u-pcm',
  name: 'Các phòng chuyên môn',
  isGroup: true,
  shortName: null,
  members: [{ id: VHXH.id, name: VHXH.name }],
};
const LAN: User = {
  id: 'user-lan',
  username: 'lan.nt',
  fullName: 'Nguyễn Thị Lan',
  role: 'OFFICER',
  unitId: VHXH.id,
  active: true,
};

describe('validateUnit', () => {
  const draft = { name: 'Phòng Kinh tế', shortName: 'KT', isGroup: false, memberIds: [] };

  it('accepts a named unit', () => {
    expect(validateUnit(draft)).toEqual({});
  });

  it('needs a name, a short name of at most 32 characters, and a group not among its own members', () => {
    expect(validateUnit({ ...draft, name: '  ', shortName: 'x'.repeat(33) })).toEqual({
      name: 'admin.nameRequired',
      shortName: 'admin.shortNameTooLong',
    });
    expect(validateUnit({ ...draft, isGroup: true, memberIds: ['g1'] }, 'g1')).toEqual({
      memberIds: 'admin.memberSelf',
    });
  });
});

describe('validateNewUser', () => {
  const draft = {
    username: 'tuan.le',
    fullName: 'Lê Văn Tuấn',
    password: 'mat-khau-1',
    role: 'OFFICER' as const,
    unitId: VHXH.id,
  };

  it('accepts a complete account', () => {
    expect(validateNewUser(draft)).toEqual({});
  });

  it('checks the username as the API does', () => {
    for (const username of ['ab', 'Tuan', 'tuấn', 'tuan le', 'x'.repeat(65)]) {
      expect(validateNewUser({ ...draft, username })).toEqual({ username: 'admin.usernameInvalid' });
    }
    expect(validateNewUser({ ...draft, username: 'cb_01.vh-xh' })).toEqual({});
  });

  it('needs a full name, a password of 8 characters and, for an officer, a unit', () => {
    expect(validateNewUser({ ...draft, fullName: ' ', password: '1234567', unitId: null })).toEqual({
      fullName: 'admin.fullNameRequired',
      password: 'admin.passwordShort',
      unitId: 'admin.unitRequired',
    });
    expect(validateNewUser({ ...draft, role: 'LEADER', unitId: null })).toEqual({});
  });

  it('flags every field of an empty form', () => {
    expect(Object.keys(validateNewUser(emptyNewUserDraft())).sort()).toEqual([
      'fullName',
      'password',
      'unitId',
      'username',
    ]);
  });
});

describe('validateUser and validatePassword', () => {
  it('apply the same name and unit rules when editing', () => {
    expect(validateUser({ fullName: '', role: 'OFFICER', unitId: null, active: true })).toEqual({
      fullName: 'admin.fullNameRequired',
      unitId: 'admin.unitRequired',
    });
    expect(validatePassword('12345678')).toEqual({});
    expect(validatePassword('short')).toEqual({ password: 'admin.passwordShort' });
  });
});

describe('inputs', () => {
  it('trims a unit and sends members only for a group', () => {
    expect(unitInput({ name: ' Phòng Kinh tế ', shortName: ' ', isGroup: false, memberIds: ['a'] })).toEqual({
      name: 'Phòng Kinh tế',
      shortName: null,
      isGroup: false,
      memberIds: [],
    });
    expect(unitInput({ name: 'Nhóm', shortName: 'N', isGroup: true, memberIds: ['a'] }).memberIds).toEqual([
      'a',
    ]);
  });

  it('sends only the changed fields of an account', () => {
    expect(
      userInput(LAN, { fullName: 'Nguyễn Thị Lan', role: 'OFFICER', unitId: VHXH.id, active: true }),
    ).toEqual({ id: LAN.id });
    expect(
      userInput(LAN, { fullName: ' Nguyễn Thị Lan ', role: 'VIEWER', unitId: null, active: false }),
    ).toEqual({
      id: LAN.id,
      role: 'VIEWER',
      unitId: null,
      active: false,
    });
  });
});

describe('refusalText', () => {
  it('names the fields with the screen labels, and keeps a message without fields', () => {
    const duplicate = new AppError('BAD_USER_INPUT', 'Dữ liệu không hợp lệ — username: đã có', {
      username: ['đã có người dùng'],
    });
    expect(refusalText(duplicate, { username: 'Tên đăng nhập' })).toBe('Tên đăng nhập: đã có người dùng');
    const self = new AppError('BAD_USER_INPUT', 'x', { id: ['không thể tự khoá'] });
    expect(refusalText(self, {})).toBe('Không thể tự khoá');
    expect(refusalText(new AppError('FORBIDDEN'), {})).toBe('Bạn không có quyền thực hiện thao tác này');
  });
});

/** A fake API: answers the two lists and records every call; `refuse` makes the next write fail. */
function fakeApi() {
  let unitList: Unit[] = [VHXH, PCM];
  let userList: User[] = [LAN];
  let refusal: AppError | null = null;
  const calls: Array<{ query: string; variables?: Record<string, unknown> }> = [];
  const request = vi.fn(async (query: string, variables?: Record<string, unknown>) => {
    calls.push({ query, variables });
    if (query === operations.unitsWithMembers) return { units: unitList };
    if (query === operations.users) return { users: userList };
    if (refusal) {
      const e = refusal;
      refusal = null;
      throw e;
    }
    if (query === operations.createUnit) {
      const input = variables?.input as Unit;
      unitList = [...unitList, { ...input, id: 'u-new' }];
      return { createUnit: { ...input, id: 'u-new' } };
    }
    if (query === operations.createUser) {
      const input = variables?.input as User;
      userList = [...userList, { ...input, id: 'user-new', active: true }];
      return { createUser: userList.at(-1) };
    }
    return {};
  }) as unknown as GraphqlRequest & ReturnType<typeof vi.fn>;
  return {
    request,
    calls,
    refuse: (e: AppError) => (refusal = e),
    writes: () =>
      calls.filter((c) => c.query !== operations.unitsWithMembers && c.query !== operations.users),
    loads: (query: string) => calls.filter((c) => c.query === query).length,
  };
}

describe('useAdmin', () => {
  it('loads units and accounts, and lists the units an account may belong to', async () => {
    const api = fakeApi();
    const admin = useAdmin({ request: api.request, immediate: false });
    await Promise.all([admin.units.run(), admin.users.run()]);
    expect(admin.units.data.value).toEqual([VHXH, PCM]);
    expect(admin.users.data.value).toEqual([LAN]);
    expect(admin.plainUnits.value).toEqual([VHXH]);
  });

  it('creates a unit, then reloads the units only', async () => {
    const api = fakeApi();
    const admin = useAdmin({ request: api.request, immediate: false });
    const ok = await admin.saveUnit({
      name: ' Phòng Kinh tế ',
      shortName: 'KT',
      isGroup: false,
      memberIds: [],
    });
    expect(ok).toBe(true);
    expect(api.writes()).toEqual([
      {
        query: operations.createUnit,
        variables: { input: { name: 'Phòng Kinh tế', shortName: 'KT', isGroup: false, memberIds: [] } },
      },
    ]);
    expect(api.loads(operations.unitsWithMembers)).toBe(1);
    expect(api.loads(operations.users)).toBe(0);
    expect(admin.units.data.value?.map((u) => u.name)).toContain('Phòng Kinh tế');
  });

  it('updates a group with its members and deletes a unit by id', async () => {
    const api = fakeApi();
    const admin = useAdmin({ request: api.request, immediate: false });
    await admin.saveUnit(
      { name: 'Các phòng chuyên môn', shortName: '', isGroup: true, memberIds: [VHXH.id] },
      PCM.id,
    );
    await admin.deleteUnit(VHXH.id);
    expect(api.writes()).toEqual([
      {
        query: operations.updateUnit,
        variables: {
          input: {
            id: PCM.id,
            name: 'Các phòng chuyên môn',
            shortName: null,
            isGroup: true,
            memberIds: [VHXH.id],
          },
        },
      },
      { query: operations.deleteUnit, variables: { id: VHXH.id } },
    ]);
    expect(api.loads(operations.unitsWithMembers)).toBe(2);
  });

  it('sends nothing while a draft is invalid', async () => {
    const api = fakeApi();
    const admin = useAdmin({ request: api.request, immediate: false });
    expect(await admin.createUser(emptyNewUserDraft())).toBe(false);
    expect(await admin.saveUnit({ name: '', shortName: '', isGroup: false, memberIds: [] })).toBe(false);
    expect(await admin.resetPassword(LAN, '123')).toBe(false);
    expect(api.request).not.toHaveBeenCalled();
  });

  it('creates an account, then reloads the accounts', async () => {
    const api = fakeApi();
    const admin = useAdmin({ request: api.request, immediate: false });
    const draft = {
      username: ' tuan.le ',
      fullName: 'Lê Văn Tuấn',
      password: 'mat-khau-1',
      role: 'OFFICER' as const,
      unitId: VHXH.id,
    };
    expect(await admin.createUser(draft)).toBe(true);
    expect(api.writes()[0].variables).toEqual({
      input: {
        username: 'tuan.le',
        fullName: 'Lê Văn Tuấn',
        password: 'mat-khau-1',
        role: 'OFFICER',
        unitId: VHXH.id,
      },
    });
    expect(admin.users.data.value?.map((u) => u.username)).toEqual(['lan.nt', 'tuan.le']);
    expect(api.loads(operations.unitsWithMembers)).toBe(0);
  });

  it('keeps the API refusal and its field messages for the form that sent it', async () => {
    const api = fakeApi();
    const admin = useAdmin({ request: api.request, immediate: false });
    api.refuse(
      new AppError(
        'BAD_USER_INPUT',
        'Dữ liệu không hợp lệ — username: tên đăng nhập "lan.nt" đã có người dùng',
        {
          username: ['tên đăng nhập "lan.nt" đã có người dùng'],
        },
      ),
    );
    const ok = await admin.createUser({
      username: 'lan.nt',
      fullName: 'Lan',
      password: '12345678',
      role: 'VIEWER',
      unitId: null,
    });
    expect(ok).toBe(false);
    expect(admin.saving.value).toBeNull();
    expect(admin.errorOf('newUser')?.message).toMatch(/đã có người dùng/);
    expect(admin.serverField('newUser', 'username')).toBe('tên đăng nhập "lan.nt" đã có người dùng');
    expect(admin.errorOf('unit')).toBeNull();
    expect(api.loads(operations.users)).toBe(0);
    admin.clearFailure('unit');
    expect(admin.errorOf('newUser')).not.toBeNull();
    admin.clearFailure('newUser');
    expect(admin.errorOf('newUser')).toBeNull();
  });

  it('updates only changed account fields, skips an unchanged one, and resets a password', async () => {
    const api = fakeApi();
    const admin = useAdmin({ request: api.request, immediate: false });
    expect(
      await admin.updateUser(LAN, {
        fullName: LAN.fullName,
        role: LAN.role,
        unitId: LAN.unitId,
        active: true,
      }),
    ).toBe(true);
    expect(api.writes()).toEqual([]);
    await admin.updateUser(LAN, {
      fullName: LAN.fullName,
      role: LAN.role,
      unitId: LAN.unitId,
      active: false,
    });
    await admin.resetPassword(LAN, 'mat-khau-moi');
    expect(api.writes().map((c) => c.variables)).toEqual([
      { input: { id: LAN.id, active: false } },
      { input: { id: LAN.id, password: 'mat-khau-moi' } },
    ]);
    expect(api.loads(operations.users)).toBe(2);
  });

  it('marks the form being saved while the write is pending', async () => {
    const api = fakeApi();
    const admin = useAdmin({ request: api.request, immediate: false });
    const pending = admin.deleteUnit(VHXH.id);
    expect(admin.saving.value).toBe('deleteUnit');
    await pending;
    expect(admin.saving.value).toBeNull();
  });
});
