/** The API's version, reported by /api/health and the OpenAPI document. */
export const API_VERSION = '0.2.0';
