import type { TraceEvent } from './trace';

// JavaScript functions by self and total time, from the CPU samples of a trace.

export interface FunctionShare {
  name: string;
  /** Source module and line, where known. */
  where: string;
  selfMs: number;
  selfShare: number;
  totalMs: number;
  totalShare: number;
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}

interface Profile {
  start: number;
  /** The thread of its Profile event. */
  tid?: number;
  nodes: Map<number, ProfileNode>;
  samples: number[];
  deltas: number[];
}

/** The CPU profiles of one process, from its Profile and ProfileChunk events. */
function readProfiles(events: readonly TraceEvent[], pid: number): Profile[] {
  const profiles = new Map<string, Profile>();
  for (const e of events) {
    if (e.pid !== pid || (e.name !== 'Profile' && e.name !== 'ProfileChunk')) continue;
    const id = `${e.pid}:${e.id}`;
    let profile = profiles.get(id);
    if (!profile) {
      profile = { start: 0, nodes: new Map(), samples: [], deltas: [] };
      profiles.set(id, profile);
    }
    const data = e.args?.data as { startTime?: number; cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] } | undefined;
    if (e.name === 'Profile') {
      profile.start = data?.startTime ?? e.ts;
      profile.tid = e.tid;
    }
    for (const node of data?.cpuProfile?.nodes ?? []) profile.nodes.set(node.id, node);
    profile.samples.push(...(data?.cpuProfile?.samples ?? []));
    profile.deltas.push(...(data?.timeDeltas ?? []));
  }
  return [...profiles.values()];
}

/** Module of a bundle line, for script URLs of the app's bundle. */
export type ModuleOf = (url: string, line: number) => string;

/** "name — where" of a profile node, remembering each label's place. */
function labeller(moduleOf: ModuleOf | undefined, where: Map<string, string>): (node: ProfileNode) => string {
  const labelOf = new Map<number, string>();
  return (node) => {
    let text = labelOf.get(node.id);
    if (text) return text;
    const { functionName, url, lineNumber } = node.callFrame;
    const name = functionName || (url ? '(anonymous)' : '(native)');
    let place = '';
    if (url) {
      const module = moduleOf?.(url, lineNumber) ?? '';
      place = module ? `${module}` : url.replace(/^https?:\/\/[^/]+/, '');
    }
    text = place ? `${name} — ${place}` : name;
    where.set(text, place);
    labelOf.set(node.id, text);
    return text;
  };
}

/** Each sample's time within [from, to], added to its leaf (self) and to every function on its stack once (total). */
function attribute(profile: Profile, from: number, to: number, label: (node: ProfileNode) => string): { self: Map<string, number>; total: Map<string, number> } {
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let t = profile.start;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.deltas[i] ?? 0;
    const next = t + (profile.deltas[i + 1] ?? 0);
    if (t < from || t > to) continue;
    const duration = Math.max(0, Math.min(next, to) - t);
    const node = profile.nodes.get(profile.samples[i]!);
    if (!node) continue;
    const leaf = label(node);
    if (leaf === '(idle)' || leaf === '(root)') continue;
    self.set(leaf, (self.get(leaf) ?? 0) + duration);
    const seen = new Set<string>();
    for (let n: ProfileNode | undefined = node; n; n = n.parent != null ? profile.nodes.get(n.parent) : undefined) {
      const l = label(n);
      if (l === '(root)' || seen.has(l)) continue;
      seen.add(l);
      total.set(l, (total.get(l) ?? 0) + duration);
    }
  }
  return { self, total };
}

/** Self and total time by function from the trace's CPU profile chunks for one thread. */
export function cpuProfile(
  events: readonly TraceEvent[],
  thread: { pid: number; tid: number },
  from: number,
  to: number,
  moduleOf: ModuleOf | undefined,
  top: number,
): { functions: FunctionShare[]; functionsByTotal: FunctionShare[] } {
  // The profile of the main thread: the one whose Profile event is on it, else the largest.
  const candidates = readProfiles(events, thread.pid);
  const chosen = candidates.find((p) => p.tid === thread.tid) ?? candidates.sort((a, b) => b.samples.length - a.samples.length)[0];
  const where = new Map<string, string>();
  const { self, total } = chosen ? attribute(chosen, from, to, labeller(moduleOf, where)) : { self: new Map<string, number>(), total: new Map<string, number>() };
  const windowUs = Math.max(1, to - from);
  const rows = [...total.keys()].map((name) => ({
    name: name.split(' — ')[0]!,
    where: where.get(name) ?? '',
    selfMs: (self.get(name) ?? 0) / 1000,
    selfShare: (self.get(name) ?? 0) / windowUs,
    totalMs: (total.get(name) ?? 0) / 1000,
    totalShare: (total.get(name) ?? 0) / windowUs,
  }));
  return {
    functions: [...rows].sort((a, b) => b.selfMs - a.selfMs).slice(0, top),
    // The app's own functions (its src/ modules), so React's and Leaflet's call chains do not fill the list.
    functionsByTotal: [...rows].filter((r) => r.where.startsWith('src/')).sort((a, b) => b.totalMs - a.totalMs).slice(0, top),
  };
}
