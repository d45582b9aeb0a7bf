/**
 * Firm hierarchy: each model's structure graph with its coded step, ready for small multiples.
 */
import { modelIndex, stepLabel } from '../../corpus/derive';
import type { ActorType, Codebook, Confidence, Model } from '../../corpus/schema';

export interface HierarchyNode {
  id: string;
  type: ActorType;
  typeLabel: string;
  label: string;
  tier: number;
  count: number;
}

export interface HierarchyLink {
  source: string;
  target: string;
  kind: string;
  kindLabel: string;
}

export interface HierarchyGraph {
  id: string;
  name: string;
  /** The model's fixed position in the corpus, which decides its colour. */
  index: number;
  value: number;
  stepLabel: string;
  confidence: Confidence;
  nodes: HierarchyNode[];
  links: HierarchyLink[];
  tiers: number;
}

export function deriveHierarchy(
  models: readonly Model[],
  codebook: Codebook,
  indexOf: ReadonlyMap<string, number> = modelIndex(models),
): HierarchyGraph[] {
  const typeLabel = (type: string) => codebook.actorTypes.find((t) => t.id === type)?.label ?? type;
  const kindLabel = (kind: string) => codebook.linkKinds.find((k) => k.id === kind)?.label ?? kind;
  return models.map((m) => {
    const index = indexOf.get(m.id) ?? 0;
    const cached = graphCache.get(m);
    if (cached?.codebook === codebook && cached.graph.index === index) return cached.graph;
    const graph = computeGraph(m, index);
    graphCache.set(m, { codebook, graph });
    return graph;
  });

  function computeGraph(m: Model, index: number): HierarchyGraph {
    const { value, structure, confidence } = m.codes.firmHierarchy;
    return {
      id: m.id,
      name: m.name,
      index,
      value,
      stepLabel: stepLabel(codebook, 'firmHierarchy', value),
      confidence,
      nodes: structure.nodes.map((n) => ({ ...n, typeLabel: typeLabel(n.type) })),
      links: structure.links.map((l) => ({ ...l, kindLabel: kindLabel(l.kind) })),
      tiers: new Set(structure.nodes.map((n) => n.tier)).size,
    };
  }
}

// Same model object → same graph object, so unchanged panels can skip re-rendering.
const graphCache = new WeakMap<Model, { codebook: Codebook; graph: HierarchyGraph }>();

/** The link kinds used by any of the graphs, in codebook order, for the shared legend. */
export function usedLinkKinds(
  graphs: readonly HierarchyGraph[],
  codebook: Codebook,
): { id: string; label: string }[] {
  const used = new Set(graphs.flatMap((g) => g.links.map((l) => l.kind)));
  return codebook.linkKinds
    .filter((k) => used.has(k.id))
    .map((k) => ({ id: k.id, label: k.label }));
}

export function usedActorTypes(
  graphs: readonly HierarchyGraph[],
  codebook: Codebook,
): { id: ActorType; label: string }[] {
  const used = new Set(graphs.flatMap((g) => g.nodes.map((n) => n.type)));
  return codebook.actorTypes
    .filter((t) => used.has(t.id as ActorType))
    .map((t) => ({ id: t.id as ActorType, label: t.label }));
}
