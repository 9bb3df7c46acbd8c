import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { Me, Role } from '@/graphql/types';

const TOKEN_KEY = 'kstthc.token';
const USER_KEY = 'kstthc.user';

function readUser(): Me | null {
  try {
    const raw = sessionStorage.getItem(USER_KEY);
    return raw ? (JSON.parse(raw) as Me) : null;
  } catch {
    return null;
  }
}

/** The signed-in user and bearer token; kept in sessionStorage so a tab reload keeps the session. */
export const useAuthStore = defineStore('auth', () => {
  const token = ref<string | null>(sessionStorage.getItem(TOKEN_KEY));
  const user = ref<Me | null>(readUser());
  const organizationName = ref<string | null>(null);

  const isSignedIn = computed(() => !!token.value && !!user.value);
  const role = computed<Role | null>(() => user.value?.role ?? null);
  const canAssign = computed(() => role.value === 'ADMIN' || role.value === 'LEADER');
  const canImport = canAssign;

  function signIn(newToken: string, newUser: Me): void {
    token.value = newToken;
    user.value = newUser;
    sessionStorage.setItem(TOKEN_KEY, newToken);
    sessionStorage.setItem(USER_KEY, JSON.stringify(newUser));
  }

  function signOut(): void {
    token.value = null;
    user.value = null;
    organizationName.value = null;
    sessionStorage.removeItem(TOKEN_KEY);
    sessionStorage.removeItem(USER_KEY);
  }

  return { token, user, organizationName, isSignedIn, role, canAssign, canImport, signIn, signOut };
});
