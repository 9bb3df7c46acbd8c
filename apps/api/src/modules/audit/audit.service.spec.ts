import { diffFields } from './audit.service';

describe(diffFields.name, () => {
  it('keeps only the fields whose values change, with their old and new values', () => {
    expect(diffFields({ title: 'A', code: 'I', position: 0 }, { title: 'B', code: 'I' })).toEqual({
      title: { from: 'A', to: 'B' },
    });
  });

  it('compares arrays by value', () => {
    expect(diffFields({ units: ['x'] }, { units: ['x'] })).toEqual({});
    expect(diffFields({ units: ['x'] }, { units: ['x', 'y'] })).toEqual({
      units: { from: ['x'], to: ['x', 'y'] },
    });
  });
});
