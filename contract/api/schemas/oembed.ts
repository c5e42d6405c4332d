/** GET /api/oembed: oEmbed 1.0 (type rich) for this server's /embed/… URLs. */
import { type TSchema, Type } from 'typebox';
import { CLOSED, errorResponses, queryObject, READ_ERRORS } from './common.ts';

export const OEmbedQuerySchema = queryObject({
  url: Type.String({ minLength: 1, maxLength: 2000, description: 'An /embed/… URL of this server' }),
  maxwidth: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000 })),
  maxheight: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000 })),
  format: Type.Unsafe<'json' | 'xml'>({
    type: 'string',
    enum: ['json', 'xml'],
    default: 'json',
    description:
      'The formats oEmbed 1.0 defines; only json is served, xml is answered 501 as oEmbed requires',
  } as TSchema),
});

export const OEmbedResponseSchema = Type.Object(
  {
    version: Type.Literal('1.0'),
    type: Type.Literal('rich'),
    provider_name: Type.String(),
    provider_url: Type.String(),
    title: Type.String(),
    html: Type.String(),
    width: Type.Integer(),
    height: Type.Integer(),
    cache_age: Type.Optional(Type.Integer()),
  },
  CLOSED,
);

export const oembedRoute = {
  method: 'GET' as const,
  url: '/oembed',
  schema: {
    summary: 'oEmbed 1.0 (type rich) for /embed/… URLs of this server',
    querystring: OEmbedQuerySchema,
    response: {
      200: OEmbedResponseSchema,
      ...errorResponses(...READ_ERRORS, 404),
      501: {
        ...errorResponses(400)[400],
        description: 'format=xml (oEmbed 1.0 answers 501 Not Implemented for a format it does not serve)',
      },
    },
  },
};
