/**
 * Run as a child process by the runtime test: starts an attached Neo4j, prints its pid,
 * then waits. Ctrl-C/SIGTERM stop it cleanly; a SIGKILL leaves the JVM to notice on its own.
 */
import { startNeo4j } from '../../graph-service/src/neo4j/runtime.ts';

const [name, port] = process.argv.slice(2);
const neo4j = await startNeo4j({ name, boltPort: Number(port), heap: '512m', pageCache: '64m' });
const stop = async () => {
  await neo4j.stop();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
console.log(JSON.stringify({ javaPid: neo4j.pid }));
setInterval(() => {}, 60_000);
