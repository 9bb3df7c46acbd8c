import type { Loaders } from '../../dataloaders/dataloader.service';
import type { AppRequest } from '../auth/request-of';

export interface GqlContext {
  req: AppRequest;
  res: import('express').Response;
  loaders: Loaders;
}
