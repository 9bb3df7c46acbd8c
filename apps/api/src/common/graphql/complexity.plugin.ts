import { Plugin } from '@nestjs/apollo';
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

/** The most expensive operation accepted; a whole plan tree with history costs well under it. */
export const MAX_COMPLEXITY = 1000;

/** Refuses over-expensive operations before they run (NestJS complexity recipe). */
@Plugin()
export class ComplexityPlugin implements ApolloServerPlugin {
  constructor(private readonly schemaHost: GraphQLSchemaHost) {}

  async requestDidStart(): Promise<GraphQLRequestListener<object>> {
    const { schema } = this.schemaHost;
    return {
      async didResolveOperation({ request, document }) {
        const complexity = getComplexity({
          schema,
          operationName: request.operationName,
          query: document,
          variables: request.variables,
          estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
        });
        if (complexity > MAX_COMPLEXITY) {
          throw new GraphQLError(
            `Truy vấn quá phức tạp (độ phức tạp ${complexity}, tối đa ${MAX_COMPLEXITY}). Hãy chia nhỏ truy vấn.`,
            { extensions: { code: 'BAD_USER_INPUT', complexity, maxComplexity: MAX_COMPLEXITY } },
          );
        }
      },
    };
  }
}
