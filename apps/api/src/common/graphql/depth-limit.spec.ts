import { buildSchema, parse, validate } from 'graphql';
import { depthLimitRule, MAX_DEPTH } from './depth-limit';

const schema = buildSchema('type Query { node: Node } type Node { id: ID child: Node }');
const nested = (depth: number) =>
  `{ ${'node { '.repeat(1)}${'child { '.repeat(depth - 1)}id${' }'.repeat(depth)} }`;

describe(depthLimitRule.name, () => {
  it(`accepts ${MAX_DEPTH} levels`, () => {
    expect(validate(schema, parse(nested(MAX_DEPTH)), [depthLimitRule()])).toEqual([]);
  });

  it('refuses one level more, in Vietnamese', () => {
    const errors = validate(schema, parse(nested(MAX_DEPTH + 1)), [depthLimitRule()]);
    expect(errors.map((e) => e.message)).toEqual([`Truy vấn lồng quá sâu (tối đa ${MAX_DEPTH} cấp).`]);
    expect(errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});
