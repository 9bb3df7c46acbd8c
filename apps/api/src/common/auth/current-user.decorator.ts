import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { AppException } from '../errors/app-exception';
import type { AuthUser } from './auth-user';
import { requestOf } from './request-of';

export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): AuthUser => {
  const user = requestOf(context).user;
  if (!user) throw AppException.unauthenticated();
  return user;
});
