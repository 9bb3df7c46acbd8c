import { createTestApp, TestApp } from '../../testing/test-app';

describe('guard rails', () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await createTestApp();
    token = await t.login('lanhdao');
  });
  afterAll(() => t.close());

  it('accepts the deepest query the schema allows: a plan tree with its history', async () => {
    const deepest =
      '{ plans { sections { contents { tasks { updates { author { id } evidence { number } } } } } } }';
    expect((await t.gql(deepest, {}, token)).errors).toBeUndefined();
  });

  it('refuses an over-complex query with a clear message', async () => {
    const fields = Array.from({ length: 600 }, (_, i) => `a${i}: plans { id title }`).join(' ');
    const res = await t.gql(`{ ${fields} }`, {}, token);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toMatch(/^Truy vấn quá phức tạp \(độ phức tạp \d+, tối đa 1000\)/);
  });

  it('refuses a body over 1 MB in Vietnamese', async () => {
    const res = await t
      .http()
      .post('/graphql')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ query: '{ me { id } }', variables: { x: 'a'.repeat(1_100_000) } }));
    expect(res.status).toBe(413);
    expect(res.body.message).toBe('Dữ liệu gửi lên quá lớn (tối đa 1 MB).');
  });

  it('sends security headers and no CORS headers for other origins', async () => {
    const res = await t
      .http()
      .post('/graphql')
      .set('Origin', 'https://evil.example')
      .send({ query: '{ __typename }' });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });
});
