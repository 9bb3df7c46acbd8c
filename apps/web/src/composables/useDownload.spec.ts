import { describe, expect, it } from 'vitest';
import { errorOfResponse, fileNameOf } from './useDownload';

describe('fileNameOf', () => {
  it('prefers the UTF-8 name', () => {
    expect(
      fileNameOf(`attachment; filename="bao-cao.docx"; filename*=UTF-8''B%C3%A1o%20c%C3%A1o.docx`, 'x'),
    ).toBe('Báo cáo.docx');
    expect(fileNameOf('attachment; filename="phu-luc.xlsx"', 'x')).toBe('phu-luc.xlsx');
    expect(fileNameOf(null, 'phu-luc.pdf')).toBe('phu-luc.pdf');
  });
});

describe('errorOfResponse', () => {
  const json = (status: number, body: unknown) =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

  it('keeps the Vietnamese `{ message }` of a refusal', async () => {
    const error = await errorOfResponse(json(400, { message: 'Kỳ báo cáo không hợp lệ' }));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', message: 'Kỳ báo cáo không hợp lệ' });
  });

  it('treats a route the server lacks as not available yet', async () => {
    const error = await errorOfResponse(
      json(404, { message: 'Cannot GET /api/plans/1/report.docx', statusCode: 404 }),
    );
    expect(error.code).toBe('NOT_AVAILABLE');
    expect((await errorOfResponse(json(404, { message: 'Không tìm thấy kế hoạch' }))).code).toBe('NOT_FOUND');
  });
});
