import { useRouter } from 'vue-router';
import { useAuthStore } from '@/stores/useAuthStore';

/** Error codes the API sends in `extensions.code`, plus the client's own (network, missing feature). */
export type AppErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS'
  | 'PAYLOAD_TOO_LARGE'
  | 'NOT_AVAILABLE'
  | 'NETWORK'
  | 'SERVER';

const DEFAULT_MESSAGES: Record<AppErrorCode, string> = {
  BAD_USER_INPUT: 'Dữ liệu không hợp lệ',
  UNAUTHENTICATED: 'Bạn cần đăng nhập để tiếp tục',
  FORBIDDEN: 'Bạn không có quyền thực hiện thao tác này',
  NOT_FOUND: 'Không tìm thấy dữ liệu',
  CONFLICT: 'Dữ liệu đã được người khác thay đổi',
  TOO_MANY_REQUESTS: 'Quá nhiều yêu cầu, vui lòng thử lại sau ít phút',
  PAYLOAD_TOO_LARGE: 'Tệp hoặc dữ liệu gửi lên quá lớn',
  NOT_AVAILABLE: 'Máy chủ chưa hỗ trợ chức năng này',
  NETWORK: 'Không kết nối được máy chủ. Vui lòng kiểm tra mạng và thử lại',
  SERVER: 'Máy chủ gặp lỗi, vui lòng thử lại sau',
};

const KNOWN_CODES = new Set(Object.keys(DEFAULT_MESSAGES));
// Apollo answers a query naming a field or type the schema lacks with a validation error.
const MISSING_IN_SCHEMA =
  /Cannot query field|Unknown type|Unknown argument|Cannot return null for non-nullable field Query\./;

/** An error the screens can show: a Vietnamese message, a stable code and per-field messages. */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string = DEFAULT_MESSAGES[code],
    readonly fields: Record<string, string[]> = {},
  ) {
    super(message || DEFAULT_MESSAGES[code]);
    this.name = 'AppError';
  }
}

interface GraphqlErrorBody {
  message?: string;
  extensions?: { code?: string; fields?: Array<{ field: string; messages: string[] }> };
}

function fieldsOf(error: GraphqlErrorBody): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const f of error.extensions?.fields ?? []) out[f.field] = [...(out[f.field] ?? []), ...f.messages];
  return out;
}

/** Maps an HTTP status and a parsed GraphQL (or plain JSON `{ message }`) body to an AppError; null when all is well. */
export function errorFromResponse(status: number, body: unknown): AppError | null {
  const errors = (body as { errors?: GraphqlErrorBody[] } | null)?.errors;
  if (Array.isArray(errors) && errors.length > 0) {
    const first = errors[0];
    const code = first.extensions?.code ?? '';
    if (KNOWN_CODES.has(code)) return new AppError(code as AppErrorCode, first.message, fieldsOf(first));
    if (code === 'GRAPHQL_VALIDATION_FAILED' && MISSING_IN_SCHEMA.test(first.message ?? '')) {
      return new AppError('NOT_AVAILABLE');
    }
    if (code === 'GRAPHQL_VALIDATION_FAILED' || code === 'BAD_REQUEST') {
      return new AppError('BAD_USER_INPUT', first.message);
    }
    return new AppError('SERVER', status >= 500 ? undefined : first.message);
  }
  if (status >= 200 && status < 300) return null;
  const message = (body as { message?: unknown } | null)?.message;
  const text = Array.isArray(message)
    ? message.join('; ')
    : typeof message === 'string'
      ? message
      : undefined;
  switch (status) {
    case 400:
    case 422:
      return new AppError('BAD_USER_INPUT', text);
    case 401:
      return new AppError('UNAUTHENTICATED', text);
    case 403:
      return new AppError('FORBIDDEN', text);
    case 404:
      return new AppError('NOT_FOUND', text);
    case 409:
      return new AppError('CONFLICT', text);
    case 413:
      return new AppError('PAYLOAD_TOO_LARGE', text);
    case 429:
      return new AppError('TOO_MANY_REQUESTS', text);
    default:
      return new AppError('SERVER', status < 500 ? text : undefined);
  }
}

/** Any thrown value as an AppError (fetch failures become NETWORK). */
export function toAppError(e: unknown): AppError {
  if (e instanceof AppError) return e;
  if (e instanceof TypeError) return new AppError('NETWORK');
  return new AppError('SERVER');
}

export interface GraphqlClientOptions {
  getToken: () => string | null;
  onUnauthenticated?: () => void;
  fetchFn?: typeof fetch;
  endpoint?: string;
}

export interface RequestOptions {
  /** Sign-in itself answers UNAUTHENTICATED for a wrong password: show it, do not redirect. */
  ignoreUnauthenticated?: boolean;
}

export type GraphqlRequest = <T>(
  query: string,
  variables?: Record<string, unknown>,
  options?: RequestOptions,
) => Promise<T>;

/** A fetch-based GraphQL client: bearer token, error mapping, sign-in redirect on UNAUTHENTICATED. */
export function createGraphqlClient(options: GraphqlClientOptions): GraphqlRequest {
  const endpoint = options.endpoint ?? '/graphql';
  return async function request<T>(
    query: string,
    variables: Record<string, unknown> = {},
    opts: RequestOptions = {},
  ) {
    const headers: Record<string, string> = {
      'Content-Type': 'application/json',
      Accept: 'application/json',
    };
    const token = options.getToken();
    if (token) headers.Authorization = `Bearer ${token}`;
    let response: Response;
    try {
      response = await (options.fetchFn ?? fetch)(endpoint, {
        method: 'POST',
        headers,
        credentials: 'same-origin',
        body: JSON.stringify({ query, variables }),
      });
    } catch (e) {
      throw toAppError(e);
    }
    let body: unknown = null;
    try {
      body = await response.json();
    } catch {
      body = null;
    }
    const error = errorFromResponse(response.status, body);
    if (error) {
      if (error.code === 'UNAUTHENTICATED' && !opts.ignoreUnauthenticated) options.onUnauthenticated?.();
      throw error;
    }
    const data = (body as { data?: T } | null)?.data;
    if (data === undefined || data === null) throw new AppError('SERVER');
    return data;
  };
}

/** The app's GraphQL client, wired to the auth store and the router. */
export function useGraphql(): GraphqlRequest {
  const auth = useAuthStore();
  const router = useRouter();
  return createGraphqlClient({
    getToken: () => auth.token,
    onUnauthenticated: () => {
      auth.signOut();
      const current = router.currentRoute.value;
      if (current.name !== 'sign-in')
        void router.push({ name: 'sign-in', query: { redirect: current.fullPath } });
    },
  });
}
