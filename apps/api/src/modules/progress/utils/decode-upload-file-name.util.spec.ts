import { decodeUploadFileName } from './decode-upload-file-name.util';

describe(decodeUploadFileName.name, () => {
  it.each([
    [Buffer.from('Kế hoạch 90.pdf', 'utf8').toString('latin1'), 'Kế hoạch 90.pdf'],
    ['plain.pdf', 'plain.pdf'],
    ['Kế hoạch.pdf', 'Kế hoạch.pdf'],
    ['caf\u00e9.pdf', 'caf\u00e9.pdf'],
  ])('%s → %s', (input, expected) => {
    expect(decodeUploadFileName(input)).toBe(expected);
  });
});
