/** The OpenAPI document's frame; @fastify/swagger fills in the paths from the route schemas. */
import { TAGS } from './common.ts';

export const OPENAPI_DOCUMENT = {
  openapi: '3.1.0',
  info: {
    title: 'Alliance Atlas API',
    version: '1',
    description: 'Read and change the stakeholder graph of community alliances. See graph-service/API.md.',
    license: { name: 'MIT', identifier: 'MIT' },
  },
  servers: [{ url: 'http://127.0.0.1:4173', description: 'A local Atlas with the default HOST and PORT' }],
  tags: [...TAGS],
  // Reads work without the key (people are left out); with it they show everything.
  security: [{}, { editorKey: [] }],
  components: {
    securitySchemes: {
      editorKey: { type: 'http', scheme: 'bearer', description: 'The editor key (ATLAS_EDITOR_KEY): needed to see people and to write when the service has one' },
    },
  },
} as const;

/** Where the document is served. */
export const OPENAPI_ROUTES = { ui: '/api/docs', json: '/api/docs/json' } as const;
