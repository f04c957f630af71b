import { defineConfig } from 'vitest/config';

// Unit tests of the pure modules; ui-tests/ holds the Galata tests, run by Playwright.
export default defineConfig({
  test: {
    include: ['src/**/*.spec.ts'],
    environment: 'node'
  }
});
