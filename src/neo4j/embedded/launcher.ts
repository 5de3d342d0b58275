/**
 * Starts and stops the embedded Neo4j: a real Neo4j Community 5.26 run by neo4j-embedded/Launcher.java
 * in a JVM of its own, with Bolt on 127.0.0.1. The jars come from Maven Central through Maven on
 * first use (cached in ~/.m2 after that).
 */

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';

/** Options of startEmbeddedNeo4j. */
export interface EmbeddedOptions {
  /** Data folder (created if missing). */
  dir: string;
  /** Bolt port on 127.0.0.1. */
  port: number;
  /** Receives each line Neo4j prints; defaults to nothing. */
  log?: (line: string) => void;
  /** How long to wait for the readiness line. */
  timeoutMs?: number;
  /** JVM heap, e.g. "1g". */
  heap?: string;
  /** Page cache in MiB. */
  pageCacheMb?: number;
}

/** A running embedded Neo4j. */
export interface EmbeddedNeo4j {
  uri: string;
  pid: number;
  /** Stops Neo4j with SIGTERM and waits until it has checkpointed and exited. */
  stop(): Promise<void>;
}

/** Thrown when the embedded Neo4j cannot be started; the message says what to do. */
export class EmbeddedNeo4jError extends Error {
  override name = 'EmbeddedNeo4jError';
}

const READY = 'AUTOGRAPH_NEO4J_READY';
const FAILED = 'AUTOGRAPH_NEO4J_FAILED';

const ALTERNATIVES =
  'Or point Autograph at another Neo4j with NEO4J_URI (Aura, a server, a cluster), or run `docker compose up`.';

// Neo4j 5 on Java 17 needs these openings; without java.nio it fails to link DirectByteBuffer.
const JVM_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
];

/** The repository's root: the nearest folder above this file with a package.json. */
export function projectRoot(from: string = __dirname): string {
  let dir = from;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`No package.json above ${from}`);
    dir = parent;
  }
  return dir;
}

/** Fails with a message that names what to install when a command is missing. */
export function requireCommand(command: string, args: string[], what: string): void {
  const result = spawnSync(command, args, { stdio: 'ignore' });
  if (result.error !== undefined) {
    throw new EmbeddedNeo4jError(
      `The embedded Neo4j needs ${what}, but \`${command}\` was not found on PATH. ` +
        `Install it (on Debian: apt-get install ${command === 'java' ? 'openjdk-17-jdk-headless' : 'maven'}). ` +
        ALTERNATIVES,
    );
  }
}

/**
 * Resolves the jars of neo4j-embedded/pom.xml into a classpath, asking Maven the first time (its
 * download progress shows on stderr) and reusing a cached classpath file after that.
 */
export function resolveClasspath(root: string = projectRoot(), report: (line: string) => void = (l) => process.stderr.write(l + '\n')): string {
  const pom = path.join(root, 'neo4j-embedded', 'pom.xml');
  const digest = createHash('sha256').update(fs.readFileSync(pom)).digest('hex').slice(0, 12);
  const cacheFile = path.join(root, '.data', `neo4j-classpath-${digest}.txt`);
  if (fs.existsSync(cacheFile)) {
    const cached = fs.readFileSync(cacheFile, 'utf8').trim();
    if (cached.split(path.delimiter).every((jar) => fs.existsSync(jar))) return cached;
  }
  requireCommand('java', ['-version'], 'Java 17 or later');
  requireCommand('mvn', ['-v'], 'Maven (to fetch the Neo4j jars from Maven Central)');
  report('Fetching the Neo4j 5.26 jars from Maven Central (first run only; cached in ~/.m2)…');
  fs.mkdirSync(path.dirname(cacheFile), { recursive: true });
  const result = spawnSync(
    'mvn',
    [
      '-B',
      '-f',
      pom,
      'org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath',
      '-DincludeScope=runtime',
      `-Dmdep.outputFile=${cacheFile}`,
    ],
    // Maven's "Downloading from central" lines are the progress display.
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
  if (result.status !== 0 || !fs.existsSync(cacheFile)) {
    throw new EmbeddedNeo4jError(
      `Maven could not fetch the Neo4j jars (exit code ${result.status}). Check that Maven Central is reachable. ${ALTERNATIVES}`,
    );
  }
  report('Neo4j jars ready.');
  return fs.readFileSync(cacheFile, 'utf8').trim();
}

/** Starts Neo4j and resolves once it accepts Bolt connections. */
export async function startEmbeddedNeo4j(options: EmbeddedOptions): Promise<EmbeddedNeo4j> {
  const root = projectRoot();
  const classpath = resolveClasspath(root);
  requireCommand('java', ['-version'], 'Java 17 or later');
  fs.mkdirSync(options.dir, { recursive: true });
  const log = options.log ?? (() => undefined);
  const timeoutMs = options.timeoutMs ?? 180_000;

  const child = spawn(
    'java',
    [
      `-Xmx${options.heap ?? '1g'}`,
      ...JVM_FLAGS,
      '-cp',
      classpath,
      path.join(root, 'neo4j-embedded', 'Launcher.java'),
      '--home',
      options.dir,
      '--port',
      String(options.port),
      '--page-cache-mb',
      String(options.pageCacheMb ?? 256),
    ],
    // stdin stays an open pipe: when this process dies, the launcher sees end of input and stops.
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );

  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const tail: string[] = [];
  const remember = (line: string): void => {
    tail.push(line);
    if (tail.length > 20) tail.shift();
    log(line);
  };

  const ready = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new EmbeddedNeo4jError(`Neo4j did not report readiness within ${timeoutMs / 1000} s.\n${tail.join('\n')}`));
    }, timeoutMs);
    const onLine = (line: string): void => {
      remember(line);
      if (line.startsWith(READY)) {
        clearTimeout(timer);
        resolve(line.split(' ')[1] ?? `bolt://127.0.0.1:${options.port}`);
      } else if (line.startsWith(FAILED)) {
        clearTimeout(timer);
        reject(new EmbeddedNeo4jError(explainFailure(line.slice(FAILED.length).trim(), options)));
      }
    };
    readline.createInterface({ input: child.stdout! }).on('line', onLine);
    readline.createInterface({ input: child.stderr! }).on('line', onLine);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new EmbeddedNeo4jError(`Neo4j exited (code ${code}) before it was ready.\n${tail.join('\n')}`));
    });
  });

  let uri: string;
  try {
    uri = await ready;
  } catch (error) {
    await stopChild(child, exited);
    throw error;
  }

  let stopping: Promise<void> | undefined;
  return {
    uri,
    pid: child.pid ?? -1,
    stop: () => (stopping ??= stopChild(child, exited)),
  };
}

async function stopChild(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  // SIGTERM runs the launcher's shutdown hook: checkpoint, release the store lock, exit.
  child.kill('SIGTERM');
  await exited;
}

function explainFailure(reason: string, options: EmbeddedOptions): string {
  if (/lock/i.test(reason)) {
    return `Another Neo4j is already using ${options.dir} (${reason}). Stop it, or set NEO4J_EMBEDDED_DIR to another folder.`;
  }
  if (/bind|address already in use/i.test(reason)) {
    return `Port ${options.port} on 127.0.0.1 is taken (${reason}). Set NEO4J_EMBEDDED_PORT to a free port.`;
  }
  return `Neo4j failed to start: ${reason}`;
}
