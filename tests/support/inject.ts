import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';

/** GET through app.inject(), asserting the status, returning the parsed JSON. */
export async function getJson<T>(app: FastifyInstance, url: string, status = 200): Promise<T> {
  const response = await app.inject({ method: 'GET', url });
  expect(response.statusCode, response.body.slice(0, 500)).toBe(status);
  return response.json() as T;
}

export const enc = encodeURIComponent;
