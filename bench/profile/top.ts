/**
 * Reads a .cpuprofile (drive.ts --prof): self time and inclusive time per function, and optionally
 * the call stacks under one function.
 *   node --import tsx bench/profile/top.ts <file> [count] [inclusive-filter] [callers-of]
 * The V8 profiler samples wall time: time a thread spends descheduled inside a system call (a
 * socket write on a busy 2-core machine) shows as that call's self time; cross-check with the CPU
 * time per request that drive.ts prints.
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

const [file, countArg, filter, callersOf] = process.argv.slice(2);
const count = Number(countArg ?? 40);
const profile = JSON.parse(readFileSync(file, 'utf8')) as { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const time = new Map<number, number>();
profile.samples.forEach((id, i) => {
  time.set(id, (time.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
});
const total = [...time.values()].reduce((a, b) => a + b, 0);

const nameOf = (n: ProfileNode) => {
  const url = n.callFrame.url.replace(/^file:\/\/.*?\/(src|bench|test)\//, '$1/').replace(/.*node_modules\//, 'nm:');
  return `${n.callFrame.functionName || '(anon)'} ${url}:${n.callFrame.lineNumber + 1}`;
};
const self = new Map<string, number>();
const inclusive = new Map<string, number>();
for (const [id, t] of time) {
  const node = byId.get(id) as ProfileNode;
  self.set(nameOf(node), (self.get(nameOf(node)) ?? 0) + t);
  const seen = new Set<string>();
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const name = nameOf(byId.get(cur) as ProfileNode);
    if (seen.has(name)) continue;
    seen.add(name);
    inclusive.set(name, (inclusive.get(name) ?? 0) + t);
  }
}
const pct = (t: number) => ((100 * t) / total).toFixed(1).padStart(5);
const top = (m: Map<string, number>, keep: (k: string) => boolean = () => true) =>
  [...m]
    .filter(([k]) => keep(k))
    .sort((a, b) => b[1] - a[1])
    .slice(0, count);
console.log(`total ${(total / 1e6).toFixed(2)} s sampled`);
console.log('--- self');
for (const [k, t] of top(self)) console.log(pct(t), k);
console.log(`--- inclusive${filter ? ` (${filter})` : ''}`);
for (const [k, t] of top(inclusive, (k) => !filter || k.includes(filter))) console.log(pct(t), k);
if (callersOf) {
  const stacks = new Map<string, number>();
  for (const [id, t] of time) {
    if (!nameOf(byId.get(id) as ProfileNode).startsWith(callersOf)) continue;
    const chain: string[] = [];
    for (let cur = parent.get(id), d = 0; cur !== undefined && d < 10; cur = parent.get(cur), d++)
      chain.push(nameOf(byId.get(cur) as ProfileNode));
    stacks.set(chain.join(' < '), (stacks.get(chain.join(' < ')) ?? 0) + t);
  }
  console.log(`--- callers of ${callersOf}`);
  for (const [k, t] of top(stacks)) console.log(pct(t), k);
}
