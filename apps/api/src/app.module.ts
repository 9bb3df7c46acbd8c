import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module, ValidationPipe } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import * as path from 'path';
import { AppExceptionFilter } from './common/errors/app-exception.filter';
import { ComplexityPlugin } from './common/graphql/complexity.plugin';
import { depthLimitRule } from './common/graphql/depth-limit';
import { validationExceptionFactory } from './common/errors/validation-exception.factory';
import { AppConfig } from './config/app-config';
import { DataloaderModule } from './dataloaders/dataloader.module';
import { DataloaderService } from './dataloaders/dataloader.service';
import { dataSourceOptions } from './database/data-source-options';
import { QueryCounter } from './database/query-counter';
import { AccessModule } from './modules/access/access.module';
import { AuditModule } from './modules/audit/audit.module';
import { AuthModule } from './modules/auth/auth.module';
import { PlansModule } from './modules/plans/plans.module';
import { ProgressModule } from './modules/progress/progress.module';
import { ReportsModule } from './modules/reports/reports.module';
import { ImportsModule } from './modules/imports/imports.module';
import { AdminModule } from './modules/admin/admin.module';
import { UnitsModule } from './modules/units/units.module';

export interface AppModuleOptions {
  config: AppConfig;
  databaseUrl: string;
  poolSize?: number;
  queryCounter?: QueryCounter;
}

@Module({})
export class AppModule {
  static forRoot({
    config,
    databaseUrl,
    poolSize,
    queryCounter = new QueryCounter(),
  }: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        TypeOrmModule.forRoot(dataSourceOptions(databaseUrl, queryCounter, poolSize)),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [DataloaderModule],
          inject: [DataloaderService],
          useFactory: (loaders: DataloaderService) => ({
            autoSchemaFile:
              config.NODE_ENV === 'development' ? path.resolve(__dirname, '../schema.graphql') : true,
            sortSchema: true,
            playground: false,
            graphiql: !config.isProduction,
            introspection: !config.isProduction,
            validationRules: [depthLimitRule()],
            // No HTTP caching of GraphQL answers, so the per-field cache-control bookkeeping is pure cost.
            plugins: [ApolloServerPluginCacheControlDisabled()],
            context: ({ req, res }: { req: unknown; res: unknown }) => ({
              req,
              res,
              loaders: loaders.create(),
            }),
          }),
        }),
        AccessModule,
        AuditModule,
        AuthModule,
        UnitsModule,
        PlansModule,
        ProgressModule,
        ReportsModule,
        ImportsModule,
        AdminModule,
      ],
      providers: [
        { provide: AppConfig, useValue: config },
        { provide: QueryCounter, useValue: queryCounter },
        { provide: APP_FILTER, useClass: AppExceptionFilter },
        ComplexityPlugin,
        {
          provide: APP_PIPE,
          useValue: new ValidationPipe({
            transform: true,
            whitelist: true,
            forbidUnknownValues: false,
            exceptionFactory: validationExceptionFactory,
          }),
        },
      ],
      exports: [AppConfig, QueryCounter],
    };
  }
}
