import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../graph-service/src/config.ts';

describe('loadConfig', () => {
  it('fills defaults: port 4173 on 127.0.0.1 and the managed Neo4j', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 4173, HOST: '127.0.0.1', NEO4J_DATABASE: 'neo4j', NEO4J_BOLT_PORT: 7687 });
    expect(config.NEO4J_URI).toBeUndefined();
  });

  it('reads numbers from the environment', () => {
    expect(loadConfig({ PORT: '8080', NEO4J_BOLT_PORT: '7799' })).toMatchObject({ PORT: 8080, NEO4J_BOLT_PORT: 7799 });
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT/],
    [{ PORT: '70000' }, /PORT/],
    [{ NEO4J_URI: 'http://example.org' }, /NEO4J_URI/],
    [{ NEO4J_URI: 'neo4j+s://x.databases.neo4j.io' }, /NEO4J_PASSWORD/],
    [{ NEO4J_HEAP: 'lots' }, /NEO4J_HEAP/],
  ])('rejects %o with a message naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('accepts a remote Neo4j with credentials', () => {
    const config = loadConfig({ NEO4J_URI: 'neo4j+s://x.databases.neo4j.io', NEO4J_PASSWORD: 'p', NEO4J_DATABASE: 'atlas' });
    expect(config).toMatchObject({ NEO4J_URI: 'neo4j+s://x.databases.neo4j.io', NEO4J_DATABASE: 'atlas' });
  });
});
