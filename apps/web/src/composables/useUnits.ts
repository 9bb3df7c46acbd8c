import { computed } from 'vue';
import { operations } from '@/graphql';
import type { Unit } from '@/graphql/types';
import { useAsyncData } from './useAsyncData';
import { useGraphql } from './useGraphql';

/** The unit ids an officer acts for: the unit itself and every group it belongs to. */
export function unitIdsActingFor(unitId: string | null, units: readonly Unit[]): string[] {
  if (!unitId) return [];
  const groups = units.filter((u) => u.isGroup && u.members?.some((m) => m.id === unitId)).map((u) => u.id);
  return [unitId, ...groups];
}

/** The organization's units (groups included); group members when the API exposes them. */
export function useUnits() {
  const request = useGraphql();
  const state = useAsyncData(async () => {
    try {
      return (await request<{ units: Unit[] }>(operations.unitsWithMembers)).units;
    } catch (e) {
      if ((e as { code?: string }).code !== 'NOT_AVAILABLE') throw e;
      return (await request<{ units: Unit[] }>(operations.units)).units;
    }
  });
  const options = computed(() => (state.data.value ?? []).map((u) => ({ label: u.name, value: u.id })));
  return { units: state.data, loading: state.loading, error: state.error, options, reload: state.run };
}
