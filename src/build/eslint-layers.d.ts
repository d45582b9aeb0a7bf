/** Types of the layer rule (plain JavaScript, so that eslint.config.js loads it without a loader). */
export interface Layer {
  rank: number;
  only?: string[];
  peers?: string[];
  note?: string;
}
export const LAYERS: Record<string, Layer>;
export function layerOf(pathFromSrc: string): string | null;
export function layerProblem(from: string, to: string): string | null;
declare const plugin: { rules: Record<string, unknown> };
export default plugin;
