import { Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../common/graphql/gql-context';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { UnitModel } from '../plans/dto/plan.model';
import { UnitsService } from './units.service';

@Resolver(() => UnitModel)
export class UnitsResolver {
  constructor(private readonly unitsService: UnitsService) {}

  @Query(() => [UnitModel], { description: "The signed-in user's organization's units, groups included" })
  units(@CurrentUser() auth: AuthUser): Promise<UnitModel[]> {
    return this.unitsService.listUnits(auth);
  }

  @ResolveField(() => [UnitModel], {
    description: "For a group: the units whose officers act for the group's tasks",
  })
  members(unit: UnitModel, _args: unknown, ctx: GqlContext) {
    return unit.isGroup ? ctx.loaders.membersByGroup.load(unit.id) : [];
  }
}
