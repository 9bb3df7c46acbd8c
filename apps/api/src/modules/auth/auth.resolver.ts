import { Args, Context, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { OrganizationModel, UnitModel } from '../plans/dto/plan.model';
import type { CookieOptions } from 'express';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { Public } from '../../common/auth/public.decorator';
import type { GqlContext } from '../../common/graphql/gql-context';
import { SESSION_COOKIE } from './auth.guard';
import { AuthService } from './auth.service';
import { AuthPayloadModel, MeModel, Role } from './dto/auth-payload.model';
import { ChangePasswordInput } from './dto/change-password.input';

function toMe(user: AuthUser): MeModel {
  return { ...user, role: user.role as Role };
}

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  /** Secure whenever the request came over HTTPS: a commune office may well reach the app by plain HTTP on its LAN. */
  private cookieOptions(ctx: GqlContext): CookieOptions {
    return {
      httpOnly: true,
      sameSite: 'strict',
      secure: ctx.req.secure,
      path: '/',
      maxAge: 12 * 3600 * 1000,
    };
  }

  @Public()
  @Mutation(() => AuthPayloadModel, {
    description: 'Signs in: returns a bearer token and also sets an httpOnly session cookie for the web app',
  })
  async login(
    @Args('username') username: string,
    @Args('password') password: string,
    @Context() ctx: GqlContext,
  ): Promise<AuthPayloadModel> {
    const { token, user } = await this.auth.login(username, password, ctx.req.ip);
    ctx.res?.cookie(SESSION_COOKIE, token, this.cookieOptions(ctx));
    return { token, user: toMe(user) };
  }

  @Public()
  @Mutation(() => Boolean, {
    description: 'Ends the web session (clears the cookie); bearer clients drop their token',
  })
  logout(@Context() ctx: GqlContext): boolean {
    ctx.res?.clearCookie(SESSION_COOKIE, { ...this.cookieOptions(ctx), maxAge: undefined });
    return true;
  }

  @Mutation(() => String, {
    description: 'Changes the password, ends other sessions and returns a new token',
  })
  async changePassword(
    @CurrentUser() user: AuthUser,
    @Args('input') input: ChangePasswordInput,
    @Context() ctx: GqlContext,
  ): Promise<string> {
    const token = await this.auth.changePassword(user, input.currentPassword, input.newPassword);
    ctx.res?.cookie(SESSION_COOKIE, token, this.cookieOptions(ctx));
    return token;
  }

  @Query(() => MeModel)
  me(@CurrentUser() user: AuthUser): MeModel {
    return toMe(user);
  }
}

@Resolver(() => MeModel)
export class MeResolver {
  @ResolveField(() => OrganizationModel)
  organization(me: MeModel, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.organizationById.load(me.organizationId);
  }

  @ResolveField(() => UnitModel, { nullable: true })
  async unit(me: MeModel, _args: unknown, ctx: GqlContext) {
    if (!me.unitId) return null;
    const rows = await ctx.loaders.unitById.load(me.unitId);
    return rows;
  }
}
