import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'isPublic';

/** Marks a resolver or route that needs no signed-in user (sign-in itself, health). */
export const Public = () => SetMetadata(IS_PUBLIC, true);
