import { expect } from 'vitest';

/**
 * `expect.poll` with room for a busy machine (its default gives up after one second): what a
 * learner does reaches storage, and then the pages, a moment after the action.
 */
export const poll = <T>(read: () => T | Promise<T>, timeout = 20_000) =>
  expect.poll(read, { timeout });
