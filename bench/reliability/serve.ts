/**
 * The service for the soak, in a process of its own (so the load's clients do not share its
 * thread): started as `npm start` starts it, on the Neo4j the environment names, on a free port.
 * Prints its address as one JSON line; SIGTERM stops it.
 */
import { loadConfig } from '../../graph-service/src/config.ts';
import { startServer } from '../../graph-service/src/server.ts';

const server = await startServer(loadConfig({ ...process.env, PORT: '0' }), { log: () => {} });
console.log(JSON.stringify({ url: server.url }));
process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));
