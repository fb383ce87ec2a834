/** npm run neo4j:fetch|start|stop|status: the managed Neo4j on its own. */
import { loadConfig } from '../graph-service/src/config.ts';
import { badArguments, runCommand } from './exitCodes.ts';
import { stopDetached } from './managedStore.ts';
import { detachedInstance, fetchNeo4j, instanceHome, mainInstanceOptions, startNeo4j } from '../graph-service/src/neo4j/runtime.ts';

const USAGE = 'usage: npm run neo4j:fetch | neo4j:start | neo4j:stop | neo4j:status\n' +
  '  fetch downloads Neo4j once; start runs it on its own (npm start then uses it); stop stops that one; status says whether it runs.\n' +
  '  Exit codes: 0 done, 1 failed, 2 bad arguments, 69 Neo4j could not be started.';

await runCommand(async () => {
  const [command, ...rest] = process.argv.slice(2);
  if (command === '--help' || command === '-h' || rest.includes('--help') || rest.includes('-h')) {
    console.log(USAGE);
    return;
  }
  if (rest.length > 0) throw badArguments(`neo4j: unexpected ${rest.join(' ')}.\n${USAGE}`);
  const config = loadConfig();
  if (command === 'fetch') {
    fetchNeo4j(console.log);
    console.log('Neo4j is fetched.');
  } else if (command === 'start') {
    const running = detachedInstance('main');
    if (running) console.log(`Neo4j is already running (pid ${running.pid}, bolt://127.0.0.1:${running.boltPort}).`);
    else {
      const started = await startNeo4j({ ...mainInstanceOptions(config), detached: true, log: console.log });
      console.log(`Neo4j is running at ${started.uri} (pid ${started.pid}); npm start will use it; npm run neo4j:stop stops it.`);
    }
  } else if (command === 'stop') {
    console.log((await stopDetached()) ? 'Neo4j stopped.' : 'Neo4j is not running.');
  } else if (command === 'status') {
    const running = detachedInstance('main');
    console.log(running
      ? `Neo4j is running (pid ${running.pid}, bolt://127.0.0.1:${running.boltPort}, home ${instanceHome('main')}).`
      : 'Neo4j is not running on its own (npm start runs one for as long as it runs).');
  } else {
    throw badArguments(USAGE);
  }
});
