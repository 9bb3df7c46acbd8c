import { Args, Field, ID, InputType, Int, Mutation, Resolver } from '@nestjs/graphql';
import { IsInt, IsUUID, Max, Min } from 'class-validator';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { PlanModel } from '../plans/dto/plan.model';
import { ImportsService } from './imports.service';

@InputType()
export class CopyPlanInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'phải là một mã (UUID) hợp lệ' })
  planId: string;

  @Field(() => Int)
  @IsInt({ message: 'phải là số nguyên' })
  @Min(2000, { message: 'phải từ năm 2000 trở đi' })
  @Max(2100, { message: 'phải trước năm 2100' })
  year: number;
}

@Resolver()
export class ImportsResolver {
  constructor(private readonly importsService: ImportsService) {}

  @Mutation(() => PlanModel, {
    description: 'Copies a plan to another year: tasks, units and completion times, no progress',
  })
  copyPlanToYear(@CurrentUser() auth: AuthUser, @Args('input') input: CopyPlanInput) {
    return this.importsService.copyPlanToYear(auth, input.planId, input.year);
  }
}
