import depthLimit from 'graphql-depth-limit';
import { GraphQLError, ValidationContext } from 'graphql';

/** A plan tree with its history is 7 levels deep; anything much deeper is refused before it runs. */
export const MAX_DEPTH = 10;

export function depthLimitRule() {
  const rule = depthLimit(MAX_DEPTH);
  return (context: ValidationContext) =>
    rule(
      new Proxy(context, {
        get(target, prop, receiver) {
          if (prop === 'reportError') {
            return () =>
              target.reportError(
                new GraphQLError(`Truy vấn lồng quá sâu (tối đa ${MAX_DEPTH} cấp).`, {
                  extensions: { code: 'BAD_USER_INPUT', maxDepth: MAX_DEPTH },
                }),
              );
          }
          const value = Reflect.get(target, prop, receiver);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      }),
    );
}
