import { ArgumentsHost, Catch, HttpException, Logger } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import type { Response } from 'express';
import { GraphQLError } from 'graphql';
import { AppErrorCode, AppException, HTTP_STATUS_OF } from './app-exception';

const CODE_OF_HTTP_STATUS: Record<number, AppErrorCode> = {
  400: AppErrorCode.BAD_USER_INPUT,
  401: AppErrorCode.UNAUTHENTICATED,
  403: AppErrorCode.FORBIDDEN,
  404: AppErrorCode.NOT_FOUND,
  409: AppErrorCode.CONFLICT,
  413: AppErrorCode.PAYLOAD_TOO_LARGE,
  429: AppErrorCode.TOO_MANY_REQUESTS,
};

function toAppException(exception: unknown): AppException | null {
  if (exception instanceof AppException) return exception;
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const code = CODE_OF_HTTP_STATUS[status];
    if (!code) return null;
    const response = exception.getResponse();
    const raw = typeof response === 'string' ? response : (response as { message?: unknown }).message;
    const message = Array.isArray(raw) ? raw.join('; ') : String(raw ?? exception.message);
    // Framework refusals arrive in English; the ones a user can meet are said again in Vietnamese.
    if (code === AppErrorCode.PAYLOAD_TOO_LARGE)
      return new AppException(code, 'Tệp hoặc dữ liệu gửi lên quá lớn (tối đa 10 MB).');
    if (status === 404 && /^Cannot (GET|POST|PUT|DELETE)/.test(message))
      return new AppException(code, 'Không tìm thấy địa chỉ này.');
    return new AppException(code, message);
  }
  return null;
}

/** The one place where domain errors become GraphQL errors (with a stable `code`) or HTTP JSON `{ message }`. */
@Catch()
export class AppExceptionFilter implements GqlExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost) {
    const known = toAppException(exception);
    if (!known) this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    const code = known?.code ?? 'INTERNAL_SERVER_ERROR';
    const message = known?.message ?? 'Đã có lỗi không mong muốn ở máy chủ. Vui lòng thử lại sau.';

    if (host.getType<string>() === 'graphql') {
      return new GraphQLError(message, { extensions: { code, ...(known?.details ?? {}) } });
    }
    const response = host.switchToHttp().getResponse<Response>();
    const status = known ? HTTP_STATUS_OF[known.code] : 500;
    response.status(status).json({ message, code, ...(known?.details ?? {}) });
  }
}
