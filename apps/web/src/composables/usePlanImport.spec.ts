import { describe, expect, it } from 'vitest';
import { importBody, validateImportSource, validatePlanYear } from './usePlanImport';

describe('validateImportSource', () => {
  it('needs a file or pasted text', () => {
    expect(validateImportSource(null, '  ')).toEqual({ source: 'import.sourceRequired' });
    expect(validateImportSource(null, 'I\tNhiệm vụ')).toEqual({});
    expect(validateImportSource(new File(['x'], 'ke-hoach.DOCX'), '')).toEqual({});
  });

  it('refuses other file types', () => {
    expect(validateImportSource(new File(['x'], 'ke-hoach.pdf'), '')).toEqual({ file: 'import.fileType' });
  });
});

describe('importBody', () => {
  it('sends the file when there is one, else the text', () => {
    const file = new File(['x'], 'kh.xlsx');
    expect(importBody(file, 'ignored').get('file')).toBeInstanceOf(File);
    expect(importBody(file, 'ignored').get('text')).toBeNull();
    expect(importBody(null, 'I\tNhiệm vụ').get('text')).toBe('I\tNhiệm vụ');
  });
});

describe('plan title and year on confirmation', () => {
  it('are sent only when given', () => {
    const body = importBody(null, 'x', { title: ' Kế hoạch 2027 ', year: 2027 });
    expect(body.get('title')).toBe('Kế hoạch 2027');
    expect(body.get('year')).toBe('2027');
    expect(importBody(null, 'x', { title: ' ', year: null }).get('title')).toBeNull();
  });

  it('checks the year', () => {
    expect(validatePlanYear(null)).toEqual({});
    expect(validatePlanYear(2026)).toEqual({});
    expect(validatePlanYear(1999)).toEqual({ year: 'import.yearInvalid' });
  });
});
