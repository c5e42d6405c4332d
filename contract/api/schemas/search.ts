/** GET /api/search: ranked hits by Chinese, pinyin, initials, traditional characters or English. */
import { Type } from 'typebox';
import {
  CLOSED,
  EntityTypeList,
  errorResponses,
  nullable,
  plainText,
  queryObject,
  READ_ERRORS,
} from './common.ts';
import { EntityTypeSchema } from './graph.ts';

export const SearchQuerySchema = queryObject({
  q: plainText(
    100,
    1,
    'Words in Chinese, pinyin (lihongzhen, li hongzhen), initials (lhz), traditional or English',
  ),
  types: Type.Optional(EntityTypeList),
  limit: Type.Integer({ minimum: 1, maximum: 50, default: 10 }),
});

export const SearchHitSchema = Type.Object(
  {
    id: Type.String(),
    type: EntityTypeSchema,
    kind: nullable(Type.String()),
    name: Type.String(),
    /** The alias, pinyin or variant that matched when it was not the name. */
    matched: nullable(Type.String()),
    articleCount: Type.Integer({ minimum: 0 }),
    score: Type.Number(),
  },
  CLOSED,
);

export const SearchResultSchema = Type.Object(
  {
    query: Type.String(),
    hits: Type.Array(SearchHitSchema),
    groups: Type.Array(Type.Object({ type: EntityTypeSchema, count: Type.Integer({ minimum: 0 }) }, CLOSED)),
  },
  CLOSED,
);

export const searchRoute = {
  method: 'GET' as const,
  url: '/search',
  schema: {
    summary: 'Entities by name, ranked and grouped by type',
    querystring: SearchQuerySchema,
    response: { 200: SearchResultSchema, ...errorResponses(...READ_ERRORS) },
  },
};
