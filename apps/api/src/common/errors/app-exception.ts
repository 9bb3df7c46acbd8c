/** The closed set of error codes clients can rely on. */
export enum AppErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  TOO_MANY_REQUESTS = 'TOO_MANY_REQUESTS',
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
}

export const HTTP_STATUS_OF: Record<AppErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  TOO_MANY_REQUESTS: 429,
};

export interface FieldError {
  field: string;
  messages: string[];
}

/** Thrown by services; mapped to GraphQL and HTTP errors in one filter at the edge. */
export class AppException extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'AppException';
  }

  static badInput(message: string, fields?: FieldError[]): AppException {
    return new AppException(AppErrorCode.BAD_USER_INPUT, message, fields ? { fields } : {});
  }

  static notFound(what: string, id: string): AppException {
    return new AppException(AppErrorCode.NOT_FOUND, `Không tìm thấy ${what} có mã ${id}`, { id });
  }

  static forbidden(message = 'Bạn không có quyền thực hiện thao tác này'): AppException {
    return new AppException(AppErrorCode.FORBIDDEN, message);
  }

  static unauthenticated(message = 'Bạn cần đăng nhập để tiếp tục'): AppException {
    return new AppException(AppErrorCode.UNAUTHENTICATED, message);
  }
}
