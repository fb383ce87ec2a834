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
  // Every operation states what it needs (contract/common.ts `needs`); reads are open, and show more to those signed in.
  security: [{}],
  components: {
    securitySchemes: {
      session: { type: 'apiKey', in: 'cookie', name: 'atlas_session', description: 'A signed-in session (the app); writes also need the CSRF token' },
      bearer: { type: 'http', scheme: 'bearer', description: 'A personal API token (or ATLAS_EDITOR_KEY), for scripts and other tools' },
    },
  },
} as const;

/** Where the document is served. */
export const OPENAPI_ROUTES = { ui: '/api/docs', json: '/api/docs/json' } as const;
