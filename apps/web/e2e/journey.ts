import type { Page } from 'playwright-core';

export interface JourneyContext {
  page: Page;
  baseUrl: string;
  /** Opens the sign-in page and signs in; resolves once the plans page shows. */
  signIn: (username: string, password?: string) => Promise<void>;
  /** Saves an extra screenshot as e2e/screenshots/<name>.png (one per journey is taken anyway). */
  screenshot: (name: string) => Promise<void>;
  /** Throws with the message when the condition is false. */
  check: (condition: unknown, message: string) => void;
}

export interface Journey {
  name: string;
  run: (ctx: JourneyContext) => Promise<void>;
}
