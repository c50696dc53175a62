/**
 * `node --import tsx bench/freight/run-routing.ts`: only the route-planning part of the bench. In process, no
 * database: the shipped network is read from its dataset file, the 50,000-node network generated from a fixed seed.
 */
import { benchFreightRouting, readRoutingBenchConfig } from './routing-bench.ts';

const benchStart = performance.now();
const log = (line: string) =>
  console.log(`[${((performance.now() - benchStart) / 1000).toFixed(0).padStart(4)} s] ${line}`);

const result = await benchFreightRouting({ config: readRoutingBenchConfig(), log });
process.exit(result.meetsTarget ? 0 : 1);
