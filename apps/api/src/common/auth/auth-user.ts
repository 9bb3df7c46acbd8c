import type { UserRole } from '../../modules/users/entities/user.entity';

/** The signed-in user as every service sees it. */
export interface AuthUser {
  id: string;
  username: string;
  fullName: string;
  role: UserRole;
  organizationId: string;
  unitId: string | null;
}
