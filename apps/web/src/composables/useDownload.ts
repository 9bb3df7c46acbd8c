import { ref } from 'vue';
import { useAuthStore } from '@/stores/useAuthStore';
import { AppError, errorFromResponse, toAppError } from './useGraphql';

/** The file name from Content-Disposition (RFC 5987 filename* first), else the fallback. */
export function fileNameOf(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const star = /filename\*\s*=\s*(?:UTF-8'')?([^;]+)/i.exec(disposition);
  if (star) {
    try {
      return decodeURIComponent(star[1].trim().replace(/^"|"$/g, ''));
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(disposition);
  return plain ? plain[1].trim() : fallback;
}

/** An HTTP error answer as an AppError; a route the server does not have yet is NOT_AVAILABLE. */
export async function errorOfResponse(response: Response): Promise<AppError> {
  const type = response.headers.get('content-type') ?? '';
  let body: unknown = null;
  if (type.includes('json')) body = await response.json().catch(() => null);
  const message = (body as { message?: unknown } | null)?.message;
  if (
    response.status === 404 &&
    (!type.includes('json') || (typeof message === 'string' && message.startsWith('Cannot ')))
  ) {
    return new AppError('NOT_AVAILABLE');
  }
  return errorFromResponse(response.status, body) ?? new AppError('SERVER');
}

/** Authenticated fetch of the REST endpoints (downloads, import) with the app's error mapping. */
export function useApiFetch() {
  const auth = useAuthStore();
  return async function apiFetch(url: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (auth.token) headers.set('Authorization', `Bearer ${auth.token}`);
    let response: Response;
    try {
      response = await fetch(url, { ...init, headers, credentials: 'same-origin' });
    } catch (e) {
      throw toAppError(e);
    }
    if (!response.ok) throw await errorOfResponse(response);
    // The web app's index.html answering an unknown path means the endpoint is not there yet.
    if ((response.headers.get('content-type') ?? '').includes('text/html'))
      throw new AppError('NOT_AVAILABLE');
    return response;
  };
}

/** Downloads a generated document and hands it to the browser as a file. */
export function useDownload() {
  const apiFetch = useApiFetch();
  const busy = ref<string | null>(null);
  const error = ref<AppError | null>(null);

  async function download(key: string, url: string, fallbackName: string): Promise<boolean> {
    busy.value = key;
    error.value = null;
    try {
      const response = await apiFetch(url);
      const blob = await response.blob();
      const href = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = href;
      a.download = fileNameOf(response.headers.get('content-disposition'), fallbackName);
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(href), 10_000);
      return true;
    } catch (e) {
      error.value = toAppError(e);
      return false;
    } finally {
      busy.value = null;
    }
  }

  return { download, busy, error };
}
