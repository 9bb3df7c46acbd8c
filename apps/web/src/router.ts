import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router';
import { useAuthStore } from '@/stores/useAuthStore';
import type { Role } from '@/graphql/types';

declare module 'vue-router' {
  interface RouteMeta {
    public?: boolean;
    roles?: Role[];
  }
}

// Every screen is its own chunk: the sign-in page does not download the plan table or the charts.
const routes: RouteRecordRaw[] = [
  { path: '/', redirect: { name: 'plans' } },
  {
    path: '/dang-nhap',
    name: 'sign-in',
    component: () => import('@/pages/sign-in/SignInPage.vue'),
    meta: { public: true },
  },
  { path: '/ke-hoach', name: 'plans', component: () => import('@/pages/plans/PlansPage.vue') },
  {
    path: '/ke-hoach/:id',
    name: 'plan',
    component: () => import('@/pages/plan/PlanTreePage.vue'),
    props: true,
  },
  {
    path: '/ke-hoach/:id/tong-quan',
    name: 'dashboard',
    component: () => import('@/pages/dashboard/DashboardPage.vue'),
    props: true,
  },
  {
    path: '/ke-hoach/:id/bao-cao',
    name: 'reports',
    component: () => import('@/pages/reports/ReportsPage.vue'),
    props: true,
  },
  {
    path: '/ke-hoach/:id/lich-su',
    name: 'plan-history',
    component: () => import('@/pages/plan-history/PlanHistoryPage.vue'),
    props: true,
    meta: { roles: ['ADMIN', 'LEADER'] },
  },
  {
    path: '/nhiem-vu-cua-don-vi',
    name: 'my-tasks',
    component: () => import('@/pages/my-tasks/MyTasksPage.vue'),
  },
  {
    path: '/nhap-ke-hoach',
    name: 'import',
    component: () => import('@/pages/import/ImportPage.vue'),
    meta: { roles: ['ADMIN', 'LEADER'] },
  },
  {
    path: '/quan-tri',
    name: 'admin',
    component: () => import('@/pages/admin/AdminPage.vue'),
    meta: { roles: ['ADMIN'] },
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('@/pages/not-found/NotFoundPage.vue'),
  },
];

export const router = createRouter({ history: createWebHistory(), routes });

router.beforeEach((to) => {
  const auth = useAuthStore();
  if (to.meta.public) return to.name === 'sign-in' && auth.isSignedIn ? { name: 'plans' } : true;
  if (!auth.isSignedIn) return { name: 'sign-in', query: { redirect: to.fullPath } };
  if (to.meta.roles && (!auth.role || !to.meta.roles.includes(auth.role))) return { name: 'plans' };
  return true;
});
