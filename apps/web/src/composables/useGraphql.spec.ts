import { describe, expect, it, vi } from 'vitest';
import { AppError, createGraphqlClient, errorFromResponse, toAppError } from './useGraphql';

const gqlError = (code: string, message: string, extra: Record<string, unknown> = {}) => ({
  errors: [{ message, extensions: { code, ...extra } }],
  data: null,
});

describe('errorFromResponse', () => {
  it('is null for a successful answer', () => {
    expect(errorFromResponse(200, { data: { me: { id: '1' } } })).toBeNull();
  });

  it('keeps the Vietnamese message and the field messages of BAD_USER_INPUT', () => {
    const error = errorFromResponse(
      200,
      gqlError('BAD_USER_INPUT', 'Dữ liệu không hợp lệ — result: không được để trống', {
        fields: [
          { field: 'result', messages: ['không được để trống'] },
          { field: 'result', messages: ['tối đa 5000 ký tự'] },
        ],
      }),
    );
    expect(error).toBeInstanceOf(AppError);
    expect(error?.code).toBe('BAD_USER_INPUT');
    expect(error?.message).toBe('Dữ liệu không hợp lệ — result: không được để trống');
    expect(error?.fields).toEqual({ result: ['không được để trống', 'tối đa 5000 ký tự'] });
  });

  it.each(['FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'UNAUTHENTICATED', 'TOO_MANY_REQUESTS'])(
    'maps %s',
    (code) => {
      const error = errorFromResponse(200, gqlError(code, `thông báo ${code}`));
      expect(error?.code).toBe(code);
      expect(error?.message).toBe(`thông báo ${code}`);
    },
  );

  it('keeps the CONFLICT message naming who changed the task and when', () => {
    const message = 'Nhiệm vụ 2.3 đã được Trần Minh Tuấn cập nhật lúc 09:15 ngày 19/06/2026; hãy tải lại';
    expect(errorFromResponse(200, gqlError('CONFLICT', message))?.message).toBe(message);
  });

  it('treats a field the schema lacks as a feature not available yet', () => {
    const error = errorFromResponse(
      400,
      gqlError('GRAPHQL_VALIDATION_FAILED', 'Cannot query field "progress" on type "Query".'),
    );
    expect(error?.code).toBe('NOT_AVAILABLE');
    expect(error?.message).toMatch(/chưa hỗ trợ/);
  });

  it('reads plain HTTP JSON errors `{ message }`', () => {
    expect(errorFromResponse(400, { message: 'Tệp không đúng định dạng DOCX' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: 'Tệp không đúng định dạng DOCX',
    });
    expect(errorFromResponse(403, { message: 'Không có quyền' })?.code).toBe('FORBIDDEN');
    expect(errorFromResponse(413, null)?.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('hides the details of server failures behind a Vietnamese message', () => {
    const error = errorFromResponse(500, gqlError('INTERNAL_SERVER_ERROR', 'TypeError: x is undefined'));
    expect(error?.code).toBe('SERVER');
    expect(error?.message).toBe('Máy chủ gặp lỗi, vui lòng thử lại sau');
  });
});

describe('toAppError', () => {
  it('turns a failed fetch into NETWORK', () => {
    expect(toAppError(new TypeError('Failed to fetch')).code).toBe('NETWORK');
  });
});

describe('createGraphqlClient', () => {
  const answer = (status: number, body: unknown) =>
    vi.fn(
      async () =>
        new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }),
    );

  it('sends the bearer token and returns data', async () => {
    const fetchFn = answer(200, { data: { me: { id: 'u1' } } });
    const request = createGraphqlClient({ getToken: () => 'tok', fetchFn });
    await expect(request('{ me { id } }', { a: 1 })).resolves.toEqual({ me: { id: 'u1' } });
    const [url, init] = fetchFn.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/graphql');
    expect((init.headers as Record<string, string>).Authorization).toBe('Bearer tok');
    expect(JSON.parse(init.body as string)).toEqual({ query: '{ me { id } }', variables: { a: 1 } });
  });

  it('sends no Authorization header without a token', async () => {
    const fetchFn = answer(200, { data: { ok: true } });
    await createGraphqlClient({ getToken: () => null, fetchFn })('{ ok }');
    const init = (fetchFn.mock.calls[0] as unknown as [string, RequestInit])[1];
    expect((init.headers as Record<string, string>).Authorization).toBeUndefined();
  });

  it('calls onUnauthenticated (the sign-in redirect) on UNAUTHENTICATED', async () => {
    const onUnauthenticated = vi.fn();
    const request = createGraphqlClient({
      getToken: () => 'expired',
      onUnauthenticated,
      fetchFn: answer(200, gqlError('UNAUTHENTICATED', 'Phiên đăng nhập đã hết hạn')),
    });
    await expect(request('{ me { id } }')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(onUnauthenticated).toHaveBeenCalledOnce();
  });

  it('does not redirect for a wrong password at sign-in', async () => {
    const onUnauthenticated = vi.fn();
    const request = createGraphqlClient({
      getToken: () => null,
      onUnauthenticated,
      fetchFn: answer(200, gqlError('UNAUTHENTICATED', 'Tên đăng nhập hoặc mật khẩu không đúng')),
    });
    await expect(request('mutation { login }', {}, { ignoreUnauthenticated: true })).rejects.toMatchObject({
      message: 'Tên đăng nhập hoặc mật khẩu không đúng',
    });
    expect(onUnauthenticated).not.toHaveBeenCalled();
  });

  it('maps a network failure and a non-JSON answer', async () => {
    const down = createGraphqlClient({
      getToken: () => null,
      fetchFn: vi.fn(async () => Promise.reject(new TypeError('x'))),
    });
    await expect(down('{ a }')).rejects.toMatchObject({ code: 'NETWORK' });
    const html = createGraphqlClient({
      getToken: () => null,
      fetchFn: vi.fn(async () => new Response('<html>', { status: 502 })),
    });
    await expect(html('{ a }')).rejects.toMatchObject({ code: 'SERVER' });
  });
});
