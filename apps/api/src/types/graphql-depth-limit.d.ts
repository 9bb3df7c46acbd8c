declare module 'graphql-depth-limit' {
  import type { ASTVisitor, ValidationContext } from 'graphql';
  export default function depthLimit(maxDepth: number): (context: ValidationContext) => ASTVisitor;
}
