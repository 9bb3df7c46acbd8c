import type { Page } from 'playwright-core';

export interface JourneyContext {
  page: Page;
  baseUrl: string;
  /** Opens the sign-in page and signs in; resolves once the plans page shows. */
  signIn: (username: string, password?: string) => Promise<void>;
  /** Saves an extra screenshot as e2e/screenshots/<name>.png (one per journey is taken anyway). */
  screenshot: (name: string) => Promise<void>;
  /** Signs out with the header's button; resolves on the sign-in page. */
  signOut: () => Promise<void>;
  /** The plain text of a .docx file on disk (a download's path). */
  docxText: (file: string) => Promise<string>;
  /** The text of seed 003 (the Hà Đông plan and appendix) from ../shared/seeds. */
  seedPlanText: () => Promise<string>;
  /** Throws with the message when the condition is false. */
  check: (condition: unknown, message: string) => void;
}

export interface Journey {
  name: string;
  run: (ctx: JourneyContext) => Promise<void>;
}
