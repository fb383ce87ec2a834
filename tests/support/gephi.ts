/**
 * Gephi 0.10 for the read-back tests: the Gephi Toolkit (Gephi's own import and export code, one
 * jar on Maven Central), fetched once with Maven into .gephi/, and GephiFiles.java run on it.
 * `npm run gephi:fetch` fetches it ahead (the CI does, beside Neo4j); the tests fetch it on first use.
 */
import { execFile, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const GEPHI_VERSION = '0.10.1';
const ARTIFACT = `org.gephi:gephi-toolkit:${GEPHI_VERSION}:jar:all`;
const DIR = path.join(REPO, '.gephi');
export const GEPHI_JAR = path.join(DIR, `gephi-toolkit-${GEPHI_VERSION}-all.jar`);
const PROGRAM = path.join(REPO, 'tests/fixtures/interop/gephi/GephiFiles.java');

/** The toolkit's jar, fetched with Maven the first time. */
export function gephiJar(): string {
  if (existsSync(GEPHI_JAR)) return GEPHI_JAR;
  const mvn = spawnSync('mvn', ['-B', '-q', 'org.apache.maven.plugins:maven-dependency-plugin:3.6.1:copy', `-Dartifact=${ARTIFACT}`, `-DoutputDirectory=${DIR}`], { encoding: 'utf8' });
  if (mvn.error || mvn.status !== 0 || !existsSync(GEPHI_JAR)) {
    throw new Error(`gephi: could not fetch ${ARTIFACT} from Maven Central with Maven (is mvn installed and the network reachable?)\n${mvn.stdout ?? ''}${mvn.stderr ?? String(mvn.error ?? '')}`);
  }
  return GEPHI_JAR;
}

/** What Gephi sees when it opens a file (GephiFiles.java read). */
export interface GephiRead {
  version: string;
  nodes: number;
  ties: number;
  directedTies: number;
  weightSum: number;
  labelled: number;
  positions: number;
  coloured: number;
  /** "node:Title:Type" and "edge:Title:Type" for each attribute column. */
  columns: string[];
  /** The import report, "LEVEL: message" (INFO, WARNING, SEVERE, CRITICAL). */
  issues: string[];
}

const run = promisify(execFile);

/** What Gephi sees in each file, in order: one Java start for them all (starting Gephi costs seconds). */
export async function readInGephi(files: string[]): Promise<GephiRead[]> {
  const { stdout } = await run('java', ['-Djava.awt.headless=true', '-cp', gephiJar(), PROGRAM, 'read', ...files], { maxBuffer: 64 * 1024 * 1024 });
  const reads = stdout.split('\n').filter((line) => line.startsWith('{')).map((line) => JSON.parse(line) as GephiRead);
  if (reads.length !== files.length) throw new Error(`gephi: ${reads.length} answers for ${files.length} files:\n${stdout.slice(-2000)}`);
  return reads;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(`Gephi Toolkit ${GEPHI_VERSION}: ${gephiJar()}`);
}
