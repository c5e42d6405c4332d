import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifySchemaCompiler } from 'fastify';

/**
 * Request validation with the route schemas. Parameters and query strings arrive as text, so they are
 * coerced to the schema's types and filled with its defaults; bodies are JSON and are taken as sent (a
 * number sent as a string is an error, an unknown property is an error, nothing is silently dropped).
 * Errors are verbose so that the error answer can use a schema's own explanation (`x-invalid`).
 */
function ajv(options: { coerceTypes: boolean | 'array' }): Ajv {
  const instance = new Ajv({
    coerceTypes: options.coerceTypes,
    useDefaults: true,
    removeAdditional: false,
    allErrors: false,
    verbose: true,
    strict: false,
    // A body of several shapes told apart by one property (a correction's `op`) is checked against the
    // shape it names, and its errors are that shape's.
    discriminator: true,
  });
  addFormats(instance);
  return instance;
}

const forParameters = ajv({ coerceTypes: 'array' });
const forBodies = ajv({ coerceTypes: false });

/** Raw uploads (page scrapes, HTML in any charset) reach the handler as bytes, whatever they hold. */
const isBinary = (schema: unknown) =>
  typeof schema === 'object' && schema !== null && (schema as { format?: unknown }).format === 'binary';

const acceptBytes = ((value: unknown) =>
  Buffer.isBuffer(value) || typeof value === 'string') as unknown as ValidateFunction;

export const validatorCompiler: FastifySchemaCompiler<unknown> = ({ schema, httpPart }) => {
  if (httpPart === 'body') return isBinary(schema) ? acceptBytes : forBodies.compile(schema as object);
  return forParameters.compile(schema as object);
};

/** Answers are written as they are: their shapes are checked by the contract test, never trimmed silently. */
export const serializerCompiler = () => (data: unknown) => JSON.stringify(data);
