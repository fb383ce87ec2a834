/**
 * The service as its own process, for the fault bench's "service killed" scenario: the config from
 * the environment (NEO4J_URI and friends), no seeding; prints one JSON line with its URL when ready.
 */
import { loadConfig } from '../../graph-service/src/config.ts';
import { startServer } from '../../graph-service/src/server.ts';

const server = await startServer(loadConfig(), { log: () => {} });
console.log(JSON.stringify({ url: server.url }));
const stop = async () => {
  await server.close();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
