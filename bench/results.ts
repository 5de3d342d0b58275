/** The shape of a benchmark run's results (bench/results/latest.json), shared by the harness and the report. */

import type { ContenderId } from './contenders';
import type { WorkloadId } from './workloads';

/** W1–W6, or W7: the mix. */
export type BenchWorkloadId = WorkloadId | 'W7';

export interface Measurement {
  scale: number;
  contender: ContenderId;
  workload: BenchWorkloadId;
  /** Requests per second over the timed rounds. */
  throughput: number;
  requests: number;
  errors: number;
  p50: number;
  p95: number;
  p99: number;
  /** Cypher statements one request runs (x-autograph-cypher-queries; the mix's mean for W7). */
  queriesPerRequest: number;
  /** CPU time of the contender's server process per request, in ms. */
  serverCpuMsPerRequest: number;
  /** CPU time of Neo4j per request while this contender was measured, in ms. */
  neo4jCpuMsPerRequest: number;
  /** Peak RSS of the contender's server while this workload ran, in MiB. */
  peakRssMb: number;
  /** `match` when the answer equals Autograph's, else the first difference. */
  answer: string;
}

export interface ScaleInfo {
  scale: number;
  nodes: number;
  relationships: number;
  /** Seconds it took to load the synthetic part. */
  loadSeconds: number;
}

export interface BenchResults {
  startedAt: string;
  finishedAt: string;
  machine: { cpus: number; cpuModel: string; memoryGiB: number; os: string; node: string; neo4j: string };
  settings: { connections: number; warmupSeconds: number; roundSeconds: number; rounds: number; seed: number };
  contenders: { id: ContenderId; label: string }[];
  workloads: { id: BenchWorkloadId; title: string; depth: number }[];
  scales: ScaleInfo[];
  measurements: Measurement[];
}
