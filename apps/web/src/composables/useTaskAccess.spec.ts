import { describe, expect, it } from 'vitest';
import type { Me, Role } from '@/graphql/types';
import { makeTask, PCM, TTPVHCC, VHXH } from '@/testing/plan-factory';
import { canContributeOn, canReportOn } from './useTaskAccess';

const user = (role: Role, unitId: string | null = null): Me => ({
  id: 'me',
  username: 'me',
  fullName: 'Người dùng',
  role,
  organizationId: 'org',
  unitId,
});
// Phòng Văn hoá-Xã hội acts for itself and for the group "Các phòng chuyên môn" it belongs to.
const VHXH_ACTS_FOR = [VHXH.id, PCM.id];

describe('who may report or contribute on a task', () => {
  const ledByGroup = makeTask({ leadUnits: [PCM], coordinatingUnits: [TTPVHCC] });
  const coordinatedByGroup = makeTask({ leadUnits: [TTPVHCC], coordinatingUnits: [PCM] });
  const elsewhere = makeTask({ leadUnits: [TTPVHCC], coordinatingUnits: [] });

  it('lets an officer report on a task their unit (or its group) leads, and only add a note where it coordinates', () => {
    const officer = user('OFFICER', VHXH.id);
    expect(canReportOn(officer, ledByGroup, VHXH_ACTS_FOR)).toBe(true);
    expect(canContributeOn(officer, ledByGroup, VHXH_ACTS_FOR)).toBe(false);
    expect(canReportOn(officer, coordinatedByGroup, VHXH_ACTS_FOR)).toBe(false);
    expect(canContributeOn(officer, coordinatedByGroup, VHXH_ACTS_FOR)).toBe(true);
    expect(canReportOn(officer, elsewhere, VHXH_ACTS_FOR)).toBe(false);
    expect(canContributeOn(officer, elsewhere, VHXH_ACTS_FOR)).toBe(false);
  });

  it('lets leaders and administrators report anywhere, viewers nowhere', () => {
    expect(canReportOn(user('LEADER'), elsewhere, [])).toBe(true);
    expect(canReportOn(user('ADMIN'), elsewhere, [])).toBe(true);
    expect(canReportOn(user('VIEWER'), ledByGroup, [])).toBe(false);
    expect(canContributeOn(user('VIEWER'), coordinatedByGroup, [PCM.id])).toBe(false);
    expect(canReportOn(null, ledByGroup, [])).toBe(false);
  });
});
