import { ref, shallowRef, type Ref, type ShallowRef } from 'vue';
import { AppError, toAppError } from './useGraphql';

export interface AsyncData<T> {
  data: ShallowRef<T | null>;
  loading: Ref<boolean>;
  error: ShallowRef<AppError | null>;
  run: () => Promise<T | null>;
}

/** Loading / error / data of one async source; a later run wins over an earlier one still pending. */
export function useAsyncData<T>(
  loader: () => Promise<T>,
  options: { immediate?: boolean } = {},
): AsyncData<T> {
  const data = shallowRef<T | null>(null);
  const loading = ref(false);
  const error = shallowRef<AppError | null>(null);
  let ticket = 0;

  async function run(): Promise<T | null> {
    const mine = ++ticket;
    loading.value = true;
    error.value = null;
    try {
      const value = await loader();
      if (mine === ticket) data.value = value;
      return value;
    } catch (e) {
      if (mine === ticket) error.value = toAppError(e);
      return null;
    } finally {
      if (mine === ticket) loading.value = false;
    }
  }

  if (options.immediate !== false) void run();
  return { data, loading, error, run };
}
