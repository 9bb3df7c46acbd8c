import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { IS_PUBLIC } from '../../common/auth/public.decorator';
import { AppRequest, requestOf } from '../../common/auth/request-of';
import { AppException } from '../../common/errors/app-exception';
import { AuthService } from './auth.service';

export const SESSION_COOKIE = 'kstthc_session';

function tokenOf(req: AppRequest): string | null {
  const header = req.headers?.authorization;
  if (header?.startsWith('Bearer ')) return header.slice('Bearer '.length).trim();
  const cookies = (req as { cookies?: Record<string, string> }).cookies;
  return cookies?.[SESSION_COOKIE] ?? null;
}

/** Every query and route needs a signed-in user unless marked @Public(). */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (isPublic) return true;
    const req = requestOf(context);
    if (req.user) return true;
    const token = tokenOf(req);
    if (!token) throw AppException.unauthenticated();
    const user = await this.auth.userFromToken(token);
    if (!user)
      throw AppException.unauthenticated(
        'Phiên đăng nhập đã hết hạn hoặc không hợp lệ. Vui lòng đăng nhập lại.',
      );
    req.user = user;
    return true;
  }
}
