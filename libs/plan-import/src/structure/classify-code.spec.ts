import { classifyCode } from './classify-code';

describe('classifyCode', () => {
  it.each([
    ['', { kind: 'none' }],
    ['  ', { kind: 'none' }],
    ['I', { kind: 'section', code: 'I' }],
    ['XIV.', { kind: 'section', code: 'XIV' }],
    ['1', { kind: 'content', code: '1' }],
    ['08', { kind: 'content', code: '8' }],
    ['3.', { kind: 'content', code: '3' }],
    ['2.1', { kind: 'task', code: '2.1', contentCode: '2' }],
    ['2,10', { kind: 'task', code: '2.10', contentCode: '2' }],
    ['2 .3', { kind: 'task', code: '2.3', contentCode: '2' }],
    ['c)', { kind: 'unknown', text: 'c)' }],
    ['IIII', { kind: 'unknown', text: 'IIII' }],
    ['ii', { kind: 'unknown', text: 'ii' }],
    ['2.1.1', { kind: 'unknown', text: '2.1.1' }],
    ['-', { kind: 'unknown', text: '-' }],
  ])('%j', (cell, expected) => {
    expect(classifyCode(cell)).toEqual(expected);
  });
});
