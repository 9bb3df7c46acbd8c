import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppErrorCode, AppException } from '../../common/errors/app-exception';
import { hashPassword, verifyPassword } from '../users/password-hasher';
import { toAuthUser, UsersService } from '../users/users.service';
import { LoginThrottle } from './login-throttle';

interface TokenPayload {
  sub: string;
  sv: number;
}

// Verifying against a throwaway hash when the user is unknown keeps the timing of both failures alike.
const DUMMY_HASH =
  '$argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHRzb21lc2FsdA$wJg5Y5l6fYq3lJpVwWb8m6m9iH1i4zXcNn0X0Yx0b1Q';
const WRONG_CREDENTIALS = 'Tên đăng nhập hoặc mật khẩu không đúng';

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersService,
    private readonly jwt: JwtService,
    private readonly throttle: LoginThrottle,
  ) {}

  async login(
    username: string,
    password: string,
    address = 'unknown',
  ): Promise<{ token: string; user: AuthUser }> {
    const keys = [`user:${username.trim().toLowerCase()}`, `address:${address}`];
    const wait = this.throttle.waitFor(keys);
    if (wait > 0) {
      throw new AppException(
        AppErrorCode.TOO_MANY_REQUESTS,
        `Đăng nhập sai nhiều lần. Vui lòng thử lại sau ${Math.ceil(wait / 1000)} giây.`,
        { retryAfterSeconds: Math.ceil(wait / 1000) },
      );
    }
    const user = await this.users.findByUsername(username);
    const valid = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password);
    if (!user || !user.active || !valid) {
      this.throttle.recordFailure(keys);
      throw AppException.unauthenticated(WRONG_CREDENTIALS);
    }
    this.throttle.recordSuccess(keys);
    const token = await this.jwt.signAsync({ sub: user.id, sv: user.sessionVersion } satisfies TokenPayload);
    return { token, user: toAuthUser(user) };
  }

  /** The user a token belongs to, or null when the token is invalid, expired, revoked or the user is gone. */
  async userFromToken(token: string): Promise<AuthUser | null> {
    try {
      const payload = await this.jwt.verifyAsync<TokenPayload>(token);
      return await this.users.findActiveAuthUser(payload.sub, payload.sv);
    } catch {
      return null;
    }
  }

  /** Changes the password and ends every other session; returns a fresh token for this one. */
  async changePassword(auth: AuthUser, currentPassword: string, newPassword: string): Promise<string> {
    const user = await this.users.findById(auth.id);
    if (!user || !(await verifyPassword(user.passwordHash, currentPassword))) {
      throw AppException.badInput('Dữ liệu không hợp lệ — currentPassword: mật khẩu hiện tại không đúng', [
        { field: 'currentPassword', messages: ['mật khẩu hiện tại không đúng'] },
      ]);
    }
    if (currentPassword === newPassword) {
      throw AppException.badInput(
        'Dữ liệu không hợp lệ — newPassword: mật khẩu mới phải khác mật khẩu hiện tại',
        [{ field: 'newPassword', messages: ['mật khẩu mới phải khác mật khẩu hiện tại'] }],
      );
    }
    const sessionVersion = await this.users.setPassword(auth, user.id, await hashPassword(newPassword));
    return this.jwt.signAsync({ sub: user.id, sv: sessionVersion } satisfies TokenPayload);
  }
}
